/**
 * Duration buckets of the forecast histograms, in days since entering a stage: one
 * a day for the first 5 weeks, one a week until day 182, one per 30 days until day
 * 722, then one overflow bucket. The same rule is the SQL function
 * `forecast_bucket(days)` (migration), so the table and a recomputation agree.
 */
export const DAILY_UNTIL = 35;
export const WEEKLY_UNTIL = 182;
export const MONTHLY_UNTIL = 722;
export const OVERFLOW_WIDTH = 30;

/** The bucket (its first day) a stay of `days` falls in. */
export function bucketOf(days: number): number {
  const d = Math.max(0, days);
  if (d < DAILY_UNTIL) return Math.floor(d);
  if (d < WEEKLY_UNTIL) return DAILY_UNTIL + 7 * Math.floor((d - DAILY_UNTIL) / 7);
  if (d < MONTHLY_UNTIL) return WEEKLY_UNTIL + 30 * Math.floor((d - WEEKLY_UNTIL) / 30);
  return MONTHLY_UNTIL;
}

/** How many whole days the bucket starting at `lower` spans. */
export function bucketWidth(lower: number): number {
  if (lower < DAILY_UNTIL) return 1;
  if (lower < WEEKLY_UNTIL) return 7;
  if (lower < MONTHLY_UNTIL) return 30;
  return OVERFLOW_WIDTH;
}

/** The last day any bucket reaches (exclusive). */
export const LAST_DAY = MONTHLY_UNTIL + OVERFLOW_WIDTH;
