import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, test } from "vitest";
import { db } from "@/db";
import { getExpectedDays } from "@/db/queries/stage-settings";
import { listAccounts } from "@/db/queries/accounts-search";
import { accounts, auditLog, stageSettings } from "@/db/schema";
import { createUser, truncateAll } from "@/db/testing/fixtures";
import { signInAs } from "@/db/testing/session";
import { saveStageSettingAction } from "./actions";

beforeEach(async () => {
  await truncateAll();
  signInAs(null);
});

const DAY = 24 * 60 * 60 * 1000;

describe("stage time limits", () => {
  test("an admin sets a limit; it replaces the default and leaves an audit row", async () => {
    const admin = await createUser("admin");
    signInAs(admin.id);
    expect((await getExpectedDays()).scope).toBe(14);
    const result = await saveStageSettingAction({ stage: "scope", expectedDays: "21", version: 0 });
    expect(result).toMatchObject({ ok: true, data: { version: 1, expectedDays: 21 } });
    expect((await getExpectedDays()).scope).toBe(21);
    const cleared = await saveStageSettingAction({ stage: "scope", expectedDays: "", version: 1 });
    expect(cleared).toMatchObject({ ok: true, data: { version: 2, expectedDays: null } });
    expect((await getExpectedDays()).scope).toBeNull();
    const audit = await db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entity, "stageSetting"))
      .orderBy(auditLog.id);
    expect(audit.map((a) => [a.actorId, a.before, a.after])).toEqual([
      [admin.id, { expectedDays: 14 }, { expectedDays: 21 }],
      [admin.id, { expectedDays: 21 }, { expectedDays: null }],
    ]);
  });

  test("is refused for every other role and for a signed-out caller", async () => {
    const input = { stage: "scope" as const, expectedDays: 3, version: 0 };
    expect(await saveStageSettingAction(input)).toMatchObject({ error: "unauthenticated" });
    for (const role of ["director", "manager", "executive"] as const) {
      signInAs((await createUser(role)).id);
      expect(await saveStageSettingAction(input), role).toMatchObject({ error: "forbidden" });
    }
    expect(await db.select().from(stageSettings)).toHaveLength(0);
  });

  test("a stale version is a conflict, also for two first saves", async () => {
    signInAs((await createUser("admin")).id);
    await saveStageSettingAction({ stage: "evaluation", expectedDays: 10, version: 0 });
    const stale = await saveStageSettingAction({
      stage: "evaluation",
      expectedDays: 5,
      version: 0,
    });
    expect(stale).toMatchObject({
      ok: false,
      error: "conflict",
      message: "common.errors.conflict",
    });
    expect((await getExpectedDays()).evaluation).toBe(10);
  });

  test("rejects days out of range beside the field, and outcome stages", async () => {
    signInAs((await createUser("admin")).id);
    const result = await saveStageSettingAction({ stage: "scope", expectedDays: "0", version: 0 });
    expect(result).toMatchObject({
      error: "validation",
      fieldErrors: { expectedDays: ["invalidDays"] },
    });
    const outcome = await saveStageSettingAction({
      stage: "dropped" as never,
      expectedDays: 3,
      version: 0,
    });
    expect(outcome).toMatchObject({ error: "validation" });
  });

  test("lowering a limit makes an account overdue in the account list", async () => {
    const admin = await createUser("admin");
    signInAs(admin.id);
    const [account] = await db
      .insert(accounts)
      .values({
        code: "i010101",
        name: "华东涂料",
        ownerId: admin.id,
        stage: "stakeholders",
        stageEnteredAt: new Date(Date.now() - 5 * DAY),
      })
      .returning();
    const overdue = async () =>
      (await listAccounts({ actor: admin, filters: { overdue: true } })).rows.map((r) => r.id);
    expect(await overdue()).toEqual([]);
    await saveStageSettingAction({ stage: "stakeholders", expectedDays: 3, version: 0 });
    expect(await overdue()).toEqual([account!.id]);
    await saveStageSettingAction({ stage: "stakeholders", expectedDays: "", version: 1 });
    expect(await overdue()).toEqual([]);
  });
});
