import "server-only";
import { and, eq } from "drizzle-orm";
import type { PgBoss } from "pg-boss";
import { db } from "@/db";
import { users } from "@/db/schema";
import { env } from "@/lib/env";
import { notify } from "@/lib/notifications/notify";
import { getBoss } from "./boss";
import { JOBS, QUEUE_DEFAULTS, type JobDefinition } from "./registry";

/** Tells the admins that a job has failed for good (its last retry), linking to /admin/jobs. */
async function reportFailure(queue: string, jobId: string, attempt: number) {
  await db.transaction(async (tx) => {
    const admins = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.role, "admin"), eq(users.active, true)));
    await notify(tx, {
      userIds: admins.map((a) => a.id),
      kind: "jobFailed",
      params: { queue },
      link: "/admin/jobs",
      dedupeKey: `job:${jobId}:${attempt}`,
    });
  });
}

/** Creates `job`'s queue with the registry's options, or brings an existing one up to them. */
export async function ensureQueue(boss: PgBoss, job: JobDefinition<never>) {
  const queue = { ...QUEUE_DEFAULTS, ...job.queue };
  if (await boss.getQueue(job.name)) {
    // A queue's policy is fixed when it is created; the rest follows the registry.
    const { policy: _policy, ...options } = queue;
    await boss.updateQueue(job.name, options);
  } else {
    await boss.createQueue(job.name, queue);
  }
}

/** Creates the queues and schedules of `jobs` and starts working them on `boss`. */
export async function runJobs(
  boss: PgBoss,
  jobs: readonly JobDefinition<never>[] = JOBS,
  options: { pollingIntervalSeconds?: number; clock?: () => Date } = {},
) {
  const clock = options.clock ?? (() => new Date());
  for (const job of jobs) {
    await ensureQueue(boss, job);
    await boss.work(
      job.name,
      { includeMetadata: true, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 },
      async ([item]) => {
        if (!item) return;
        try {
          return await job.run(item.data as never, { now: clock() });
        } catch (error) {
          if (item.retryCount >= item.retryLimit) {
            await reportFailure(job.name, item.id, item.retryCount).catch(() => {});
          }
          throw error;
        }
      },
    );
    if (job.cron) await boss.schedule(job.name, job.cron, null, { tz: env.PCRM_TIME_ZONE });
    else await boss.unschedule(job.name);
  }
}

/**
 * Started once per app process by instrumentation.ts. Every instance runs the
 * worker: pg-boss hands each job to one of them (SKIP LOCKED) and files each cron
 * occurrence under one key, so a scheduled job runs once however many instances run.
 */
export async function startJobWorker() {
  const boss = await getBoss();
  await runJobs(boss);
  return boss;
}
