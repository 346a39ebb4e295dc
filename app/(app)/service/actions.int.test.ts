import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, test } from "vitest";
import { db } from "@/db";
import {
  accounts,
  auditLog,
  escalationLog,
  escalationSteps,
  serviceRequests,
  stakeholders,
  tasks,
} from "@/db/schema";
import { seedBuiltIns } from "@/db/seed/built-ins";
import { createUser, truncateAll } from "@/db/testing/fixtures";
import { signInAs } from "@/db/testing/session";
import { localDateTimeOf } from "@/lib/activities/local-time";
import type { ServiceFields } from "@/lib/validations/service";
import { createServiceRequestAction, updateServiceRequestAction } from "./request-actions";
import {
  acknowledgeEscalationAction,
  changeServicePriorityAction,
  changeServiceStatusAction,
  reassignServiceRequestAction,
} from "./workflow-actions";

type User = Awaited<ReturnType<typeof createUser>>;
let owner: User;
let other: User;
let director: User;
let executive: User;
let accountId: string;
let contactId: string;
let serial = 0;

const fields = (extra: Partial<ServiceFields> = {}): ServiceFields => ({
  subject: "涂层起泡投诉",
  product: "水性面漆",
  contactId,
  channel: "phone",
  type: "complaint",
  description: "客户反映第二批货涂层起泡",
  resolution: "",
  ...extra,
});
const hourAgo = () => localDateTimeOf(new Date(Date.now() - 3600_000), "Asia/Shanghai");

async function create(userId: string, extra: Partial<ServiceFields> = {}) {
  signInAs(userId);
  return createServiceRequestAction({
    accountId,
    receivedAt: hourAgo(),
    priority: "normal",
    fields: fields(extra),
  });
}
async function created(extra: Partial<ServiceFields> = {}) {
  const result = await create(owner.id, extra);
  if (!result.ok) throw new Error(`create failed: ${JSON.stringify(result)}`);
  return result.data.id;
}
const row = async (id: string) =>
  (await db.select().from(serviceRequests).where(eq(serviceRequests.id, id)))[0]!;

beforeEach(async () => {
  await truncateAll();
  await seedBuiltIns(db);
  signInAs(null);
  [owner, other, director, executive] = await Promise.all([
    createUser("manager"),
    createUser("manager"),
    createUser("director"),
    createUser("executive"),
  ]);
  const [account] = await db
    .insert(accounts)
    .values({ code: `n0102${++serial}`, name: "北京华彩涂料有限公司", ownerId: owner.id })
    .returning();
  accountId = account!.id;
  const [contact] = await db
    .insert(stakeholders)
    .values({ accountId, side: "customer", name: "刘建国", decisionRole: "decision_maker" })
    .returning();
  contactId = contact!.id;
});

describe("creating a service request", () => {
  test("the owner logs a complaint: owner is the account's manager, SLA budget from the policy, audited", async () => {
    const id = await created();
    const request = await row(id);
    // Complaint × normal: 2 h to first response, 14 h to resolve (seeded policy).
    expect(request).toMatchObject({
      status: "new",
      ownerId: owner.id,
      contactId,
      slaFirstResponseHours: 2,
      slaResolutionHours: 14,
      slaUsedSeconds: 0,
      createdById: owner.id,
    });
    expect(request.slaRunningSince).toEqual(request.receivedAt);
    expect(request.resolutionDueAt!.getTime()).toBeGreaterThan(request.receivedAt.getTime());
    expect(request.nextEscalationAt).not.toBeNull();
    const [entry] = await db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(entry).toMatchObject({ entity: "serviceRequest", action: "create", actorId: owner.id });
  });

  test("another manager is told the account does not exist; an executive may not log one", async () => {
    const refusedOther = await create(other.id);
    expect(refusedOther).toMatchObject({ ok: false, error: "not_found" });
    const refusedExec = await create(executive.id);
    expect(refusedExec).toMatchObject({ ok: false, error: "forbidden" });
    expect(await db.select().from(serviceRequests)).toHaveLength(0);
  });

  test("a contact of another account and a time in the future are refused beside their fields", async () => {
    const [stranger] = await db
      .insert(accounts)
      .values({ code: "n0109999", name: "别家", ownerId: other.id })
      .returning();
    const [foreign] = await db
      .insert(stakeholders)
      .values({ accountId: stranger!.id, side: "customer", name: "王", decisionRole: "user" })
      .returning();
    const result = await create(owner.id, { contactId: foreign!.id });
    expect(result).toMatchObject({ fieldErrors: { "fields.contactId": ["contactNotOnAccount"] } });
    signInAs(owner.id);
    const future = await createServiceRequestAction({
      accountId,
      receivedAt: localDateTimeOf(new Date(Date.now() + 86_400_000), "Asia/Shanghai"),
      priority: "normal",
      fields: fields(),
    });
    expect(future).toMatchObject({ fieldErrors: { receivedAt: ["receivedInFuture"] } });
  });
});

