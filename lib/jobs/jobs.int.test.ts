import { eq } from "drizzle-orm";
import type { PgBoss } from "pg-boss";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { retryJobAction, runJobNowAction } from "@/app/(app)/admin/jobs/actions";
import { db } from "@/db";
import { getJobState, jobCounts, listFailedJobs } from "@/db/queries/jobs";
import { auditLog, notifications } from "@/db/schema";
import { createUser, truncateAll } from "@/db/testing/fixtures";
import { signInAs } from "@/db/testing/session";
import { getBoss, startBoss, stopBoss } from "./boss";
import { housekeepingJob } from "./housekeeping";
import type { JobDefinition } from "./registry";
import { runJobs } from "./worker";

const url = () => process.env.DATABASE_URL!;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until(check: () => boolean | Promise<boolean>, ms = 15_000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error("timed out");
    await sleep(100);
  }
}

let workerA: PgBoss;
let workerB: PgBoss;
const fast = { pollingIntervalSeconds: 0.5 };

beforeAll(async () => {
  // Two app instances: each its own pg-boss on the same database.
  workerA = await startBoss(url(), { supervise: false, schedule: false });
  workerB = await startBoss(url(), { supervise: false, schedule: false });
});
afterAll(async () => {
  await Promise.all([workerA.stop({ graceful: false }), workerB.stop({ graceful: false })]);
  await stopBoss();
});
beforeEach(async () => {
  await truncateAll();
  signInAs(null);
});

describe("job engine", () => {
  test("a job sent twice with the same key runs once, with two instances working the queue", async () => {
    const runs: string[] = [];
    const job: JobDefinition<{ n: number }> = {
      name: "test-singleton",
      run: async ({ n }) => {
        runs.push(`run ${n}`);
        await sleep(300);
      },
    };
    await runJobs(workerA, [job as JobDefinition<never>], fast);
    await runJobs(workerB, [job as JobDefinition<never>], fast);
    const first = await workerA.send("test-singleton", { n: 1 }, { singletonKey: "task-1" });
    const second = await workerB.send("test-singleton", { n: 2 }, { singletonKey: "task-1" });
    const other = await workerB.send("test-singleton", { n: 3 }, { singletonKey: "task-2" });
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    expect(second).toBeNull();
    expect(other).not.toBeNull();
    await until(async () => (await getJobState(first!))?.state === "completed");
    await until(async () => (await getJobState(other!))?.state === "completed");
    await sleep(1500); // both workers polled again: nothing else to run
    expect(runs.sort()).toEqual(["run 1", "run 3"]);
  });

  test("a job that fails for good notifies the admins once and shows on the failed list", async () => {
    const admin = await createUser("admin");
    const director = await createUser("director");
    let attempts = 0;
    const job: JobDefinition = {
      name: "test-failing",
      queue: { retryLimit: 1, retryDelay: 0, retryBackoff: false },
      run: async () => {
        attempts++;
        throw new Error(`SMTP refused attempt ${attempts}`);
      },
    };
    await runJobs(workerA, [job], fast);
    await runJobs(workerB, [job], fast);
    const id = await workerA.send("test-failing", { account: "x" });
    await until(async () => (await getJobState(id!))?.state === "failed");
    expect(attempts).toBe(2);
    await until(async () => (await db.select().from(notifications)).length > 0);
    const rows = await db.select().from(notifications);
    expect(rows.map((n) => [n.userId, n.kind, n.params, n.link])).toEqual([
      [admin.id, "jobFailed", { queue: "test-failing" }, "/admin/jobs"],
    ]);
    expect(rows.some((n) => n.userId === director.id)).toBe(false);
    const failed = await listFailedJobs();
    expect(failed.find((f) => f.id === id)).toMatchObject({
      name: "test-failing",
      error: "SMTP refused attempt 2",
      data: { account: "x" },
    });
  });
});

