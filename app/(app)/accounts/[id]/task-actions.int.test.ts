import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, test } from "vitest";
import { db } from "@/db";
import { listAccountTasks } from "@/db/queries/tasks";
import { accounts, accountTeam, auditLog, notifications, stakeholders, tasks } from "@/db/schema";
import { createUser, truncateAll } from "@/db/testing/fixtures";
import { signInAs } from "@/db/testing/session";
import { env } from "@/lib/env";
import { addDays, todayIn } from "@/lib/dates";
import {
  cancelTaskAction,
  completeReturnVisitAction,
  completeTaskAction,
  createFollowUpAction,
  rescheduleTaskAction,
} from "./task-actions";

type User = Awaited<ReturnType<typeof createUser>>;
let owner: User, other: User, director: User, executive: User, member: User;
let accountId: string;
let contactId: string;
let serial = 0;
const today = () => todayIn(env.PCRM_TIME_ZONE, new Date());

async function returnVisit(over: Partial<typeof tasks.$inferInsert> = {}) {
  const [task] = await db
    .insert(tasks)
    .values({
      kind: "return_visit",
      accountId,
      assigneeId: owner.id,
      windowStart: new Date(),
      windowEndsOn: addDays(today(), 7),
      dueDate: addDays(today(), 7),
      triggerKey: "visit_logged",
      sourceId: crypto.randomUUID(),
      ...over,
    })
    .returning();
  return task!;
}
const followUp = (over: Partial<typeof tasks.$inferInsert> = {}) =>
  returnVisit({ kind: "follow_up", title: "寄送样品", triggerKey: null, sourceId: null, ...over });
const reload = async (id: string) => (await db.select().from(tasks).where(eq(tasks.id, id)))[0]!;

const outcome = {
  method: "phone" as const,
  contactId: "",
  satisfaction: "5",
  notes: "客户对样品满意",
};
async function complete(userId: string, task: { id: string; version: number }, extra = {}) {
  signInAs(userId);
  return completeReturnVisitAction({
    id: task.id,
    version: task.version,
    fields: { ...outcome, contactId, ...extra },
  });
}

beforeEach(async () => {
  await truncateAll();
  signInAs(null);
  [owner, other, director, executive, member] = await Promise.all([
    createUser("manager"),
    createUser("manager"),
    createUser("director"),
    createUser("executive"),
    createUser("manager"),
  ]);
  const [account] = await db
    .insert(accounts)
    .values({ code: `i0101${++serial}`, name: "南京华东涂料有限公司", ownerId: owner.id })
    .returning();
  accountId = account!.id;
  await db.insert(accountTeam).values({ accountId, userId: member.id });
  const [contact] = await db
    .insert(stakeholders)
    .values({ accountId, side: "customer", name: "刘建国", decisionRole: "decision_maker" })
    .returning();
  contactId = contact!.id;
});

describe("completeReturnVisitAction", () => {
  test("the owner completes a return visit with method, contact, satisfaction and notes; audited", async () => {
    const task = await returnVisit();
    expect(await complete(owner.id, task)).toMatchObject({ ok: true });
    expect(await reload(task.id)).toMatchObject({
      status: "done",
      method: "phone",
      contactId,
      satisfaction: 5,
      completionNotes: "客户对样品满意",
      completedById: owner.id,
      version: 2,
    });
    const audit = await db.select().from(auditLog).where(eq(auditLog.entityId, task.id));
    expect(audit.map((a) => a.action)).toEqual(["complete"]);
    expect(audit[0]!.after).toMatchObject({ method: "phone", satisfaction: 5, status: "done" });
  });

  test("a director may; another manager gets not_found; an executive forbidden", async () => {
    const task = await returnVisit();
    expect(await complete(other.id, task)).toMatchObject({ ok: false, error: "not_found" });
    expect(await complete(executive.id, task)).toMatchObject({ ok: false, error: "forbidden" });
    expect((await reload(task.id)).status).toBe("open");
    expect(await complete(director.id, task)).toMatchObject({ ok: true });
  });

  test("its assignee may complete it even when not on the account's team", async () => {
    const task = await returnVisit({ assigneeId: other.id });
    expect(await complete(other.id, task)).toMatchObject({ ok: true });
  });

  test("bad input is refused beside each field, nothing is written", async () => {
    const task = await returnVisit();
    const result = await complete(owner.id, task, {
      method: "fax",
      contactId: "",
      satisfaction: "6",
    });
    expect(result).toMatchObject({
      ok: false,
      error: "validation",
      fieldErrors: {
        "fields.method": ["required"],
        "fields.contactId": ["required"],
        "fields.satisfaction": ["satisfactionRange"],
      },
    });
    const [foreign] = await db
      .insert(stakeholders)
      .values({ accountId, side: "ours", name: "王工", decisionRole: "specialist" })
      .returning();
    expect(await complete(owner.id, task, { contactId: foreign!.id })).toMatchObject({
      ok: false,
      fieldErrors: { "fields.contactId": ["contactNotOnAccount"] },
    });
    expect((await reload(task.id)).status).toBe("open");
  });

  test("a stale version is a conflict; a done return visit cannot be completed again", async () => {
    const task = await returnVisit();
    expect(await complete(owner.id, { ...task, version: 5 })).toMatchObject({
      ok: false,
      error: "conflict",
    });
    expect(await complete(owner.id, task)).toMatchObject({ ok: true });
    expect(await complete(owner.id, { ...task, version: 2 })).toMatchObject({
      ok: false,
      error: "refused",
      message: "account.tasks.errors.notOpen",
    });
  });
});

