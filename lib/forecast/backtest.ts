import { addDays, type IsoDate } from "@/lib/dates";
import { forecastAccount } from "./account";
import { buildHistograms } from "./histograms";
import { forecastPipeline, type OpenGroup } from "./pipeline";
import { periodTotals } from "./periods";
import type { BacktestMonth } from "@/db/schema/forecast";
import type { HistogramRow } from "./types";

/** An account open on the as-of day, and the day after it that it entered execution, if it did. */
export type BacktestAccount = Omit<OpenGroup, "count"> & { reachedDay: number | null };

/** At most this many accounts get their own forecast scored (evenly spread over all). */
export const BACKTEST_SAMPLE = 3000;

export type BacktestScore = {
  accounts: number;
  reached: number;
  reachedByP80: number;
  expectedReach: number;
  months: BacktestMonth[];
  monthlyError: number;
};

/**
 * Scores the forecast made on `asOf` from the stays known then (`rows`) against what
 * happened in the `horizon` days after: of the accounts that reached execution, how
 * many by their P80 date (should be ~80 %); expected vs actual accounts reaching it;
 * and each calendar month's forecast count against the actual one.
 */
export function scoreBacktest(
  rows: readonly HistogramRow[],
  open: readonly BacktestAccount[],
  asOf: IsoDate,
  horizon: number,
): BacktestScore {
  const h = buildHistograms(rows);
  const step = Math.max(1, Math.ceil(open.length / BACKTEST_SAMPLE));
  let accounts = 0;
  let reached = 0;
  let reachedByP80 = 0;
  let expectedReach = 0;
  for (let i = 0; i < open.length; i += step) {
    const a = open[i]!;
    const f = forecastAccount(h, a, horizon);
    if (!f) continue;
    accounts++;
    expectedReach += f.reach;
    if (a.reachedDay !== null && a.reachedDay <= horizon) {
      reached++;
      if (a.reachedDay <= f.p80Days) reachedByP80++;
    }
  }
  const groups = new Map<string, OpenGroup>();
  for (const a of open) {
    const elapsedDays = Math.floor(a.elapsedDays);
    const key = `${a.industryId}|${a.grade}|${a.stage}|${elapsedDays}`;
    const g = groups.get(key);
    if (g) g.count++;
    else groups.set(key, { ...a, elapsedDays, count: 1 });
  }
  const pipeline = forecastPipeline(h, [...groups.values()], horizon);
  const actual = new Float64Array(horizon + 1);
  for (const a of open) {
    if (a.reachedDay !== null && a.reachedDay >= 0 && a.reachedDay <= horizon)
      actual[a.reachedDay]!++;
  }
  const forecastMonths = periodTotals(pipeline.expected, asOf, "month");
  const actualMonths = periodTotals(actual, asOf, "month");
  const months = forecastMonths.map((m, i) => ({
    month: m.from.slice(0, 7),
    expected: m.expected,
    actual: actualMonths[i]!.expected,
  }));
  const monthlyError =
    months.reduce((sum, m) => sum + Math.abs(m.expected - m.actual), 0) /
    Math.max(1, months.length);
  return {
    accounts,
    reached,
    reachedByP80,
    expectedReach,
    months,
    monthlyError,
  };
}

/** The as-of day of a backtest run on `today`: its horizon has fully passed. */
export const backtestAsOf = (today: IsoDate, horizon: number) => addDays(today, -horizon);
