import "server-only";
import { sql } from "drizzle-orm";
import { db, type Db, type Tx } from "@/db";
import { getAbcSettings } from "@/db/queries/value";
import { todayIn } from "@/lib/dates";
import { env } from "@/lib/env";
import { recomputeAbc, type RecomputeTrigger } from "@/lib/value/recompute";
import type { JobContext, JobDefinition } from "./registry";

/**
 * One recompute with the saved thresholds, timed; the run's time is kept on the
 * settings row for the ABC page. In the caller's transaction when given one (the
 * director's button), else in its own (the nightly job).
 */
export async function runAbcRecompute(
  now: Date,
  trigger: RecomputeTrigger,
  byId: string | null = null,
  tx?: Tx,
) {
  const work = async (t: Tx | Db) => {
    // One recompute at a time, the nightly job's and the button's alike: a second waits
    // for the first and then runs on its result (else both write the same class changes).
    await t.execute(sql`select pg_advisory_xact_lock(hashtext('abc_recompute'))`);
    const started = performance.now();
    const settings = await getAbcSettings(t);
    const result = await recomputeAbc(t, {
      today: todayIn(env.PCRM_TIME_ZONE, now),
      now,
      thresholds: { aBp: settings.aShareBp, bBp: settings.bShareBp },
      basis: settings.basis,
      trigger,
      byId,
    });
    const ms = Math.round(performance.now() - started);
    await t.execute(sql`
      insert into abc_settings (id, last_run_at, last_run_ms) values (1, ${now.toISOString()}::timestamptz, ${ms})
      on conflict (id) do update set last_run_at = excluded.last_run_at, last_run_ms = excluded.last_run_ms`);
    return { ...result, ms };
  };
  return tx ? work(tx) : db.transaction(work);
}

export const abcRecomputeJob: JobDefinition<Record<string, never>> = {
  name: "abc-recompute",
  // Before the health job (02:40), which reads the class changes.
  cron: "10 2 * * *",
  run: (_data: unknown, { now }: JobContext) => runAbcRecompute(now, "nightly"),
};
