import { describe, expect, it } from "vitest";
import { bucketOf, bucketWidth } from "./buckets";
import { forecastAccount } from "./account";
import { buildHistograms } from "./histograms";
import { forecastPipeline } from "./pipeline";
import { periodTotals, poissonQuantile } from "./periods";
import { scoreBacktest } from "./backtest";
import { FORECAST_STAGES, type HistogramRow } from "./types";
import type { Grade } from "@/db/schema/accounts";
import type { Stage } from "@/lib/stages/stages";

const seg = { industryId: 1, grade: "normal" as Grade };

/** `count` stays of `days` days in every stage, each ending in a forward move. */
function straightLine(days: number, count = 50, segment = seg): HistogramRow[] {
  return FORECAST_STAGES.map((stage, i) => ({
    ...segment,
    stage,
    next: (FORECAST_STAGES[i + 1] ?? "execution") as Stage,
    bucket: bucketOf(days),
    count,
  }));
}

describe("buckets", () => {
  it("are daily, then weekly, then 30 days, then one overflow", () => {
    expect(
      [0, 0.9, 34.99, 35, 41.9, 42, 181.5, 182, 211, 212, 721, 722, 5000].map(bucketOf),
    ).toEqual([0, 0, 34, 35, 35, 42, 175, 182, 182, 212, 692, 722, 722]);
    expect([0, 34, 35, 175, 182, 692, 722].map(bucketWidth)).toEqual([1, 1, 7, 7, 30, 30, 30]);
  });
});

describe("forecastAccount", () => {
  it("gives a point forecast when every stay lasts the same", () => {
    const h = buildHistograms(straightLine(10));
    const f = forecastAccount(h, { ...seg, stage: "stakeholders", elapsedDays: 0 });
    // Six stages of 10 days each.
    expect(f).toMatchObject({ p50Days: 60, p80Days: 60, level: "industryGrade", samples: 50 });
    expect(f!.reach).toBeCloseTo(1, 9);
  });

  it("counts the days already spent in the current stage", () => {
    const h = buildHistograms(straightLine(10));
    const f = forecastAccount(h, { ...seg, stage: "scope", elapsedDays: 7.5 });
    // 3 days left in scope, then schedule and cost plan.
    expect(f).toMatchObject({ p50Days: 23, p80Days: 23 });
  });

  it("conditions on time spent: of stays lasting 5 or 20 days, a 6-day wait is a 20-day one", () => {
    const rows: HistogramRow[] = [
      { ...seg, stage: "cost_plan", next: "execution", bucket: 5, count: 30 },
      { ...seg, stage: "cost_plan", next: "execution", bucket: 20, count: 30 },
    ];
    const h = buildHistograms(rows);
    const fresh = forecastAccount(h, { ...seg, stage: "cost_plan", elapsedDays: 0 })!;
    expect(fresh).toMatchObject({ p50Days: 5, p80Days: 20 });
    const waited = forecastAccount(h, { ...seg, stage: "cost_plan", elapsedDays: 6 })!;
    expect(waited).toMatchObject({ p50Days: 14, p80Days: 14 });
    expect(waited.reach).toBeCloseTo(1, 9);
  });

  it("counts drops: a 50 % drop rate halves the chance of reaching execution", () => {
    const rows = straightLine(10).map((r) => (r.stage === "cost_plan" ? { ...r, count: 25 } : r));
    rows.push({ ...seg, stage: "cost_plan", next: "dropped", bucket: 3, count: 25 });
    const f = forecastAccount(buildHistograms(rows), {
      ...seg,
      stage: "schedule",
      elapsedDays: 0,
    })!;
    expect(f.reach).toBeCloseTo(0.5, 9);
    // Dates are those of the half that gets there.
    expect(f).toMatchObject({ p50Days: 20, p80Days: 20 });
  });

  it("follows back moves: a quarter of scope stays go back to requirements once more", () => {
    const rows = straightLine(10).filter((r) => r.stage !== "scope");
    rows.push({ ...seg, stage: "scope", next: "schedule", bucket: 10, count: 75 });
    rows.push({ ...seg, stage: "scope", next: "requirements", bucket: 10, count: 25 });
    const f = forecastAccount(buildHistograms(rows), { ...seg, stage: "scope", elapsedDays: 0 })!;
    expect(f.reach).toBeCloseTo(1, 6);
    // Straight through is 30 days (scope, schedule, cost plan); once back adds 20.
    expect(f.p50Days).toBe(30);
    expect(f.p80Days).toBe(50);
  });

  it("falls back to the industry, then to all accounts, when a group has too few stays", () => {
    const other = { industryId: 2, grade: "important" as Grade };
    const rows = [
      ...straightLine(10, 5), // industry 1 / normal: too few
      ...straightLine(20, 30, { industryId: 1, grade: "potential" }), // industry 1: 35 stays
      ...straightLine(40, 100, other),
    ];
    const h = buildHistograms(rows);
    expect(forecastAccount(h, { ...seg, stage: "cost_plan", elapsedDays: 0 })!.level).toBe(
      "industry",
    );
    const unknown = { industryId: 9, grade: "normal" as Grade };
    const all = forecastAccount(h, { ...unknown, stage: "cost_plan", elapsedDays: 0 })!;
    expect(all.level).toBe("all");
    expect(all.samples).toBe(135);
    // Waited 25 days: only the 40-day stays (industry 2) lasted that long in any group;
    // their week bucket (days 35–41) is spread evenly, so 10–16 days remain.
    const late = forecastAccount(h, { ...seg, stage: "cost_plan", elapsedDays: 25 })!;
    expect(late).toMatchObject({ level: "all", p50Days: 13, p80Days: 15, samples: 100 });
  });

  it("gives no forecast when no stay lasted as long as the account has waited", () => {
    const h = buildHistograms(straightLine(10));
    expect(forecastAccount(h, { ...seg, stage: "scope", elapsedDays: 11 })).toBeNull();
    expect(
      forecastAccount(buildHistograms([]), { ...seg, stage: "scope", elapsedDays: 0 }),
    ).toBeNull();
  });
});

