import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, test } from "vitest";
import { db } from "@/db";
import { accounts, auditLog, returnVisitTriggers, tasks } from "@/db/schema";
import { createUser, truncateAll } from "@/db/testing/fixtures";
import { signInAs } from "@/db/testing/session";
import type { ActivityFields } from "@/lib/validations/activity";
import {
  createActivityAction,
  updateActivityAction,
} from "@/app/(app)/accounts/[id]/activity-actions";
import { moveStageAction } from "@/app/(app)/accounts/stage-actions";
import { createTriggeredTask } from "./triggered";

let ownerId: string;
let accountId: string;
const at = new Date("2026-03-02T02:00:00Z"); // Monday 10:00 in Shanghai
const sourceId = "00000000-0000-4000-8000-000000000001";

beforeEach(async () => {
  await truncateAll();
  ownerId = (await createUser("manager")).id;
  const [account] = await db
    .insert(accounts)
    .values({ code: "i010101", name: "上海华东涂料有限公司", ownerId })
    .returning();
  accountId = account!.id;
});

const trigger = (key = "account_entered_execution") =>
  db.transaction((tx) => createTriggeredTask(tx, key, { accountId, sourceId, at }));

describe("createTriggeredTask", () => {
  test("creates one open return visit for the owner, due 7 days later, with an audit row", async () => {
    const task = await trigger();
    expect(task).toMatchObject({
      kind: "return_visit",
      status: "open",
      assigneeId: ownerId,
      dueDate: "2026-03-09",
      windowEndsOn: "2026-03-09",
      triggerKey: "account_entered_execution",
      sourceId,
    });
    const audit = await db.select().from(auditLog).where(eq(auditLog.accountId, accountId));
    expect(audit.map((a) => [a.entity, a.action])).toEqual([["task", "create"]]);
  });

  test("the same event twice, even at once, makes one task", async () => {
    const results = await Promise.all([trigger(), trigger()]);
    expect(results.filter((r) => r !== null)).toHaveLength(1);
    expect(await trigger()).toBeNull();
    expect(await db.select().from(tasks)).toHaveLength(1);
    // A different trigger on the same source is its own event.
    expect((await trigger("visit_logged"))?.triggerKey).toBe("visit_logged");
  });

  test("uses the trigger's saved window, and a switched-off trigger creates nothing", async () => {
    await db.insert(returnVisitTriggers).values([
      { key: "visit_logged", windowDays: 3 },
      { key: "reception_logged", windowDays: 7, enabled: false },
    ]);
    expect((await trigger("visit_logged"))?.dueDate).toBe("2026-03-05");
    expect(await trigger("reception_logged")).toBeNull();
    expect(await trigger("no_such_trigger")).toBeNull();
    expect(await db.select().from(tasks)).toHaveLength(1);
  });
});

describe("the triggers wired into actions", () => {
  const activity = (extra: Partial<ActivityFields> = {}): ActivityFields => ({
    type: "visit",
    occurredAt: "2026-03-02T10:00",
    subject: "上门拜访",
    content: "",
    outcome: "",
    nextFollowUp: "",
    contactIds: [],
    participantIds: [],
    ...extra,
  });
  const accountTasks = () => db.select().from(tasks).where(eq(tasks.accountId, accountId));

  test("moving an account into execution creates one return visit per entry", async () => {
    const director = await createUser("director");
    await db.update(accounts).set({ stage: "cost_plan" }).where(eq(accounts.id, accountId));
    signInAs(director.id);
    const result = await moveStageAction({
      id: accountId,
      from: "cost_plan",
      to: "execution",
      reason: "客户已下单",
      override: true,
    });
    expect(result).toMatchObject({ ok: true });
    expect(await accountTasks()).toMatchObject([
      { kind: "return_visit", triggerKey: "account_entered_execution", assigneeId: ownerId },
    ]);
  });

  test("a visit or reception logged creates a return visit; a call does not", async () => {
    signInAs(ownerId);
    const visit = await createActivityAction({ accountId, fields: activity() });
    await createActivityAction({ accountId, fields: activity({ type: "reception" }) });
    await createActivityAction({ accountId, fields: activity({ type: "call" }) });
    const rows = await accountTasks();
    expect(rows.map((r) => r.triggerKey).sort()).toEqual(["reception_logged", "visit_logged"]);
    // Due 7 days after the visit happened (10:00 on 03-02 in Shanghai).
    const fromVisit = rows.find((r) => r.sourceId === (visit.ok && visit.data.id));
    expect(fromVisit).toMatchObject({ dueDate: "2026-03-09", windowEndsOn: "2026-03-09" });
  });

  test("a next follow-up date makes a follow-up; editing it moves it; clearing it cancels it", async () => {
    signInAs(ownerId);
    const created = await createActivityAction({
      accountId,
      fields: activity({ type: "call", nextFollowUp: "2026-03-10" }),
    });
    if (!created.ok) throw new Error(JSON.stringify(created));
    const followUp = async () => (await accountTasks()).filter((t) => t.kind === "follow_up");
    expect(await followUp()).toMatchObject([
      { status: "open", dueDate: "2026-03-10", assigneeId: ownerId, title: "上门拜访" },
    ]);
    const edit = (version: number, nextFollowUp: string) =>
      updateActivityAction({
        id: created.data.id,
        version,
        fields: activity({ type: "call", nextFollowUp }),
      });
    expect(await edit(1, "2026-03-12")).toMatchObject({ ok: true });
    expect(await followUp()).toMatchObject([{ status: "open", dueDate: "2026-03-12" }]);
    expect(await edit(2, "")).toMatchObject({ ok: true });
    expect(await followUp()).toMatchObject([{ status: "cancelled" }]);
    expect(await edit(3, "2026-03-20")).toMatchObject({ ok: true });
    expect(await followUp()).toMatchObject([{ status: "open", dueDate: "2026-03-20" }]);
  });

  test("moving or reopening a follow-up re-arms its reminder and overdue notice", async () => {
    signInAs(ownerId);
    const created = await createActivityAction({
      accountId,
      fields: activity({ type: "call", nextFollowUp: "2026-03-10" }),
    });
    if (!created.ok) throw new Error(JSON.stringify(created));
    const notified = () =>
      db
        .update(tasks)
        .set({ remindedAt: at, overdueNotifiedAt: at })
        .where(eq(tasks.accountId, accountId));
    const edit = (version: number, nextFollowUp: string) =>
      updateActivityAction({
        id: created.data.id,
        version,
        fields: activity({ type: "call", nextFollowUp }),
      });
    const armed = { status: "open", remindedAt: null, overdueNotifiedAt: null };
    await notified();
    expect(await edit(1, "2026-03-12")).toMatchObject({ ok: true });
    expect(await accountTasks()).toMatchObject([{ ...armed, dueDate: "2026-03-12" }]);
    await notified();
    expect(await edit(2, "")).toMatchObject({ ok: true });
    expect(await edit(3, "2026-03-12")).toMatchObject({ ok: true });
    expect(await accountTasks()).toMatchObject([{ ...armed, dueDate: "2026-03-12" }]);
  });
});
