import type { DashboardFilters } from "@/db/queries/dashboards-types";
import { addDays, daysBetween, nextMonth, weekdayOf } from "@/lib/dates";

/** Weekly buckets for periods up to this many days, monthly beyond. */
export const WEEKLY_UP_TO_DAYS = 120;

export const spanDays = (f: DashboardFilters) => daysBetween(f.from, f.to) + 1;

/** Every calendar month (YYYY-MM) the period touches. */
export function monthsOf(f: DashboardFilters): string[] {
  const months: string[] = [];
  const last = f.to.slice(0, 7);
  let month = f.from.slice(0, 7);
  for (let guard = 0; guard < 600; guard++) {
    months.push(month);
    if (month >= last) break;
    month = nextMonth(month);
  }
  return months;
}

/** The Monday (YYYY-MM-DD) of every week the period touches. */
export function weeksOf(f: DashboardFilters): string[] {
  const weeks: string[] = [];
  for (let day = addDays(f.from, 1 - weekdayOf(f.from)); day <= f.to; day = addDays(day, 7)) {
    weeks.push(day);
  }
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
  const start = unit === "week" ? bucket : `${bucket}-01`;
  const next = unit === "week" ? addDays(start, 7) : `${nextMonth(bucket)}-01`;
  const end = addDays(f.to, 1);
  const from = start > f.from ? start : f.from;
  const until = next < end ? next : end;
  return { days: Math.max(0, daysBetween(from, until)), span: daysBetween(start, next) };
}