describe("completeTaskAction", () => {
  test("a follow-up is completed by its assignee; a return visit needs its outcome", async () => {
    const task = await followUp({ assigneeId: member.id });
    signInAs(member.id);
    expect(
      await completeTaskAction({ id: task.id, version: 1, fields: { notes: "已寄出" } }),
    ).toMatchObject({ ok: true });
    expect(await reload(task.id)).toMatchObject({ status: "done", completedById: member.id });
    const visit = await returnVisit();
    signInAs(owner.id);
    expect(
      await completeTaskAction({ id: visit.id, version: 1, fields: { notes: "" } }),
    ).toMatchObject({ ok: false, error: "refused", message: "account.tasks.errors.needsOutcome" });
  });

  test("another manager gets not_found, an executive forbidden", async () => {
    const task = await followUp();
    for (const [user, error] of [
      [other, "not_found"],
      [executive, "forbidden"],
    ] as const) {
      signInAs(user.id);
      expect(
        await completeTaskAction({ id: task.id, version: 1, fields: { notes: "" } }),
      ).toMatchObject({ ok: false, error });
    }
  });
});

describe("createFollowUpAction", () => {
  const fields = (extra = {}) => ({
    title: "寄送第二批样品",
    notes: "客户要求两种颜色",
    dueDate: addDays(today(), 3),
    assigneeId: member.id,
    ...extra,
  });

  test("the owner assigns a follow-up to a team member; a director may too", async () => {
    signInAs(owner.id);
    const result = await createFollowUpAction({ accountId, fields: fields() });
    expect(result).toMatchObject({ ok: true });
    const [row] = await db.select().from(tasks);
    expect(row).toMatchObject({
      kind: "follow_up",
      status: "open",
      title: "寄送第二批样品",
      assigneeId: member.id,
      dueDate: addDays(today(), 3),
      createdById: owner.id,
    });
    signInAs(director.id);
    expect(
      await createFollowUpAction({ accountId, fields: fields({ assigneeId: owner.id }) }),
    ).toMatchObject({ ok: true });
  });

  test("the assignee hears of a follow-up someone else gave them; assigning oneself notifies nobody", async () => {
    signInAs(owner.id);
    await createFollowUpAction({ accountId, fields: fields() });
    await createFollowUpAction({ accountId, fields: fields({ assigneeId: owner.id }) });
    const rows = await db.select().from(notifications);
    expect(rows.map((n) => [n.userId, n.kind, n.params, n.link])).toEqual([
      [
        member.id,
        "taskAssigned",
        {
          taskKind: "follow_up",
          account: expect.any(String),
          due: addDays(today(), 3),
          by: owner.name,
        },
        `/accounts/${accountId}?tab=tasks`,
      ],
    ]);
  });

  test("another manager gets not_found; an executive forbidden", async () => {
    signInAs(other.id);
    expect(await createFollowUpAction({ accountId, fields: fields() })).toMatchObject({
      ok: false,
      error: "not_found",
    });
    signInAs(executive.id);
    expect(await createFollowUpAction({ accountId, fields: fields() })).toMatchObject({
      ok: false,
      error: "forbidden",
    });
    expect(await db.select().from(tasks)).toEqual([]);
  });

  test("an assignee off the team, a past or missing date and an empty title are field errors", async () => {
    signInAs(owner.id);
    expect(
      await createFollowUpAction({ accountId, fields: fields({ assigneeId: other.id }) }),
    ).toMatchObject({ ok: false, fieldErrors: { "fields.assigneeId": ["assigneeNotOnTeam"] } });
    expect(
      await createFollowUpAction({ accountId, fields: fields({ dueDate: addDays(today(), -1) }) }),
    ).toMatchObject({ ok: false, fieldErrors: { "fields.dueDate": ["dueInPast"] } });
    expect(
      await createFollowUpAction({ accountId, fields: fields({ dueDate: "", title: " " }) }),
    ).toMatchObject({
      ok: false,
      error: "validation",
      fieldErrors: { "fields.dueDate": ["required"], "fields.title": ["required"] },
    });
    expect(await db.select().from(tasks)).toEqual([]);
  });
});

