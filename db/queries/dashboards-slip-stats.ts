import type { SlipStats } from "./dashboards-types";

/**
 * One bucket of a slip histogram: `n` steps with this slip in days, or with no slip
 * (`slip` null: finished without a baseline entry, or still open), of which
 * `overdue` are open steps past their planned finish.
 */
export type SlipBucket = { slip: number | null; n: number; overdue: number };

/**
 * `percentile_cont(p)` over the values the buckets describe: linear interpolation
 * between the two values around position p × (N − 1) of the sorted values, as
 * PostgreSQL computes it. `sorted` holds [value, count] in ascending value order.
 */
export function percentileOfCounts(sorted: readonly [number, number][], p: number): number | null {
  const total = sorted.reduce((sum, [, n]) => sum + n, 0);
  if (total === 0) return null;
  const position = p * (total - 1);
  const lower = Math.floor(position);
  const at = (index: number) => {
    let seen = 0;
    for (const [value, n] of sorted) {
      seen += n;
      if (index < seen) return value;
    }
    return sorted.at(-1)![0];
  };
  const low = at(lower);
  const high = position === lower ? low : at(lower + 1);
  return low + (position - lower) * (high - low);
}

/**
 * The schedule-variance numbers of one group from its slip histogram: the database
 * counts steps per (group, slip) by hashing, which is far cheaper than sorting every
 * step for `percentile_cont`; the median and p90 come out the same.
 */
export function slipStatsOf(buckets: readonly SlipBucket[]): SlipStats {
  const measured = new Map<number, number>();
  let unmeasured = 0;
  let overdueOpen = 0;
  for (const b of buckets) {
    overdueOpen += b.overdue;
    if (b.slip === null) unmeasured += b.n - b.overdue;
    else measured.set(b.slip, (measured.get(b.slip) ?? 0) + b.n);
  }
  const sorted = [...measured].sort(([a], [b]) => a - b);
  const finished = sorted.reduce((sum, [, n]) => sum + n, 0);
  const onTime = sorted.reduce((sum, [slip, n]) => sum + (slip <= 0 ? n : 0), 0);
  const total = sorted.reduce((sum, [slip, n]) => sum + slip * n, 0);
  return {
    finished,
    onTime,
    meanSlip: finished === 0 ? null : total / finished,
    medianSlip: percentileOfCounts(sorted, 0.5),
    p90Slip: percentileOfCounts(sorted, 0.9),
    unmeasured,
    overdueOpen,
  };
}
