import "server-only";
import { desc, sql } from "drizzle-orm";
import { analyticsDb, db } from "@/db";
import { forecastBacktests } from "@/db/schema";
import type { Grade } from "@/db/schema/accounts";
import { isForecastStage, type HistogramRow } from "@/lib/forecast";
import type { BacktestAccount } from "@/lib/forecast/backtest";
import type { Stage } from "@/lib/stages/stages";

/**
 * The histograms as they stood at `asOf`: the stays that had ended by then, from the
 * log (a job's read: one pass over the transitions before that instant).
 */
export async function histogramRowsAsOf(asOf: Date): Promise<HistogramRow[]> {
  const rows = await db.execute<{
    industry_id: number;
    grade: Grade;
    stage: Stage;
    next: Stage;
    bucket: number;
    count: number;
  }>(sql`
    select coalesce(a.industry_id, 0) as industry_id, a.grade, s.prev_stage as stage,
      s.to_stage as next, forecast_bucket(extract(epoch from s.at - s.prev_at) / 86400) as bucket,
      count(*)::integer as count
    from (
      select t.account_id, t.from_stage, t.to_stage, t.at,
        lag(t.to_stage) over w as prev_stage, lag(t.at) over w as prev_at
      from stage_transitions t where t.at < ${asOf.toISOString()}::timestamptz
      window w as (partition by t.account_id order by t.at, t.id)
    ) s
    join accounts a on a.id = s.account_id
    where s.from_stage is not null and s.prev_stage < 'execution'
    group by 1, 2, 3, 4, 5`);
  return rows.flatMap((r) =>
    isForecastStage(r.stage)
      ? [
          {
            industryId: r.industry_id,
            grade: r.grade,
            stage: r.stage,
            next: r.next,
            bucket: r.bucket,
            count: r.count,
          },
        ]
      : [],
  );
}

/**
 * The accounts open (in a stage before execution) at `asOf`, with how long they had
 * been in it and when, after `asOf`, they first entered execution.
 */
export async function openAccountsAsOf(asOf: Date): Promise<BacktestAccount[]> {
  const at = sql`${asOf.toISOString()}::timestamptz`;
  const rows = await db.execute<{
    industry_id: number;
    grade: Grade;
    stage: Stage;
    elapsed: number;
    reached: number | null;
  }>(sql`
    select coalesce(a.industry_id, 0) as industry_id, a.grade, s.to_stage as stage,
      extract(epoch from ${at} - s.at) / 86400 as elapsed,
      (select floor(extract(epoch from min(x.at) - ${at}) / 86400)::integer
        from stage_transitions x
        where x.account_id = s.account_id and x.to_stage = 'execution' and x.at >= ${at}) as reached
    from (
      select distinct on (t.account_id) t.account_id, t.to_stage, t.at
      from stage_transitions t where t.at < ${at}
      order by t.account_id, t.at desc, t.id desc
    ) s
    join accounts a on a.id = s.account_id
    where s.to_stage < 'execution'`);
  return rows.flatMap((r) =>
    isForecastStage(r.stage)
      ? [
          {
            industryId: r.industry_id,
            grade: r.grade,
            stage: r.stage,
            elapsedDays: Number(r.elapsed),
            reachedDay: r.reached,
          },
        ]
      : [],
  );
}

/** The latest backtest, for the forecast tab (company-wide: counts only, no account). */
export async function latestBacktest() {
  const [row] = await analyticsDb
    .select()
    .from(forecastBacktests)
    .orderBy(desc(forecastBacktests.madeAt), desc(forecastBacktests.id))
    .limit(1);
  return row ?? null;
}
