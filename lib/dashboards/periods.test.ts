import { describe, expect, test } from "vitest";
import { bucketDays, monthsOf, spanDays, weeksOf } from "./periods";

const period = (from: string, to: string) => ({ from, to });

describe("dashboard periods", () => {
  test("a period's length counts both ends", () => {
    expect(spanDays(period("2026-05-20", "2026-05-20"))).toBe(1);
    expect(spanDays(period("2026-02-20", "2026-05-20"))).toBe(90);
    expect(spanDays(period("2024-01-01", "2024-12-31"))).toBe(366);
  });

  test("every month the period touches, across a year's end", () => {
    expect(monthsOf(period("2025-11-30", "2026-02-01"))).toEqual([
      "2025-11",
      "2025-12",
      "2026-01",
      "2026-02",
    ]);
    expect(monthsOf(period("2026-05-01", "2026-05-31"))).toEqual(["2026-05"]);
  });

  test("the Monday of every week the period touches", () => {
    // 2026-05-20 is a Wednesday; 2026-05-31 a Sunday.
    expect(weeksOf(period("2026-05-20", "2026-05-31"))).toEqual(["2026-05-18", "2026-05-25"]);
    expect(weeksOf(period("2026-05-18", "2026-06-01"))).toEqual([
      "2026-05-18",
      "2026-05-25",
      "2026-06-01",
    ]);
    expect(weeksOf(period("2025-12-31", "2026-01-01"))).toEqual(["2025-12-29"]);
  });

  test("partial first and last buckets count only the days inside the period", () => {
    const p = period("2026-05-20", "2026-07-02");
    expect(bucketDays("2026-05-18", "week", p)).toEqual({ days: 5, span: 7 });
    expect(bucketDays("2026-05-25", "week", p)).toEqual({ days: 7, span: 7 });
    expect(bucketDays("2026-06-29", "week", p)).toEqual({ days: 4, span: 7 });
    expect(bucketDays("2026-05", "month", p)).toEqual({ days: 12, span: 31 });
    expect(bucketDays("2026-06", "month", p)).toEqual({ days: 30, span: 30 });
    expect(bucketDays("2026-07", "month", p)).toEqual({ days: 2, span: 31 });
    expect(bucketDays("2024-02", "month", period("2024-01-01", "2024-12-31"))).toEqual({
      days: 29,
      span: 29,
    });
    expect(bucketDays("2026-12", "month", period("2026-12-15", "2027-01-10"))).toEqual({
      days: 17,
      span: 31,
    });
    expect(bucketDays("2026-08", "month", p)).toEqual({ days: 0, span: 31 });
  });
});
