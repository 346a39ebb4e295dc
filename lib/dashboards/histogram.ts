/**
 * Percentiles from a duration histogram (the dashboards' pre-aggregated stays,
 * migration 0027): each bucket is the stays of one whole number of days
 * (`floor(duration)`) with their count and exact total. Every stay in a bucket is
 * taken at the bucket's mean, then percentiles interpolate as PostgreSQL's
 * `percentile_cont` does over the stays themselves. So: exact when durations are
 * whole days (or a bucket's stays are equal); otherwise each ranked value is off by
 * less than one day, and by much less where a bucket's stays are close together.
 * Counts below a whole-day bound (`< 3 days`) are always exact.
 */
export type DurationBucket = { days: number; stays: number; totalDays: number };

/** Buckets of the same day count merged, shortest first, empty ones dropped. */
export function mergeBuckets(buckets: Iterable<DurationBucket>): DurationBucket[] {
  const byDays = new Map<number, DurationBucket>();
  for (const b of buckets) {
    const into = byDays.get(b.days);
    if (into) {
      into.stays += b.stays;
      into.totalDays += b.totalDays;
    } else byDays.set(b.days, { ...b });
  }
  return [...byDays.values()].filter((b) => b.stays > 0).sort((a, b) => a.days - b.days);
}

/** `percentile_cont(fractions)` over the stays the buckets hold; `null` when none. */
export function percentiles(buckets: DurationBucket[], fractions: number[]): number[] | null {
  const sorted = mergeBuckets(buckets);
  const total = sorted.reduce((sum, b) => sum + b.stays, 0);
  if (total === 0) return null;
  // Value of the stay at 0-based rank `rank`.
  const at = (rank: number) => {
    let seen = 0;
    for (const b of sorted) {
      seen += b.stays;
      if (rank < seen) return b.totalDays / b.stays;
    }
    const last = sorted.at(-1)!;
    return last.totalDays / last.stays;
  };
  return fractions.map((p) => {
    const h = p * (total - 1);
    const lo = Math.floor(h);
    const low = at(lo);
    return h === lo ? low : low + (h - lo) * (at(lo + 1) - low);
  });
}

/** Stays shorter than each bound (cumulative), as the raw query counts them. */
export function shorterThan(buckets: DurationBucket[], bounds: readonly number[]): number[] {
  return bounds.map((bound) =>
    buckets.filter((b) => b.days < bound).reduce((sum, b) => sum + b.stays, 0),
  );
}
