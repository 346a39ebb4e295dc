"use client";
import { useFormatter } from "next-intl";

/** One colour per pipeline stage, in stage order; the same stage keeps its colour on every chart. */
export const STAGE_COLORS = [
  "#1d5fd1",
  "#0891b2",
  "#0d9488",
  "#65a30d",
  "#d97706",
  "#ea580c",
  "#7c3aed",
] as const;

/** Light → dark blues for ordered series (p75 lighter than median, and so on). */
export const SEQUENTIAL = ["#1d5fd1", "#5b8def", "#a5c3f7", "#dbe8fd"] as const;
export const OVERDUE_COLOR = "#dc2626";
export const MUTED_COLOR = "#cbd5e1";

export const AXIS_TICK = { fontSize: 12, fill: "#475569" } as const;
export const CHART_HEIGHT = 280;

/** Numbers as the locale writes them: whole counts, days to one decimal. */
export function useChartNumbers() {
  const format = useFormatter();
  return {
    count: (value: unknown) => format.number(Number(value), { maximumFractionDigits: 0 }),
    days: (value: unknown) => format.number(Number(value), { maximumFractionDigits: 1 }),
    share: (value: unknown) =>
      format.number(Number(value), { style: "percent", maximumFractionDigits: 0 }),
  };
}

/** Legend in series order, with readable text whatever the series colour. */
export const LEGEND_PROPS = {
  itemSorter: null,
  formatter: (value: unknown) => <span className="text-sm text-slate-700">{String(value)}</span>,
} as const;
