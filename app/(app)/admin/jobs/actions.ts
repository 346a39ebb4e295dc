"use server";
import { getJobState } from "@/db/queries/jobs";
import { authedAction } from "@/lib/actions/action";
import { conflict, notFound } from "@/lib/actions/errors";
import { getBoss } from "@/lib/jobs/boss";
import { can } from "@/lib/policy";
import { retryJobSchema } from "@/lib/validations/jobs";

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
