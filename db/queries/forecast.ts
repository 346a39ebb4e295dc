import "server-only";
import { and, lt, isNull, sql } from "drizzle-orm";
import { analyticsDb } from "@/db";
import { accounts } from "@/db/schema";
import type { Grade } from "@/db/schema/accounts";
import { env } from "@/lib/env";
import { addDays, todayIn, type IsoDate } from "@/lib/dates";
import {
  forecastAccount,
  forecastPipeline,
  isForecastStage,
  periodTotals,
  type AccountForecast,
  type ForecastPeriod,
  type OpenGroup,
} from "@/lib/forecast";
import type { Stage } from "@/lib/stages/stages";
import { accountConditions, type DashboardArgs } from "./dashboards-shared";
import { cachedHistograms } from "./forecast-histograms";

export type PipelineForecastView = {
  today: IsoDate;
  weeks: ForecastPeriod[];
  months: ForecastPeriod[];
  /** Open accounts forecast, and those that have waited longer than any comparable stay. */
  accounts: number;
  beyondHistory: number;
};

/**
 * The open accounts the dashboard's filters and the user's visibility leave, grouped
 * by industry, grade, stage and whole days in the stage: a few thousand groups from
 * one pass over the open accounts' index entries.
 */
export async function openAccountGroups({ actor, filters, now }: DashboardArgs & { now: Date }) {
  const elapsed = sql<number>`floor(extract(epoch from (${now.toISOString()}::timestamptz - ${accounts.stageEnteredAt})) / 86400)::integer`;
  const rows = await analyticsDb
    .select({
      industryId: sql<number>`coalesce(${accounts.industryId}, 0)`,
      grade: accounts.grade,
      stage: accounts.stage,
      elapsedDays: elapsed,
      count: sql<number>`count(*)::integer`,
    })
    .from(accounts)
    .where(
      and(
        isNull(accounts.archivedAt),
        lt(accounts.stage, "execution"),
        ...accountConditions(actor, filters),
      ),
    )
    .groupBy(sql`1, 2, 3, 4`);
  return rows.flatMap((r): OpenGroup[] =>
    isForecastStage(r.stage) ? [{ ...r, stage: r.stage, elapsedDays: Number(r.elapsedDays) }] : [],
  );
}

/** Expected accounts entering execution per week and month for the next two quarters. */
export async function pipelineForecast(
  args: DashboardArgs & { now: Date },
): Promise<PipelineForecastView> {
  const [histograms, groups] = await Promise.all([
    cachedHistograms(args.now),
    openAccountGroups(args),
  ]);
  const today = todayIn(env.PCRM_TIME_ZONE, args.now);
  const result = forecastPipeline(histograms, groups);
  return {
    today,
    weeks: periodTotals(result.expected, today, "week"),
    months: periodTotals(result.expected, today, "month"),
    accounts: result.accounts,
    beyondHistory: result.beyondHistory,
  };
}

export type AccountForecastView =
  | { kind: "forecast"; p50: IsoDate; p80: IsoDate; forecast: AccountForecast }
  | { kind: "reached" | "closed" | "noData" };

/**
 * One account's forecast. The caller has read the account (its visibility checked);
 * this reads only the histograms, cached, so it costs no SQL most of the time.
 */
export async function accountForecast(
  account: { industryId: number | null; grade: Grade; stage: Stage; stageEnteredAt: Date },
  now: Date,
): Promise<AccountForecastView> {
  if (account.stage === "execution") return { kind: "reached" };
  if (!isForecastStage(account.stage)) return { kind: "closed" };
  const forecast = forecastAccount(await cachedHistograms(now), {
    industryId: account.industryId ?? 0,
    grade: account.grade,
    stage: account.stage,
    elapsedDays: (now.getTime() - account.stageEnteredAt.getTime()) / 86_400_000,
  });
  if (!forecast) return { kind: "noData" };
  const today = todayIn(env.PCRM_TIME_ZONE, now);
  return {
    kind: "forecast",
    p50: addDays(today, forecast.p50Days),
    p80: addDays(today, forecast.p80Days),
    forecast,
  };
}