describe("retrying a failed job from the admin page", () => {
  async function failedJob() {
    const job: JobDefinition = {
      name: "test-retry",
      queue: { retryLimit: 0 },
      run: async (data: { ok?: boolean }) => {
        if (!data.ok) throw new Error("not yet");
      },
    };
    await runJobs(workerA, [job as JobDefinition<never>], fast);
    const id = (await workerA.send("test-retry", {}))!;
    await until(async () => (await getJobState(id))?.state === "failed");
    return id;
  }

  test("an admin puts a failed job back in its queue; the retry is audited", async () => {
    const id = await failedJob();
    const admin = await createUser("admin");
    signInAs(admin.id);
    expect(await retryJobAction({ id })).toEqual({ ok: true, data: { id, queue: "test-retry" } });
    // It ran again (and failed again: the handler still refuses), one attempt more.
    await until(async () => {
      const job = (await listFailedJobs()).find((f) => f.id === id);
      return job?.retryCount === 1;
    });
    const [audit] = await db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(audit).toMatchObject({ actorId: admin.id, entity: "job", action: "retry" });
    // A job that is not failed cannot be retried.
    const done = (await workerA.send("test-retry", { ok: true }))!;
    await until(async () => (await getJobState(done))?.state === "completed");
    expect(await retryJobAction({ id: done })).toMatchObject({ ok: false, error: "conflict" });
    expect(await retryJobAction({ id: crypto.randomUUID() })).toMatchObject({
      error: "not_found",
    });
  });

  test("every other role and a signed-out caller are refused and the job stays failed", async () => {
    const id = await failedJob();
    expect(await retryJobAction({ id })).toMatchObject({ ok: false, error: "unauthenticated" });
    for (const role of ["director", "manager", "executive"] as const) {
      signInAs((await createUser(role)).id);
      expect(await retryJobAction({ id }), role).toMatchObject({ ok: false, error: "forbidden" });
    }
    expect((await getJobState(id))?.state).toBe("failed");
    expect(await db.select().from(auditLog)).toHaveLength(0);
  });
});

describe("running a scheduled job now from the admin page", () => {
  // The database is shared by the test files and truncateAll leaves pg-boss's schema
  // alone: a run queued by another file (the fuzz test runs "Run now" too) would
  // still be waiting here and make the first run a refusal.
  beforeEach(async () => {
    await workerA.deleteAllJobs("housekeeping").catch(() => null);
  });

  test("an admin queues one run; a second while it waits is refused; the run is audited and done", async () => {
    // No instance works the queue yet, so the first run waits.
    const admin = await createUser("admin");
    signInAs(admin.id);
    const first = await runJobNowAction({ queue: "housekeeping" });
    expect(first).toMatchObject({ ok: true, data: { queue: "housekeeping" } });
    const id = first.ok ? first.data.id : "";
    expect((await getJobState(id))?.state).toBe("created");
    expect(await runJobNowAction({ queue: "housekeeping" })).toMatchObject({
      ok: false,
      error: "refused",
      message: "settings.jobs.alreadyQueued",
    });
    const audits = await db.select().from(auditLog).where(eq(auditLog.entity, "job"));
    expect(audits.map((a) => [a.actorId, a.action, a.entityId])).toEqual([[admin.id, "run", id]]);
    await runJobs(workerA, [housekeepingJob as JobDefinition<never>], fast);
    await until(async () => (await getJobState(id))?.state === "completed");
    expect(await runJobNowAction({ queue: "no-such-job" })).toMatchObject({ error: "not_found" });
  });

  test("every other role and a signed-out caller are refused and nothing is queued", async () => {
    const queued = async () =>
      (await jobCounts()).filter((c) => c.name === "housekeeping").reduce((n, c) => n + c.count, 0);
    const before = await queued();
    expect(await runJobNowAction({ queue: "housekeeping" })).toMatchObject({
      ok: false,
      error: "unauthenticated",
    });
    for (const role of ["director", "manager", "executive"] as const) {
      signInAs((await createUser(role)).id);
      expect(await runJobNowAction({ queue: "housekeeping" }), role).toMatchObject({
        ok: false,
        error: "forbidden",
      });
    }
    expect(await db.select().from(auditLog)).toHaveLength(0);
    expect(await queued()).toBe(before);
  });
});

test("getBoss starts one pg-boss per process and reuses it", async () => {
  const [a, b] = await Promise.all([getBoss(), getBoss()]);
  expect(a).toBe(b);
});
