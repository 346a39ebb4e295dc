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

/**
 * One sweep as one statement: `pick` is an `update tasks … returning` that marks the
 * tasks it notifies about (its `where` holds `<stamp> is null`, so a task is picked
 * once: a concurrent sweep waits for the row lock, then finds it stamped and skips
 * it); each picked task's assignee gets a notification of `kind` linking to the
 * account's Tasks tab, and the statement returns one digest per assignee for mail.
 */
async function sweep(kind: TaskNotice, pick: SQL) {
  const notices = notifyRowsSql(
    kind,
    sql`select assignee_id as user_id,
      jsonb_build_object('taskKind', kind, 'account', account_name, 'due', due_date::text) as params,
      '/accounts/' || account_id || '?tab=tasks' as link, -- taskLink()
      ${kind} || ':' || id || ':' || due_date::text as dedupe_key
    from picked`,
  );
  const rows = await db.transaction((tx) =>
    tx.execute<Digest>(sql`
      with picked as (${pick}),
      notified as (${notices})
      select ${users.email} as email, count(*)::int as count,
        to_json((array_agg(json_build_object('taskKind', picked.kind,
          'account', picked.account_name, 'due', picked.due_date::text)
          order by picked.due_date, picked.account_name))[1:${DIGEST_LINES}]) as lines
      from picked join ${users} on ${users.id} = picked.assignee_id and ${users.active}
      group by picked.assignee_id, ${users.email}`),
  );
  // Mail after the commit, one per assignee: a failed delivery stays in the outbox.
  for (const digest of rows) {
    await sendMail(taskDigestMail(kind, digest));
  }
  return { notified: rows.reduce((n, d) => n + d.count, 0), mails: rows.length };
}

/** The columns each picked task carries into the notifications and mails. */
const RETURNING = sql`returning t.id, t.kind, t.account_id, t.assignee_id, t.due_date,
  (select ${accounts.name} from ${accounts} where ${accounts.id} = t.account_id) as account_name`;

/**
 * Reminders: every open return visit or follow-up whose reminder day has come
 * (lib/tasks/rules.ts: day 5 of a 7-day window, i.e. two days before it is due, up to
 * the due date) and that was not reminded yet. Done and cancelled tasks never are.
 */
export async function runTaskReminders(_data: unknown, { now }: JobContext) {
  const range = reminderRange(todayIn(env.PCRM_TIME_ZONE, now));
  return sweep(
    "taskReminder",
    sql`update ${tasks} t set reminded_at = ${now.toISOString()}::timestamptz
      where t.status = 'open' and t.reminded_at is null and t.assignee_id is not null
        and t.due_date between ${range.from}::date and ${range.to}::date
      ${RETURNING}`,
  );
}

/** Overdue notices: every open task past its due date, once (`overdue_notified_at`). */
export async function runTaskOverdue(_data: unknown, { now }: JobContext) {
  const today = todayIn(env.PCRM_TIME_ZONE, now);
  return sweep(
    "taskOverdue",
    sql`update ${tasks} t set overdue_notified_at = ${now.toISOString()}::timestamptz
      where t.status = 'open' and t.overdue_notified_at is null and t.assignee_id is not null
        and t.due_date < ${today}::date
      ${RETURNING}`,
  );
}

export const taskRemindersJob: JobDefinition<Record<string, never>> = {
  name: "task-reminders",
  cron: "5 * * * *",
  run: runTaskReminders,
};

export const taskOverdueJob: JobDefinition<Record<string, never>> = {
  name: "task-overdue",
  cron: "10 * * * *",
  run: runTaskOverdue,
};
