import { describe, expect, test } from "vitest";
import { mergeBuckets, percentiles, shorterThan, type DurationBucket } from "./histogram";

/** One bucket per stay, as whole or fractional days. */
const stays = (...days: number[]): DurationBucket[] =>
  days.map((d) => ({ days: Math.floor(d), stays: 1, totalDays: d }));

/** percentile_cont over plain values, as PostgreSQL computes it. */
function exact(values: number[], p: number) {
  const s = [...values].sort((a, b) => a - b);
  const h = p * (s.length - 1);
  const lo = Math.floor(h);
  return lo === h ? s[lo]! : s[lo]! + (h - lo) * (s[lo + 1]! - s[lo]!);
}

describe("percentiles from whole-day buckets", () => {
  test("exact for whole-day durations, interpolated like percentile_cont", () => {
    const values = [2, 3, 4, 6, 7, 7, 8, 10, 11];
    const got = percentiles(stays(...values), [0.25, 0.5, 0.75, 0.9])!;
    for (const [i, p] of [0.25, 0.5, 0.75, 0.9].entries())
      expect(got[i]).toBeCloseTo(exact(values, p), 12);
    expect(percentiles(stays(7, 8), [0.5])).toEqual([7.5]);
  });

  test("a bucket of several stays counts each at the bucket's mean", () => {
    // 3.2 and 3.8 fall in bucket 3 (mean 3.5); 9 alone.
    expect(percentiles(stays(3.2, 3.8, 9), [0, 0.5, 1])).toEqual([3.5, 3.5, 9]);
  });

  test("fractional durations stay within a day of the exact percentile", () => {
    const values = Array.from({ length: 200 }, (_, i) => ((i * 37) % 101) / 3.7);
    for (const p of [0.25, 0.5, 0.75, 0.9]) {
      const [got] = percentiles(mergeBuckets(stays(...values)), [p])!;
      expect(Math.abs(got! - exact(values, p))).toBeLessThan(1);
    }
  });

  test("no stays: no percentiles", () => {
    expect(percentiles([], [0.5])).toBeNull();
    expect(percentiles([{ days: 3, stays: 0, totalDays: 0 }], [0.5])).toBeNull();
  });

  test("buckets from several rows merge; counts below bounds are exact", () => {
    const rows = [...stays(1, 2.5, 6.9), { days: 2, stays: 2, totalDays: 5 }];
    expect(mergeBuckets(rows)).toEqual([
      { days: 1, stays: 1, totalDays: 1 },
      { days: 2, stays: 3, totalDays: 7.5 },
      { days: 6, stays: 1, totalDays: 6.9 },
    ]);
    expect(shorterThan(rows, [3, 7])).toEqual([4, 5]);
  });
});
