import "server-only";
import { sql } from "drizzle-orm";
import { db } from "@/db";
import type { Grade } from "@/db/schema/accounts";
import { accountForecast } from "@/db/queries/forecast";
import { loadHistograms } from "@/db/queries/forecast-histograms";
import { addDays, todayIn } from "@/lib/dates";
import { env } from "@/lib/env";
import { forecastAccount, isForecastStage } from "@/lib/forecast";
import type { Stage } from "@/lib/stages/stages";
import type { JobContext, JobDefinition } from "./registry";

/** Whole days in the stage at `now`, as the forecast counts them. */
const elapsedSql = (now: Date) =>
  sql`floor(extract(epoch from (${now.toISOString()}::timestamptz - a.stage_entered_at)) / 86400)::integer`;

const columns = sql`(account_id, stage, stage_entered_at, industry_id, grade, p50, p80, reach,
  level, samples, computed_at)`;
/** An account's new forecast replaces its old one whole. */
const replaceRow = sql`on conflict (account_id) do update set stage = excluded.stage,
  stage_entered_at = excluded.stage_entered_at, industry_id = excluded.industry_id,
  grade = excluded.grade, p50 = excluded.p50, p80 = excluded.p80, reach = excluded.reach,
  level = excluded.level, samples = excluded.samples, computed_at = excluded.computed_at`;

/**
 * Stores every open account's forecast (P50, P80, chance) for the board and the list.
 * Accounts alike in industry, grade, stage and whole days waited have the same
 * forecast, so it is computed once per such group (a few thousand at 100,000
 * accounts) from freshly read histograms, and written in one statement that joins the
 * groups back to their accounts. Rows of accounts no longer forecast are removed. One
 * run at a time (a second waits, then recomputes); a failure changes nothing.
 */
export async function runAccountForecasts(_data: unknown, { now }: JobContext) {
  const started = performance.now();
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('account_forecasts'))`);
    const [histograms, groups] = await Promise.all([
      loadHistograms(),
      tx.execute<{ industry_id: number; grade: Grade; stage: Stage; elapsed: number }>(sql`
        select coalesce(a.industry_id, 0) as industry_id, a.grade, a.stage, ${elapsedSql(now)} as elapsed
        from accounts a where a.archived_at is null and a.stage < 'execution'
        group by 1, 2, 3, 4`),
    ]);
    const today = todayIn(env.PCRM_TIME_ZONE, now);
    const forecasts = groups.flatMap((g) => {
      if (!isForecastStage(g.stage)) return [];
      const f = forecastAccount(histograms, {
        industryId: g.industry_id,
        grade: g.grade,
        stage: g.stage,
        elapsedDays: g.elapsed,
      });
      if (!f) return [];
      return [
        {
          ...g,
          p50: addDays(today, f.p50Days),
          p80: addDays(today, f.p80Days),
          reach: f.reach,
          level: f.level,
          samples: f.samples,
        },
      ];
    });
    const written = await tx.execute(sql`
      insert into account_forecasts ${columns}
      select a.id, a.stage, a.stage_entered_at, g.industry_id, a.grade, g.p50, g.p80, g.reach,
        g.level, g.samples, ${now.toISOString()}::timestamptz
      from jsonb_to_recordset(${JSON.stringify(forecasts)}::jsonb) as g(industry_id integer,
        grade grade, stage stage, elapsed integer, p50 date, p80 date, reach double precision,
        level text, samples integer)
      join accounts a on coalesce(a.industry_id, 0) = g.industry_id and a.grade = g.grade
        and a.stage = g.stage and ${elapsedSql(now)} = g.elapsed
      where a.archived_at is null
      ${replaceRow}`);
    // Forecasts made before this run and not renewed by it (a move's own is newer).
    const removed = await tx.execute(
      sql`delete from account_forecasts where computed_at < ${now.toISOString()}::timestamptz`,
    );
    return {
      groups: groups.length,
      accounts: written.count,
      removed: removed.count,
      ms: Math.round(performance.now() - started),
    };
  });
}

/**
 * Recomputes one account's stored forecast after it moved (the move action's
 * after-commit hook), with the same engine and histograms as its account page. The row
 * records the stay read here; if the account moved again meanwhile it simply no longer
 * matches. An account without a forecast loses its row.
 */
export async function refreshAccountForecast(accountId: string, now: Date) {
  const [account] = await db.execute<{
    industry_id: number | null;
    grade: Grade;
    stage: Stage;
    entered: string;
    entered_ms: number;
    archived: boolean;
  }>(sql`
    select industry_id, grade, stage, stage_entered_at::text as entered,
      extract(epoch from stage_entered_at) * 1000 as entered_ms, archived_at is not null as archived
    from accounts where id = ${accountId}`);
  const view =
    account && !account.archived
      ? await accountForecast(
          {
            industryId: account.industry_id,
            grade: account.grade,
            stage: account.stage,
            stageEnteredAt: new Date(Math.floor(Number(account.entered_ms))),
          },
          now,
        )
      : null;
  if (!account || view?.kind !== "forecast") {
    await db.execute(sql`delete from account_forecasts where account_id = ${accountId}`);
    return null;
  }
  const f = view.forecast;
  await db.execute(sql`
    insert into account_forecasts ${columns}
    values (${accountId}, ${account.stage}, ${account.entered}::timestamptz,
      ${account.industry_id ?? 0}, ${account.grade}, ${view.p50}, ${view.p80}, ${f.reach},
      ${f.level}, ${f.samples}, ${now.toISOString()}::timestamptz)
    ${replaceRow}`);
  return { p50: view.p50, p80: view.p80 };
}

export const accountForecastsJob: JobDefinition<Record<string, never>> = {
  name: "account-forecasts",
  // Nightly after the histograms' busy day, before people look at the board.
  cron: "30 3 * * *",
  run: runAccountForecasts,
};
