import type { DashboardFilters } from "./dashboards-types";

/** Weekly buckets for periods up to this many days, monthly beyond. */
export const WEEKLY_UP_TO_DAYS = 120;

const DAY_MS = 86_400_000;
const parseDay = (day: string) => Date.parse(`${day}T00:00:00Z`);
const formatDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export const spanDays = (f: DashboardFilters) => (parseDay(f.to) - parseDay(f.from)) / DAY_MS + 1;

/** Every calendar month (YYYY-MM) the period touches. */
export function monthsOf(f: DashboardFilters): string[] {
  const months: string[] = [];
  let [y, m] = f.from.split("-").map(Number) as [number, number];
  const last = f.to.slice(0, 7);
  for (let guard = 0; guard < 600; guard++) {
    const key = `${y}-${String(m).padStart(2, "0")}`;
    months.push(key);
    if (key >= last) break;
    m = m === 12 ? 1 : m + 1;
    if (m === 1) y++;
  }
  return months;
}

/** The Monday (YYYY-MM-DD) of every week the period touches. */
export function weeksOf(f: DashboardFilters): string[] {
  const start = parseDay(f.from);
  const monday = start - ((new Date(start).getUTCDay() + 6) % 7) * DAY_MS;
  const weeks: string[] = [];
  for (let day = monday; day <= parseDay(f.to); day += 7 * DAY_MS) weeks.push(formatDay(day));
  return weeks;
}

/**
 * How many of a week's or month's days (`bucket` as `weeksOf` / `monthsOf` give it)
 * fall inside the period, and how many it has: the first and last buckets of most
 * periods are partial, and a bar over three days must not read as a slump.
 */
export function bucketDays(
  bucket: string,
  unit: "week" | "month",
  f: DashboardFilters,
): { days: number; span: number } {
  const start = parseDay(unit === "week" ? bucket : `${bucket}-01`);
  const next =
    unit === "week"
      ? start + 7 * DAY_MS
      : Date.UTC(new Date(start).getUTCFullYear(), new Date(start).getUTCMonth() + 1, 1);
  const from = Math.max(start, parseDay(f.from));
  const until = Math.min(next, parseDay(f.to) + DAY_MS);
  return {
    days: Math.max(0, Math.round((until - from) / DAY_MS)),
    span: Math.round((next - start) / DAY_MS),
  };
}
