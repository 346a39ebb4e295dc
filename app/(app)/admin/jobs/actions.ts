"use server";
import { getJobState } from "@/db/queries/jobs";
import { authedAction } from "@/lib/actions/action";
import { conflict, notFound, refused } from "@/lib/actions/errors";
import { enqueue, getBoss } from "@/lib/jobs/boss";
import { JOBS } from "@/lib/jobs/registry";
import { ensureQueue } from "@/lib/jobs/worker";
import { can } from "@/lib/policy";
import { retryJobSchema, runJobSchema } from "@/lib/validations/jobs";

/** Puts a failed job back in its queue (one more attempt); only a failed job can be retried. */
export const retryJobAction = authedAction({
  schema: retryJobSchema,
  policy: ({ user }) => can(user, "jobs.manage"),
  run: async ({ input, audit }) => {
    const job = await getJobState(input.id);
    if (!job) throw notFound();
    if (job.state !== "failed") throw conflict();
    await audit({ entity: "job", entityId: input.id, action: "retry", after: { queue: job.name } });
    const boss = await getBoss();
    // The job table is pg-boss's: its retry is the last step, so a refusal above leaves it alone.
    // (Its typings declare the response empty; it carries `affected` at run time.)
    const result = (await boss.retry(job.name, input.id).catch(() => null)) as {
      affected?: number;
    } | null;
    if (result?.affected !== 1) throw conflict();
    return { id: input.id, queue: job.name };
  },
  revalidate: () => ["/admin/jobs"],
});

/**
 * "Run now": queues one run of a scheduled job (a reminder sweep, the clean-up) at
 * once, as its schedule would. Queues are exclusive, so while a run of it is waiting
 * or running this is refused instead of queuing a second one.
 */
export const runJobNowAction = authedAction({
  schema: runJobSchema,
  policy: ({ user }) => can(user, "jobs.manage"),
  run: async ({ input, audit }) => {
    const job = JOBS.find((j) => j.name === input.queue && j.cron);
    if (!job) throw notFound();
    const id = crypto.randomUUID();
    await audit({ entity: "job", entityId: id, action: "run", after: { queue: job.name } });
    // Sending is the last step: a refusal above queues nothing, and a refusal here
    // (a run already waiting or running) rolls the audit row back.
    // The queue exists once a worker started; an instance that works no jobs makes it here.
    await ensureQueue(await getBoss(), job);
    if (!(await enqueue(job.name, {}, { id }))) throw refused("settings.jobs.alreadyQueued");
    return { id, queue: job.name };
  },
  revalidate: () => ["/admin/jobs"],
});