describe("rescheduleTaskAction and cancelTaskAction", () => {
  test("a reschedule needs a reason, moves the due date (not the window), clears the reminder", async () => {
    const task = await returnVisit({ remindedAt: new Date() });
    signInAs(owner.id);
    const due = addDays(today(), 10);
    expect(
      await rescheduleTaskAction({
        id: task.id,
        version: 1,
        fields: { dueDate: due, reason: " " },
      }),
    ).toMatchObject({ ok: false, fieldErrors: { "fields.reason": ["required"] } });
    expect(
      await rescheduleTaskAction({
        id: task.id,
        version: 1,
        fields: { dueDate: due, reason: "客户出差，下周回来" },
      }),
    ).toMatchObject({ ok: true });
    expect(await reload(task.id)).toMatchObject({
      dueDate: due,
      windowEndsOn: task.windowEndsOn,
      rescheduleReason: "客户出差，下周回来",
      rescheduleCount: 1,
      remindedAt: null,
    });
    const [audit] = await db.select().from(auditLog).where(eq(auditLog.entityId, task.id));
    expect(audit).toMatchObject({ action: "reschedule" });
    expect(audit!.after).toMatchObject({ dueDate: due, reason: "客户出差，下周回来" });
  });

  test("reschedule and cancel: another manager not_found, executive forbidden, director allowed", async () => {
    const task = await followUp();
    const move = (userId: string, version: number) => {
      signInAs(userId);
      return rescheduleTaskAction({
        id: task.id,
        version,
        fields: { dueDate: addDays(today(), 4), reason: "改期" },
      });
    };
    const cancel = (userId: string, version: number) => {
      signInAs(userId);
      return cancelTaskAction({ id: task.id, version, fields: { reason: "客户取消" } });
    };
    expect(await move(other.id, 1)).toMatchObject({ ok: false, error: "not_found" });
    expect(await move(executive.id, 1)).toMatchObject({ ok: false, error: "forbidden" });
    expect(await cancel(other.id, 1)).toMatchObject({ ok: false, error: "not_found" });
    expect(await cancel(executive.id, 1)).toMatchObject({ ok: false, error: "forbidden" });
    expect(await move(director.id, 1)).toMatchObject({ ok: true });
    expect(await cancel(owner.id, 2)).toMatchObject({ ok: true });
    expect((await reload(task.id)).status).toBe("cancelled");
    expect(await move(owner.id, 3)).toMatchObject({ ok: false, error: "refused" });
  });

  test("cancel needs a reason", async () => {
    const task = await followUp();
    signInAs(owner.id);
    expect(
      await cancelTaskAction({ id: task.id, version: 1, fields: { reason: "" } }),
    ).toMatchObject({ ok: false, fieldErrors: { "fields.reason": ["required"] } });
  });
});

describe("listAccountTasks", () => {
  test("owner, team member and leads see the tasks; another manager sees none; open first", async () => {
    const done = await returnVisit({ status: "done", completedAt: new Date() });
    const later = await followUp({ dueDate: addDays(today(), 9) });
    const sooner = await returnVisit({ dueDate: addDays(today(), 2) });
    for (const user of [owner, member, director, executive]) {
      const rows = await listAccountTasks({ actor: user, accountId });
      expect(rows.map((r) => r.task.id)).toEqual([sooner.id, later.id, done.id]);
    }
    expect(await listAccountTasks({ actor: other, accountId })).toEqual([]);
  });
});
