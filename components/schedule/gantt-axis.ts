import type { IsoDate } from "@/lib/dates";

/** Month starts between two dates, thinned out so the labels never collide. */
export function monthTicks(min: IsoDate, max: IsoDate): IsoDate[] {
  const ticks: IsoDate[] = [];
  let [year, month] = min.split("-").map(Number) as [number, number];
  for (;;) {
    month++;
    if (month > 12) [year, month] = [year + 1, 1];
    const tick = `${year}-${String(month).padStart(2, "0")}-01`;
    if (tick > max) break;
    ticks.push(tick);
  }
  const step = Math.ceil(ticks.length / 12);
  return ticks.filter((_, i) => i % step === 0);
}

/** A generous estimate of a label's width in SVG units (no DOM on the server). */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    if (/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/.test(ch)) em += 1;
    else if (ch === " ") em += 0.3;
    else if (/[A-Z]/.test(ch)) em += 0.7;
    else em += 0.6;
  }
  return em * fontSize;
}

export type AxisLabel = { x: number; anchor: "start" | "end"; text: string };

/**
 * Where each month label goes: just right of its tick line; one that would run past
 * the chart's right edge ends at the edge instead, and is left off (the tick line
 * stays) when that would run into the label before it.
 */
export function placeMonthLabels(
  ticks: { x: number; text: string }[],
  chartWidth: number,
  fontSize: number,
): (AxisLabel | null)[] {
  const gap = 3;
  let previousEnd = -Infinity;
  return ticks.map(({ x, text }) => {
    const width = textWidth(text, fontSize);
    let start = x + gap;
    let anchor: AxisLabel["anchor"] = "start";
    if (start + width > chartWidth - gap) {
      start = chartWidth - gap - width;
      anchor = "end";
    }
    if (start < previousEnd + gap * 2) return null;
    previousEnd = start + width;
    return { x: anchor === "start" ? start : chartWidth - gap, anchor, text };
  });
}
