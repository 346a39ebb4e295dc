import { beforeEach, describe, expect, test } from "vitest";
import { db } from "@/db";
import { listTriggerSettings } from "@/db/queries/tasks";
import { auditLog, returnVisitTriggers } from "@/db/schema";
import { createUser, truncateAll } from "@/db/testing/fixtures";
import { signInAs } from "@/db/testing/session";
import { saveReturnVisitTriggerAction } from "./trigger-actions";

beforeEach(async () => {
  await truncateAll();
  signInAs(null);
});

const save = (userId: string, extra: Record<string, unknown> = {}) => {
  signInAs(userId);
  return saveReturnVisitTriggerAction({
    key: "reception_logged",
    windowDays: "5",
    enabled: "true",
    version: 0,
    ...extra,
  });
};

describe("saveReturnVisitTriggerAction", () => {
  test("an admin changes a trigger's window and switches it off; audited; a stale version conflicts", async () => {
    const admin = await createUser("admin");
    expect(await save(admin.id)).toMatchObject({ ok: true, data: { version: 1, windowDays: 5 } });
    expect(await save(admin.id, { version: 1, enabled: "false" })).toMatchObject({
      ok: true,
      data: { version: 2, enabled: false },
    });
    expect(await save(admin.id, { version: 1 })).toMatchObject({ ok: false, error: "conflict" });
    const settings = await listTriggerSettings();
    expect(settings.find((s) => s.key === "reception_logged")).toMatchObject({
      windowDays: 5,
      enabled: false,
    });
    expect(settings.find((s) => s.key === "visit_logged")).toMatchObject({
      windowDays: 7,
      enabled: true,
      version: 0,
    });
    const audit = await db.select().from(auditLog);
    expect(audit.map((a) => [a.entity, a.action])).toEqual([
      ["returnVisitTrigger", "update"],
      ["returnVisitTrigger", "update"],
    ]);
  });

  test("directors, managers and executives are forbidden", async () => {
    for (const role of ["director", "manager", "executive"] as const) {
      const user = await createUser(role);
      expect(await save(user.id)).toMatchObject({ ok: false, error: "forbidden" });
    }
    expect(await db.select().from(returnVisitTriggers)).toEqual([]);
  });

  test("a window outside 1–90 days or an unknown trigger is a field error", async () => {
    const admin = await createUser("admin");
    expect(await save(admin.id, { windowDays: "0" })).toMatchObject({
      ok: false,
      fieldErrors: { windowDays: ["windowRange"] },
    });
    expect(await save(admin.id, { windowDays: "91", key: "order_shipped" })).toMatchObject({
      ok: false,
      fieldErrors: { windowDays: ["windowRange"], key: ["invalid"] },
    });
  });
});
