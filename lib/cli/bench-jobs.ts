import { sql } from "drizzle-orm";
import { client, db } from "@/db";
import { sweepEscalations } from "@/lib/service/sweep";
import { runSurveyCampaign } from "@/lib/surveys/jobs";
import { runTaskOverdue, runTaskReminders } from "@/lib/jobs/task-sweeps";
import { runAccountForecasts } from "@/lib/jobs/account-forecasts";

/**
 * The service jobs at full size, for `npm run bench` (lib/cli/bench.ts spawns this with
 * the bench database's env; one JSON line per item). Each run's writes are taken back
 * afterwards, so the bench database stays as it was:
 * - the escalation sweep with every open request due at once (their `next_escalation_at`
 *   set to the run's clock first; the steps, bell notifications and digest mails it
 *   writes are deleted and the stored next looks put back);
 * - the quarterly survey campaign in the quarter after the newest link (so the quiet
 *   period leaves every live account's contact to invite; its links and mails deleted);
 * - the return-visit and follow-up reminder and overdue sweeps (issue 15: ≤ 10 s a run)
 *   over every task not yet reminded / notified (the notifications and digest mails
 *   deleted and the stamps cleared again).
 */
const items = JSON.parse(process.env.PCRM_BENCH_JOBS ?? "[]") as string[];
const runs = Number(process.env.PCRM_BENCH_JOB_RUNS ?? 3);

const OPEN = sql`status in ('new', 'acknowledged', 'in_progress', 'waiting_on_customer')`;

async function timeSweep() {
  const now = new Date();
  await db.execute(sql`drop table if exists bench_saved_next_escalation`);
  await db.execute(sql`create table bench_saved_next_escalation as
    select id, next_escalation_at from service_requests where ${OPEN}`);
  try {
    await db.execute(sql`update service_requests set next_escalation_at = ${now.toISOString()}::timestamptz
      where ${OPEN}`);
    const started = performance.now();
    const result = await sweepEscalations(now);
    const ms = performance.now() - started;
    return { detail: `${result.requests} open requests due, ${result.fired} steps fired`, ms };
  } finally {
    await db.execute(sql`delete from notifications where dedupe_key in (
      select 'escalation:' || id from escalation_log where fired_at = ${now.toISOString()}::timestamptz)`);
    await db.execute(
      sql`delete from escalation_log where fired_at = ${now.toISOString()}::timestamptz`,
    );
    await db.execute(sql`delete from outbox where created_at >= ${now.toISOString()}::timestamptz`);
    await db.execute(sql`update service_requests sr set next_escalation_at = s.next_escalation_at
      from bench_saved_next_escalation s where s.id = sr.id`);
    await db.execute(sql`drop table bench_saved_next_escalation`);
  }
}

async function timeCampaign() {
  const [{ next }] = (await db.execute<{ next: string }>(sql`
    select (date_trunc('quarter', coalesce(max(sent_at), now()) at time zone 'Asia/Shanghai')
      + interval '3 months 1 day 9 hours') at time zone 'Asia/Shanghai' as next
    from survey_invitations`)) as unknown as [{ next: string }];
  const now = new Date(next);
  const startedAt = new Date();
  try {
    const started = performance.now();
    const result = await runSurveyCampaign(now);
    const ms = performance.now() - started;
    return { detail: `${result.invited} links, ${result.mailed} mails`, ms };
  } finally {
    await db.execute(sql`delete from survey_invitations where sent_at = ${now.toISOString()}::timestamptz
      and source = 'campaign'`);
    await db.execute(
      sql`delete from outbox where created_at >= ${startedAt.toISOString()}::timestamptz`,
    );
  }
}

/** One run of a task sweep at `now`, its stamps, notifications and mails taken back. */
async function timeTaskSweep(
  kind: "taskReminder" | "taskOverdue",
  stamp: "reminded_at" | "overdue_notified_at",
) {
  const now = new Date();
  const at = sql`${now.toISOString()}::timestamptz`;
  const column = sql.raw(stamp);
  try {
    const started = performance.now();
    const run = kind === "taskReminder" ? runTaskReminders : runTaskOverdue;
    const result = await run(null, { now });
    const ms = performance.now() - started;
    return { detail: `${result.notified} tasks notified, ${result.mails} digest mails`, ms };
  } finally {
    await db.execute(sql`delete from notifications where dedupe_key in (
      select ${kind} || ':' || id || ':' || due_date::text from tasks where ${column} = ${at})`);
    await db.execute(sql`update tasks set ${column} = null where ${column} = ${at}`);
    await db.execute(sql`delete from outbox where created_at >= ${at}`);
  }
}

/** The stored per-account forecasts, recomputed whole (what they hold is what the job keeps). */
async function timeAccountForecasts() {
  const started = performance.now();
  const result = await runAccountForecasts({}, { now: new Date() });
  const ms = performance.now() - started;
  return { detail: `${result.accounts} accounts in ${result.groups} groups`, ms };
}

const JOBS: Record<string, () => Promise<{ detail: string; ms: number }>> = {
  "escalation sweep": timeSweep,
  "survey campaign": timeCampaign,
  "task reminders": () => timeTaskSweep("taskReminder", "reminded_at"),
  "task overdue": () => timeTaskSweep("taskOverdue", "overdue_notified_at"),
  "account forecasts": timeAccountForecasts,
};

try {
  for (const item of items) {
    const samples: number[] = [];
    let detail = "";
    for (let i = 0; i < runs; i++) {
      const run = await JOBS[item]!();
      samples.push(run.ms);
      detail = run.detail;
    }
    console.log(JSON.stringify({ item, detail, samples }));
  }
} finally {
  await client.end();
}
