import "server-only";
import { enqueue, getBoss } from "@/lib/jobs/boss";
import type { JobDefinition } from "@/lib/jobs/registry";
import { ensureQueue } from "@/lib/jobs/worker";
import type { importCheckJob } from "./jobs";

/**
 * Queues the dry run or the run of an import (one at a time per import). Apart from
 * ./jobs.ts, which the job registry imports: the worker imports the registry. `version`
 * is what the import's version will be once the caller commits; the job waits for it.
 */
export async function sendImportJob(
  job: typeof importCheckJob,
  importId: string,
  version?: number,
) {
  await ensureQueue(await getBoss(), job as JobDefinition<never>);
  return enqueue(job.name, { importId, version }, { key: importId });
}
