import "./zod-jitless";
import { z } from "zod";

export const retryJobSchema = z.object({ id: z.uuid() });

/** "Run now" of a scheduled job on /admin/jobs: the job's queue name. */
export const runJobSchema = z.object({ queue: z.string().trim().min(1).max(100) });
