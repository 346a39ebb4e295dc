import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { db } from "@/db";
import { accounts, tasks, users } from "@/db/schema";
import { env } from "@/lib/env";
import { sendMail } from "@/lib/mail/send";
import { notifyRowsSql } from "@/lib/notifications/notify";
import { todayIn } from "@/lib/dates";
import { reminderRange } from "@/lib/tasks/rules";
import { taskDigestMail, type Digest, type TaskNotice } from "@/lib/tasks/notice-mail";
import type { JobContext, JobDefinition } from "./registry";

/** Lines a digest mail lists; the rest are counted. */
const DIGEST_LINES = 20;
/** Tasks one statement picks; a run goes on with the next chunk while time is left. */
export const SWEEP_CHUNK = 10_000;
/** A run starts no new chunk after this long, so it ends within ~10 s; the next run goes on. */
const RUN_BUDGET_MS = 6_000;

export type SweepOptions = { chunk?: number };

/**
 * One chunk as one statement: picks up to `chunk` tasks matching `due` (a condition on
 * `s`) whose `stamp` is null, oldest due first, locking them in that order (a
 * concurrent sweep waits for the lock, then finds them stamped and passes over them),
 * stamps them with `now` — the update re-checks `stamp is null`, so a task is picked
 * once however many sweeps run — and gives each
 * one's assignee a notification of `kind` linking to the account's Tasks tab, in the
 * same transaction. Returns one digest per (active) assignee for mail.
 */
async function sweepChunk(
  kind: TaskNotice,
  stamp: SQL,
  due: SQL,
  now: Date,
  chunk: number,
): Promise<{ picked: number; digests: Digest[] }> {
  const notices = notifyRowsSql(
    kind,
    sql`select assignee_id as user_id,
      jsonb_build_object('taskKind', kind, 'account', account_name, 'due', due_date::text) as params,
      '/accounts/' || account_id || '?tab=tasks' as link, -- taskLink()
      ${kind} || ':' || id || ':' || due_date::text as dedupe_key
    from picked`,
  );
  // One row: how many tasks the chunk picked (counted outside the join with active
  // users, so a chunk whose assignees are all inactive still counts as full) and the
  // digests of the active assignees. The pick is its own materialized CTE so its
  // limit holds (inlined into the update's `in (…)` it picked more than `chunk`).
  const [row] = await db.transaction((tx) =>
    tx.execute<{ picked: number; digests: Digest[] }>(sql`
      with candidates as materialized (
        select s.id from ${tasks} s
        where s.status = 'open' and s.${stamp} is null and s.assignee_id is not null
          and ${due}
        order by s.due_date, s.id
        limit ${chunk}
        for update),
      picked as (
        update ${tasks} t set ${stamp} = ${now.toISOString()}::timestamptz
        where t.id in (select id from candidates) and t.${stamp} is null
        returning t.id, t.kind, t.account_id, t.assignee_id, t.due_date,
          (select ${accounts.name} from ${accounts} where ${accounts.id} = t.account_id)
            as account_name),
      notified as (${notices}),
      digests as (
        select ${users.email} as email, count(*)::int as count,
          to_json((array_agg(json_build_object('taskKind', picked.kind,
            'account', picked.account_name, 'due', picked.due_date::text)
            order by picked.due_date, picked.account_name))[1:${DIGEST_LINES}]) as lines
        from picked join ${users} on ${users.id} = picked.assignee_id and ${users.active}
        group by picked.assignee_id, ${users.email})
      select (select count(*) from picked)::int as picked,
        coalesce((select json_agg(digests) from digests), '[]'::json) as digests`),
  );
  return { picked: row?.picked ?? 0, digests: row?.digests ?? [] };
}

/**
 * A sweep: chunk after chunk (each its own transaction) until none is full or the
 * run's time is up, then one digest mail per assignee (after the commits; a failed
 * delivery stays in the outbox).
 */
async function sweep(kind: TaskNotice, stamp: SQL, due: SQL, now: Date, options: SweepOptions) {
  const chunk = options.chunk ?? SWEEP_CHUNK;
  const started = performance.now();
  const digests = new Map<string, Digest>();
  for (;;) {
    const { picked, digests: rows } = await sweepChunk(kind, stamp, due, now, chunk);
    for (const row of rows) {
      const seen = digests.get(row.email);
      digests.set(row.email, {
        email: row.email,
        count: (seen?.count ?? 0) + row.count,
        lines: [...(seen?.lines ?? []), ...row.lines].slice(0, DIGEST_LINES),
      });
    }
    if (picked < chunk || performance.now() - started > RUN_BUDGET_MS) break;
  }
  for (const digest of digests.values()) await sendMail(taskDigestMail(kind, digest));
  const all = [...digests.values()];
  return { notified: all.reduce((n, d) => n + d.count, 0), mails: all.length };
}

/**
 * Reminders: every open return visit or follow-up whose reminder day has come
 * (lib/tasks/rules.ts: day 5 of a 7-day window, i.e. two days before it is due, up to
 * the due date) and that was not reminded yet. Done and cancelled tasks never are.
 */
export async function runTaskReminders(data: SweepOptions | null, { now }: JobContext) {
  const range = reminderRange(todayIn(env.PCRM_TIME_ZONE, now));
  return sweep(
    "taskReminder",
    sql.raw("reminded_at"),
    sql`s.due_date between ${range.from}::date and ${range.to}::date`,
    now,
    data ?? {},
  );
}

/** Overdue notices: every open task past its due date, once (`overdue_notified_at`). */
export async function runTaskOverdue(data: SweepOptions | null, { now }: JobContext) {
  const today = todayIn(env.PCRM_TIME_ZONE, now);
  return sweep(
    "taskOverdue",
    sql.raw("overdue_notified_at"),
    sql`s.due_date < ${today}::date`,
    now,
    data ?? {},
  );
}

export const taskRemindersJob: JobDefinition<SweepOptions> = {
  name: "task-reminders",
  cron: "5 * * * *",
  run: runTaskReminders,
};

export const taskOverdueJob: JobDefinition<SweepOptions> = {
  name: "task-overdue",
  cron: "10 * * * *",
  run: runTaskOverdue,
};
