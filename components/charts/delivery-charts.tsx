"use client";
import { useFormatter } from "next-intl";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import {
  AXIS_TICK,
  LEGEND_PROPS,
  MUTED_COLOR,
  OVERDUE_COLOR,
  SEQUENTIAL,
  useChartNumbers,
} from "./chart-theme";

const LATE_OPEN_COLOR = "#f59e0b";
const rowsHeight = (rows: number) => Math.max(140, rows * 36 + 70);

export type OnTimeDatum = { label: string; onTime: number; late: number; overdue: number };

/**
 * Schedule steps per category (step or owner), one horizontal bar each: finished on
 * time, finished late, and still open past the planned finish, stacked.
 */
export function OnTimeChart({
  data,
  series,
  title,
}: {
  data: OnTimeDatum[];
  series: { onTime: string; late: string; overdue: string };
  title: string;
}) {
  const n = useChartNumbers();
  return (
    <div role="figure" aria-label={title}>
      <ResponsiveContainer width="100%" height={rowsHeight(data.length)}>
        <BarChart data={data} layout="vertical" margin={{ left: 8, right: 24 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" tick={AXIS_TICK} allowDecimals={false} tickFormatter={n.count} />
          <YAxis type="category" dataKey="label" tick={AXIS_TICK} width={170} interval={0} />
          <Tooltip formatter={(value) => n.count(value)} />
          <Legend {...LEGEND_PROPS} />
          <Bar dataKey="onTime" name={series.onTime} stackId="steps" fill={SEQUENTIAL[0]} />
          <Bar dataKey="late" name={series.late} stackId="steps" fill={OVERDUE_COLOR} />
          <Bar dataKey="overdue" name={series.overdue} stackId="steps" fill={LATE_OPEN_COLOR} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/** Amounts in major units (yuan, dollars) of one currency; the tables keep exact minor units. */
export type PlanActualDatum = { label: string; planned: number; actual: number; forecast: number };

/** Planned, actual and forecast cost per category, side by side, in one currency. */
export function PlanActualChart({
  data,
  currency,
  series,
  title,
}: {
  data: PlanActualDatum[];
  currency: string;
  series: { planned: string; actual: string; forecast: string };
  title: string;
}) {
  const format = useFormatter();
  const short = (value: unknown) =>
    format.number(Number(value), { style: "currency", currency, notation: "compact" });
  const full = (value: unknown) => format.number(Number(value), { style: "currency", currency });
  return (
    <div role="figure" aria-label={title}>
      <ResponsiveContainer width="100%" height={rowsHeight(data.length * 1.6)}>
        <BarChart data={data} layout="vertical" margin={{ left: 8, right: 24 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" tick={AXIS_TICK} tickFormatter={short} domain={[0, "auto"]} />
          <YAxis type="category" dataKey="label" tick={AXIS_TICK} width={170} interval={0} />
          <Tooltip formatter={(value) => full(value)} />
          <Legend {...LEGEND_PROPS} />
          <Bar dataKey="planned" name={series.planned} fill={MUTED_COLOR} />
          <Bar dataKey="actual" name={series.actual} fill={SEQUENTIAL[0]} />
          <Bar dataKey="forecast" name={series.forecast} fill={SEQUENTIAL[1]} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
