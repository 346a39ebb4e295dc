import "server-only";
import { PgBoss, type ConstructorOptions } from "pg-boss";
import { env } from "@/lib/env";

/** pg-boss keeps its tables in their own schema of the app's database. */
export const JOB_SCHEMA = "pgboss";

/** A started pg-boss on `url`; it installs or migrates its schema on first start. */
export async function startBoss(url: string, options: Partial<ConstructorOptions> = {}) {
  const boss = new PgBoss({
    connectionString: url,
    schema: JOB_SCHEMA,
    max: 4,
    application_name: "pcrm-jobs",
    ...options,
  });
  // Without a listener an 'error' event would crash the process; pg-boss retries on its own.
  boss.on("error", (error) => console.error("PCRM jobs:", error));
  await boss.start();
  return boss;
}

const globalForBoss = globalThis as unknown as { pcrmBoss?: Promise<PgBoss> };

/**
 * This process's pg-boss, started once (reused across hot reloads): the worker runs
 * on it and actions send or retry jobs through it.
 */
export function getBoss(): Promise<PgBoss> {
  globalForBoss.pcrmBoss ??= startBoss(env.DATABASE_URL).catch((error: unknown) => {
    globalForBoss.pcrmBoss = undefined;
    throw error;
  });
  return globalForBoss.pcrmBoss;
}

export async function stopBoss() {
  const boss = await globalForBoss.pcrmBoss?.catch(() => undefined);
  globalForBoss.pcrmBoss = undefined;
  await boss?.stop({ graceful: false });
}

/**
 * Queues a job of a registered queue. Queues are `exclusive` (lib/jobs/registry.ts):
 * while a job with the same `key` is queued or running, sending another is a no-op
 * (returns null), across all app instances; jobs without a key share one key.
 * `id` names the job in advance (e.g. to audit it before it is sent).
 */
export async function enqueue(
  name: string,
  data: object = {},
  options: { key?: string; startAfter?: Date; id?: string } = {},
): Promise<string | null> {
  const boss = await getBoss();
  return boss.send(name, data, {
    id: options.id,
    singletonKey: options.key,
    startAfter: options.startAfter,
  });
}