describe("working a request", () => {
  test("status moves along the transitions; waiting pauses the clock; resolving needs a resolution", async () => {
    const id = await created();
    signInAs(owner.id);
    const ack = await changeServiceStatusAction({ id, version: 1, status: "acknowledged" });
    expect(ack).toMatchObject({ ok: true });
    expect((await row(id)).firstRespondedAt).not.toBeNull();
    await changeServiceStatusAction({ id, version: 2, status: "waiting_on_customer" });
    const waiting = await row(id);
    expect(waiting).toMatchObject({ slaRunningSince: null, resolutionDueAt: null });
    expect(waiting.pausedSince).not.toBeNull();
    expect(waiting.nextEscalationAt).toBeNull();

    const skip = await changeServiceStatusAction({ id, version: 3, status: "closed" });
    expect(skip).toMatchObject({
      ok: false,
      error: "refused",
      message: "service.errors.transition",
    });
    const bare = await changeServiceStatusAction({ id, version: 3, status: "resolved" });
    expect(bare).toMatchObject({ fieldErrors: { resolution: ["resolutionRequired"] } });
    const resolved = await changeServiceStatusAction({
      id,
      version: 3,
      status: "resolved",
      resolution: "更换批次并上门复涂",
    });
    expect(resolved).toMatchObject({ ok: true });
    expect(await row(id)).toMatchObject({ status: "resolved", resolution: "更换批次并上门复涂" });
    const changes = await db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, "changeStatus"))
      .orderBy(auditLog.id);
    expect(changes.map((c) => [c.actorId, (c.after as { status: string }).status])).toEqual([
      [owner.id, "acknowledged"],
      [owner.id, "waiting_on_customer"],
      [owner.id, "resolved"],
    ]);
  });

  test("closing a complaint creates one return visit for the account's owner; reopen and close again does not add one", async () => {
    const id = await created({ resolution: "已处理" });
    signInAs(owner.id);
    await changeServiceStatusAction({ id, version: 1, status: "resolved" });
    await changeServiceStatusAction({ id, version: 2, status: "closed" });
    await changeServiceStatusAction({ id, version: 3, status: "in_progress" });
    const reopened = await row(id);
    expect(reopened).toMatchObject({ status: "in_progress", closedAt: null, resolvedAt: null });
    await changeServiceStatusAction({ id, version: 4, status: "resolved" });
    await changeServiceStatusAction({ id, version: 5, status: "closed" });
    const visits = await db.select().from(tasks).where(eq(tasks.accountId, accountId));
    expect(visits.map((t) => [t.kind, t.triggerKey, t.sourceId, t.assigneeId])).toEqual([
      ["return_visit", "complaint_closed", id, owner.id],
    ]);
  });

  test("an enquiry closed makes no return visit", async () => {
    const id = await created({ type: "enquiry", resolution: "已答复" });
    signInAs(owner.id);
    await changeServiceStatusAction({ id, version: 1, status: "resolved" });
    await changeServiceStatusAction({ id, version: 2, status: "closed" });
    expect(await db.select().from(tasks)).toHaveLength(0);
  });

  test("a priority change takes the new budget and keeps the used time; a stale version is a conflict", async () => {
    const id = await created();
    signInAs(owner.id);
    const result = await changeServicePriorityAction({ id, version: 1, priority: "urgent" });
    expect(result).toMatchObject({ ok: true });
    const request = await row(id);
    expect(request).toMatchObject({ priority: "urgent", slaResolutionHours: 4, version: 2 });
    expect(request.slaUsedSeconds).toBeGreaterThanOrEqual(0);
    const stale = await changeServicePriorityAction({ id, version: 1, priority: "low" });
    expect(stale).toMatchObject({ ok: false, error: "conflict" });
  });

  test("another manager is told a request does not exist and an executive may not change status or priority; nothing is written", async () => {
    const id = await created();
    const audits = async () =>
      (await db.select().from(auditLog).where(eq(auditLog.entityId, id))).length;
    const auditsBefore = await audits();
    const attempts = () => [
      changeServiceStatusAction({ id, version: 1, status: "acknowledged" }),
      changeServicePriorityAction({ id, version: 1, priority: "urgent" }),
    ];
    signInAs(other.id);
    for (const result of await Promise.all(attempts()))
      expect(result).toMatchObject({ ok: false, error: "not_found" });
    signInAs(executive.id);
    for (const result of await Promise.all(attempts()))
      expect(result).toMatchObject({ ok: false, error: "forbidden" });
    expect(await row(id)).toMatchObject({ status: "new", priority: "normal", version: 1 });
    expect(await audits()).toBe(auditsBefore);
  });

  test("editing the fields is audited with what changed; a colleague is told it does not exist", async () => {
    const id = await created();
    signInAs(owner.id);
    const ok = await updateServiceRequestAction({
      id,
      version: 1,
      fields: fields({ subject: "第二批涂层起泡" }),
    });
    expect(ok).toMatchObject({ ok: true });
    signInAs(other.id);
    const refused = await updateServiceRequestAction({ id, version: 2, fields: fields() });
    expect(refused).toMatchObject({ ok: false, error: "not_found" });
    expect((await row(id)).subject).toBe("第二批涂层起泡");
  });
});

