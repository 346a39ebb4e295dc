import { describe, expect, test } from "vitest";
import { percentileOfCounts, slipStatsOf } from "./dashboards-slip-stats";

/** PostgreSQL's percentile_cont over a plain list, for comparison. */
function percentileCont(values: number[], p: number) {
  const sorted = [...values].sort((a, b) => a - b);
  const position = p * (sorted.length - 1);
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return sorted[lower]! + (position - lower) * (sorted[upper]! - sorted[lower]!);
}

describe("slip statistics from a histogram", () => {
  test("median and p90 interpolate like percentile_cont", () => {
    // -2, 0, 3, 5, 10: median 3; p90 at position 3.6 → 5 + 0.6 × 5 = 8.
    const counts: [number, number][] = [
      [-2, 1],
      [0, 1],
      [3, 1],
      [5, 1],
      [10, 1],
    ];
    expect(percentileOfCounts(counts, 0.5)).toBe(3);
    expect(percentileOfCounts(counts, 0.9)).toBeCloseTo(8, 12);
    expect(percentileOfCounts([], 0.5)).toBeNull();
    expect(percentileOfCounts([[4, 3]], 0.9)).toBe(4);
  });

  test("repeated values give the same percentiles as the expanded list", () => {
    const values = [-3, -3, 0, 0, 0, 1, 2, 2, 7, 7, 7, 7, 15, 40];
    const counts = [...new Set(values)].map((v) => [v, values.filter((x) => x === v).length]) as [
      number,
      number,
    ][];
    for (const p of [0, 0.25, 0.5, 0.75, 0.9, 1]) {
      expect(percentileOfCounts(counts, p)).toBeCloseTo(percentileCont(values, p), 12);
    }
  });

  test("counts, shares and the unmeasured and overdue steps of one group", () => {
    const stats = slipStatsOf([
      { slip: 5, n: 2, overdue: 0 },
      { slip: -1, n: 1, overdue: 0 },
      { slip: 0, n: 1, overdue: 0 },
      // Two finished without a baseline entry, three open past their planned finish.
      { slip: null, n: 5, overdue: 3 },
    ]);
    expect(stats).toEqual({
      finished: 4,
      onTime: 2,
      meanSlip: 9 / 4,
      medianSlip: 2.5,
      p90Slip: 5,
      unmeasured: 2,
      overdueOpen: 3,
    });
  });

  test("a group with only open steps has no slip numbers", () => {
    expect(slipStatsOf([{ slip: null, n: 2, overdue: 2 }])).toEqual({
      finished: 0,
      onTime: 0,
      meanSlip: null,
      medianSlip: null,
      p90Slip: null,
      unmeasured: 0,
      overdueOpen: 2,
    });
  });
});
