import "server-only";
import { sql } from "drizzle-orm";
import { db } from "@/db";
import { healthFactsQuery, toHealthFacts, type HealthFactsRow } from "@/db/queries/health";
import { todayIn } from "@/lib/dates";
import { env } from "@/lib/env";
import { healthOf } from "@/lib/health/signals";
import type { JobContext, JobDefinition } from "./registry";

const CHUNK = 5000;

/** The accounts whose health is kept: open ones (not archived, not dropped or churned). */
const OPEN_ACCOUNTS = sql`accounts.archived_at is null and accounts.stage not in ('dropped', 'churned')`;

/**
 * Recomputes every open account's health: the facts in one set-based query, the
 * rule (lib/health/signals.ts) in TypeScript, written back in chunks of 5,000.
 * Rows of accounts that are no longer open are removed in the same transaction.
 */
export async function refreshAccountHealth(now: Date) {
  const today = todayIn(env.PCRM_TIME_ZONE, now);
  const rows = (await db.execute(
    healthFactsQuery(OPEN_ACCOUNTS, now, today),
  )) as unknown as HealthFactsRow[];
  const computed = rows.map((row) => {
    const health = healthOf(toHealthFacts(row), now);
    return {
      account_id: row.accountId,
      score: health.score,
      level: health.level,
      signals: health.signals,
    };
  });
  let atRisk = 0;
  for (const c of computed) if (c.level === "at_risk") atRisk += 1;
  await db.transaction(async (tx) => {
    for (let i = 0; i < computed.length; i += CHUNK) {
      const chunk = JSON.stringify(computed.slice(i, i + CHUNK));
      await tx.execute(sql`
        insert into account_health (account_id, score, level, signals, computed_at)
        select x.account_id, x.score, x.level, x.signals, ${now.toISOString()}::timestamptz
        from jsonb_to_recordset(${chunk}::jsonb)
          as x(account_id uuid, score smallint, level health_level, signals jsonb)
        on conflict (account_id) do update set score = excluded.score, level = excluded.level,
          signals = excluded.signals, computed_at = excluded.computed_at`);
    }
    await tx.execute(
      sql`delete from account_health where computed_at < ${now.toISOString()}::timestamptz`,
    );
  });
  return { accounts: computed.length, atRisk };
}

export const accountHealthJob: JobDefinition<Record<string, never>> = {
  name: "account-health",
  cron: "40 2 * * *",
  run: (_data: unknown, { now }: JobContext) => refreshAccountHealth(now),
};
