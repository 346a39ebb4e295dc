import "server-only";
import { db } from "@/db";
import { forecastBacktests } from "@/db/schema";
import { histogramRowsAsOf, openAccountsAsOf } from "@/db/queries/forecast-backtest";
import { env } from "@/lib/env";
import { PIPELINE_HORIZON } from "@/lib/forecast";
import { backtestAsOf, scoreBacktest } from "@/lib/forecast/backtest";
import { todayIn } from "@/lib/dates";
import type { JobContext, JobDefinition } from "./registry";

/**
 * Makes the forecast as of two quarters ago from only what was known then, scores it
 * against what happened since (lib/forecast/backtest.ts) and stores the result.
 */
export async function runForecastBacktest(_data: unknown, { now }: JobContext) {
  const asOf = backtestAsOf(todayIn(env.PCRM_TIME_ZONE, now), PIPELINE_HORIZON);
  const instant = new Date(now.getTime() - PIPELINE_HORIZON * 86_400_000);
  const [rows, open] = await Promise.all([histogramRowsAsOf(instant), openAccountsAsOf(instant)]);
  const score = scoreBacktest(rows, open, asOf, PIPELINE_HORIZON);
  const [stored] = await db
    .insert(forecastBacktests)
    .values({ asOf, madeAt: now, ...score })
    .returning({ id: forecastBacktests.id });
  return { id: stored!.id, asOf, accounts: score.accounts };
}

export const forecastBacktestJob: JobDefinition<Record<string, never>> = {
  name: "forecast-backtest",
  cron: "50 2 * * *",
  run: runForecastBacktest,
  queue: { expireInSeconds: 30 * 60 },
};