describe("reassigning", () => {
  test("the director hands a request to another manager, who may then work it", async () => {
    const id = await created();
    signInAs(director.id);
    const result = await reassignServiceRequestAction({ id, version: 1, ownerId: other.id });
    expect(result).toMatchObject({ ok: true });
    signInAs(other.id);
    const worked = await changeServiceStatusAction({ id, version: 2, status: "acknowledged" });
    expect(worked).toMatchObject({ ok: true });
  });

  test("only to an active manager; the manager it was handed to cannot hand it on", async () => {
    const id = await created();
    signInAs(director.id);
    const toExec = await reassignServiceRequestAction({ id, version: 1, ownerId: executive.id });
    expect(toExec).toMatchObject({ fieldErrors: { ownerId: ["ownerNotManager"] } });
    await reassignServiceRequestAction({ id, version: 1, ownerId: other.id });
    signInAs(other.id);
    const onward = await reassignServiceRequestAction({ id, version: 2, ownerId: owner.id });
    expect(onward).toMatchObject({ ok: false, error: "forbidden" });
    expect((await row(id)).ownerId).toBe(other.id);
  });
});

describe("acknowledging an escalation", () => {
  async function fired(target: "owner" | "director", notified: string[]) {
    const id = await created();
    const [step] = await db
      .select()
      .from(escalationSteps)
      .where(eq(escalationSteps.target, target));
    const [entry] = await db
      .insert(escalationLog)
      .values({
        requestId: id,
        accountId,
        stepId: step!.id,
        target,
        firedAt: new Date(),
        usedSeconds: 3600,
        notifiedUserIds: notified,
      })
      .returning();
    return entry!.id;
  }

  test("whoever was notified acknowledges it once; a second time is refused", async () => {
    const entryId = await fired("director", [director.id]);
    signInAs(director.id);
    expect(await acknowledgeEscalationAction({ id: entryId })).toMatchObject({ ok: true });
    const [entry] = await db.select().from(escalationLog).where(eq(escalationLog.id, entryId));
    expect(entry!.acknowledgedById).toBe(director.id);
    const again = await acknowledgeEscalationAction({ id: entryId });
    expect(again).toMatchObject({ ok: false, error: "refused" });
  });

  test("an executive not notified may not; a manager of another account is told it does not exist", async () => {
    const entryId = await fired("owner", [owner.id]);
    signInAs(executive.id);
    expect(await acknowledgeEscalationAction({ id: entryId })).toMatchObject({
      ok: false,
      error: "forbidden",
    });
    signInAs(other.id);
    expect(await acknowledgeEscalationAction({ id: entryId })).toMatchObject({
      ok: false,
      error: "not_found",
    });
    const [entry] = await db.select().from(escalationLog).where(eq(escalationLog.id, entryId));
    expect(entry!.acknowledgedAt).toBeNull();
  });
});
