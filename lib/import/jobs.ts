import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { imports } from "@/db/schema";
import type { JobDefinition } from "@/lib/jobs/registry";
import { runImport } from "./apply";
import { checkImport } from "./check";
import { ImportFileError } from "./parse";

/** `version`: the import's version once the queuing action commits (the dry run's settings). */
type ImportJob = { importId: string; version?: number };

/**
 * The action that queues the dry run commits right after sending it (pg-boss sends on
 * its own connection): wait until its settings are visible. False when they never
 * are (the action rolled back) or the import is no longer waiting for a dry run.
 */
async function settingsCommitted(importId: string, version: number) {
  for (let attempt = 0; attempt < 40; attempt++) {
    const [record] = await db
      .select({ status: imports.status, version: imports.version })
      .from(imports)
      .where(eq(imports.id, importId));
    if (record && record.version >= version) return record.status === "checking";
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

/**
 * The dry run as a job. A file that cannot be read with the chosen format and
 * encoding goes back to "uploaded" with the reason, for the user to pick another.
 */
export const importCheckJob: JobDefinition<ImportJob> = {
  name: "import-check",
  queue: { retryLimit: 1, expireInSeconds: 30 * 60 },
  run: async ({ importId, version = 0 }) => {
    if (!(await settingsCommitted(importId, version))) return null;
    try {
      return await checkImport(importId);
    } catch (error) {
      const reason = error instanceof ImportFileError ? error.key : "checkFailed";
      await db
        .update(imports)
        .set({ status: "uploaded", error: reason })
        .where(eq(imports.id, importId));
      if (error instanceof ImportFileError) return { error: reason };
      throw error;
    }
  },
};

/** The run as a job: pg-boss retries a failed or crashed run, which resumes at its checkpoint. */
export const importRunJob: JobDefinition<ImportJob> = {
  name: "import-run",
  queue: { retryLimit: 5, retryDelay: 5, expireInSeconds: 60 * 60 },
  run: async ({ importId }, { now }) => {
    // The action that queued the run commits right after sending it: wait for it.
    for (let attempt = 0; attempt < 20; attempt++) {
      const done = await runImport(importId, now);
      if (done) return { status: done.status };
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    return null;
  },
};