describe("forecastPipeline", () => {
  it("equals the sum of the accounts' own forecasts", () => {
    const rows = straightLine(10);
    rows.push({ ...seg, stage: "requirements", next: "dropped", bucket: 40, count: 50 });
    rows.push({ ...seg, stage: "evaluation", next: "execution", bucket: 2, count: 1 });
    const h = buildHistograms(rows);
    const groups = [
      { ...seg, stage: "stakeholders" as const, elapsedDays: 3, count: 4 },
      { ...seg, stage: "requirements" as const, elapsedDays: 1, count: 2 },
      { ...seg, stage: "schedule" as const, elapsedDays: 9, count: 1 },
    ];
    const p = forecastPipeline(h, groups, 120);
    const total = p.expected.reduce((a, b) => a + b, 0);
    const each = groups.map(
      (g) => g.count * forecastAccount(h, { ...g, elapsedDays: g.elapsedDays }, 120)!.reach,
    );
    expect(total).toBeCloseTo(
      each.reduce((a, b) => a + b, 0),
      9,
    );
    expect(p.accounts).toBe(7);
  });

  it("halves the expected count under a 50 % drop rate", () => {
    const line = straightLine(10);
    const dropping = line.map((r) => (r.stage === "scope" ? { ...r, count: 25 } : r));
    dropping.push({ ...seg, stage: "scope", next: "dropped", bucket: 10, count: 25 });
    const groups = [{ ...seg, stage: "evaluation" as const, elapsedDays: 0, count: 40 }];
    const sum = (rows: HistogramRow[]) =>
      forecastPipeline(buildHistograms(rows), groups).expected.reduce((a, b) => a + b, 0);
    expect(sum(line)).toBeCloseTo(40, 9);
    expect(sum(dropping)).toBeCloseTo(20, 9);
    // Fixed durations: all 40 arrive on day 50.
    expect(forecastPipeline(buildHistograms(line), groups).expected[50]).toBeCloseTo(40, 9);
  });

  it("counts accounts that waited longer than any stay as beyond history", () => {
    const h = buildHistograms(straightLine(10));
    const p = forecastPipeline(h, [{ ...seg, stage: "scope", elapsedDays: 30, count: 3 }]);
    expect(p).toMatchObject({ accounts: 0, beyondHistory: 3 });
  });
});

describe("periodTotals", () => {
  it("sums days into weeks from today and calendar months with a Poisson band", () => {
    const expected = new Float64Array(40);
    expected[0] = 1; // Thursday 2026-12-03
    expected[4] = 2; // Monday 2026-12-07
    expected[29] = 3; // 2027-01-01
    const weeks = periodTotals(expected, "2026-12-03", "week");
    expect(weeks[0]).toMatchObject({ from: "2026-12-03", to: "2026-12-06", expected: 1 });
    expect(weeks[1]).toMatchObject({ from: "2026-12-07", to: "2026-12-13", expected: 2 });
    const months = periodTotals(expected, "2026-12-03", "month");
    expect(months.map((m) => [m.from, m.to, m.expected])).toEqual([
      ["2026-12-03", "2026-12-31", 3],
      ["2027-01-01", "2027-01-11", 3],
    ]);
    expect(months[0]).toMatchObject({ p10: 1, p90: 5 });
  });

  it("takes Poisson quantiles, normal-approximated for large means", () => {
    expect(poissonQuantile(0, 0.9)).toBe(0);
    expect([poissonQuantile(3, 0.1), poissonQuantile(3, 0.9)]).toEqual([1, 5]);
    expect(poissonQuantile(10_000, 0.9)).toBeGreaterThanOrEqual(10_127);
    expect(poissonQuantile(10_000, 0.9)).toBeLessThanOrEqual(10_129);
    expect(poissonQuantile(10_000, 0.1)).toBeGreaterThanOrEqual(9_871);
    expect(poissonQuantile(10_000, 0.1)).toBeLessThanOrEqual(9_873);
  });
});

describe("scoreBacktest", () => {
  it("scores P80 calibration, expected vs actual reach and monthly counts", () => {
    // Every stay in cost plan lasted 10 days and led to execution.
    const rows: HistogramRow[] = [
      { ...seg, stage: "cost_plan", next: "execution", bucket: 10, count: 40 },
    ];
    const open = [
      { ...seg, stage: "cost_plan" as const, elapsedDays: 0, reachedDay: 10 }, // on time
      { ...seg, stage: "cost_plan" as const, elapsedDays: 5, reachedDay: 30 }, // late
      { ...seg, stage: "cost_plan" as const, elapsedDays: 2, reachedDay: null }, // never
    ];
    const score = scoreBacktest(rows, open, "2026-06-01", 60);
    expect(score).toMatchObject({ accounts: 3, reached: 2, reachedByP80: 1 });
    expect(score.expectedReach).toBeCloseTo(3, 9);
    // June: forecast 3 (days 5, 8, 10), actual 1 (day 10); July: 0, actual 1 (day 30 = July 1).
    expect(score.months.map((m) => [m.month, Math.round(m.expected), m.actual])).toEqual([
      ["2026-06", 3, 1],
      ["2026-07", 0, 1],
    ]);
    expect(score.monthlyError).toBeCloseTo(1.5, 9);
  });
});
