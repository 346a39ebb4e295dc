import { describe, expect, test } from "vitest";
import { addDays, weekdayOf } from "@/lib/dates";
import { statsRanges, weeklyStatsRanges, type StatsRange } from "./stats-levels";

/** Every day [from, to] a set of ranges counts, month rows standing for their whole month. */
function daysCounted(ranges: StatsRange[]) {
  const days: string[] = [];
  for (const r of ranges) {
    for (let d = r.from; d <= r.to; d = addDays(d, 1)) {
      if (r.level === 3) {
        // Week rows sit on Mondays and stand for the whole week.
        if (weekdayOf(d) === 1) for (let i = 0; i < 7; i++) days.push(addDays(d, i));
      } else if (r.level !== 1) days.push(d);
      else if (d.endsWith("-01")) {
        for (let m = d; m.slice(0, 7) === d.slice(0, 7); m = addDays(m, 1)) days.push(m);
      }
    }
  }
  return days;
}

function allDays(from: string, to: string) {
  const days: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) days.push(d);
  return days;
}

describe("stats ranges", () => {
  test("whole months from month rows, the ends from day rows", () => {
    expect(statsRanges("2025-01-15", "2025-04-10", { detailed: false })).toEqual([
      { level: 0, from: "2025-01-15", to: "2025-01-31" },
      { level: 1, from: "2025-02-01", to: "2025-03-31" },
      { level: 0, from: "2025-04-01", to: "2025-04-10" },
    ]);
    expect(statsRanges("2025-01-01", "2025-03-31", { detailed: false })).toEqual([
      { level: 1, from: "2025-01-01", to: "2025-03-31" },
    ]);
  });

  test("a period inside one month, a detailed or a daily view read days only", () => {
    expect(statsRanges("2025-02-03", "2025-02-20", { detailed: false })).toEqual([
      { level: 0, from: "2025-02-03", to: "2025-02-20" },
    ]);
    expect(statsRanges("2025-01-01", "2025-03-31", { detailed: true })).toEqual([
      { level: 2, from: "2025-01-01", to: "2025-03-31" },
    ]);
    expect(statsRanges("2025-01-01", "2025-03-31", { detailed: false, daily: true })).toEqual([
      { level: 0, from: "2025-01-01", to: "2025-03-31" },
    ]);
  });

  test("every day of any period counted exactly once", () => {
    const starts = ["2024-12-31", "2025-01-01", "2025-01-02", "2025-02-28", "2024-02-29"];
    for (const from of starts) {
      for (const span of [0, 1, 27, 28, 30, 31, 59, 89, 364, 365, 800]) {
        const to = addDays(from, span);
        expect(daysCounted(statsRanges(from, to, { detailed: false }))).toEqual(allDays(from, to));
      }
    }
  });

  test("weekly: whole weeks from week rows, the ends from detailed day rows", () => {
    // 2026-09-05 is a Saturday, 2026-12-03 a Thursday.
    expect(weeklyStatsRanges("2026-09-05", "2026-12-03")).toEqual([
      { level: 2, from: "2026-09-05", to: "2026-09-06" },
      { level: 3, from: "2026-09-07", to: "2026-11-29" },
      { level: 2, from: "2026-11-30", to: "2026-12-03" },
    ]);
    expect(weeklyStatsRanges("2026-09-07", "2026-09-20")).toEqual([
      { level: 3, from: "2026-09-07", to: "2026-09-20" },
    ]);
    expect(weeklyStatsRanges("2026-09-08", "2026-09-13")).toEqual([
      { level: 2, from: "2026-09-08", to: "2026-09-13" },
    ]);
  });

  test("weekly: every day of any period counted exactly once", () => {
    const starts = ["2024-12-30", "2025-01-01", "2025-01-05", "2025-02-28", "2024-02-29"];
    for (const from of starts) {
      for (const span of [0, 1, 5, 6, 7, 12, 13, 14, 30, 89, 364, 800]) {
        const to = addDays(from, span);
        expect(daysCounted(weeklyStatsRanges(from, to))).toEqual(allDays(from, to));
      }
    }
  });
});
