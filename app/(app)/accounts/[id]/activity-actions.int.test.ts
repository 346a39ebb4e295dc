import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, test } from "vitest";
import { db } from "@/db";
import { listActivities } from "@/db/queries/activities";
import { getWorkingCalendar } from "@/db/queries/calendar";
import { accounts, accountTeam, activities, auditLog, stakeholders } from "@/db/schema";
import { createUser, truncateAll } from "@/db/testing/fixtures";
import { signInAs } from "@/db/testing/session";
import { DEFAULT_FILING_LIMIT_HOURS, filingDelayMinutes } from "@/lib/activities/filing";
import { localDateTimeOf } from "@/lib/activities/local-time";
import type { ActivityFields } from "@/lib/validations/activity";
import { saveFilingLimitAction } from "../../admin/stages/filing-actions";
import { createActivityAction, updateActivityAction } from "./activity-actions";

type User = Awaited<ReturnType<typeof createUser>>;
let owner: User;
let accountId: string;
let contactId: string;
let serial = 0;

/** The wall time `days` days ago in Shanghai, as the form's datetime-local sends it. */
const localAgo = (days: number, minutes = 0) =>
  localDateTimeOf(new Date(Date.now() - days * 86_400_000 - minutes * 60_000), "Asia/Shanghai");

const fields = (extra: Partial<ActivityFields> = {}): ActivityFields => ({
  type: "call",
  occurredAt: localAgo(0, 30),
  subject: "电话沟通样品进度",
  content: "客户确认收到样品",
  outcome: "下周安排试用",
  nextFollowUp: "",
  contactIds: [contactId],
  participantIds: [],
  ...extra,
});

async function create(userId: string, extra: Partial<ActivityFields> = {}) {
  signInAs(userId);
  return createActivityAction({ accountId, fields: fields(extra) });
}
async function created(userId: string, extra: Partial<ActivityFields> = {}) {
  const result = await create(userId, extra);
  if (!result.ok) throw new Error(`create failed: ${JSON.stringify(result)}`);
  return result.data.id;
}
const rows = () => db.select().from(activities).where(eq(activities.accountId, accountId));

beforeEach(async () => {
  await truncateAll();
  signInAs(null);
  owner = await createUser("manager");
  const [account] = await db
    .insert(accounts)
    .values({ code: `n0101${++serial}`, name: "北京华彩涂料有限公司", ownerId: owner.id })
    .returning();
  accountId = account!.id;
  const [contact] = await db
    .insert(stakeholders)
    .values({ accountId, side: "customer", name: "刘建国", decisionRole: "decision_maker" })
    .returning();
  contactId = contact!.id;
});

describe("createActivityAction", () => {
  test("the owner logs a call with a contact and a colleague; loggedAt is the server's time; audited", async () => {
    const colleague = await createUser("manager");
    const before = Date.now();
    const id = await created(owner.id, {
      participantIds: [colleague.id],
      nextFollowUp: "2026-12-20",
    });
    const [row] = await rows();
    expect(row).toMatchObject({
      id,
      type: "call",
      subject: "电话沟通样品进度",
      contactIds: [contactId],
      participantIds: [colleague.id],
      nextFollowUp: "2026-12-20",
      loggedById: owner.id,
      filingDelayMinutes: 0,
      version: 1,
    });
    expect(row!.loggedAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
    const [entry] = await db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(entry).toMatchObject({
      entity: "activity",
      action: "create",
      accountId,
      actorId: owner.id,
    });
  });

  test("a team member and a director may log; another manager gets not_found, an executive forbidden", async () => {
    const member = await createUser("manager");
    await db.insert(accountTeam).values({ accountId, userId: member.id });
    const director = await createUser("director");
    await created(member.id);
    await created(director.id);
    const other = await createUser("manager");
    const executive = await createUser("executive");
    expect(await create(other.id)).toMatchObject({ ok: false, error: "not_found" });
    expect(await create(executive.id)).toMatchObject({ ok: false, error: "forbidden" });
    expect(await rows()).toHaveLength(2);
  });

  test("a reception filed late is accepted and carries its delay in working hours", async () => {
    const result = await create(owner.id, { type: "reception", occurredAt: localAgo(20) });
    expect(result).toMatchObject({ ok: true });
    const [row] = await rows();
    const expected = filingDelayMinutes({
      type: "reception",
      occurredAt: row!.occurredAt,
      loggedAt: row!.loggedAt,
      limits: DEFAULT_FILING_LIMIT_HOURS,
      calendar: await getWorkingCalendar(),
    });
    // Twenty days back always spans more than one working week past the two-day limit.
    expect(expected).toBeGreaterThan(5 * 9 * 60);
    expect(row!.filingDelayMinutes).toBe(expected);
    expect(result.ok && result.data.filingDelayMinutes).toBe(expected);
  });

  test("the wall time is read in the organisation's zone (Asia/Shanghai)", async () => {
    await created(owner.id, { occurredAt: "2026-03-02T10:00" });
    const [row] = await rows();
    expect(row!.occurredAt.toISOString()).toBe("2026-03-02T02:00:00.000Z");
  });

  test("a contact from another account or our side is a field error; nothing is written", async () => {
    const [otherAccount] = await db
      .insert(accounts)
      .values({ code: `n0102${++serial}`, name: "上海某公司", ownerId: owner.id })
      .returning();
    const [foreign] = await db
      .insert(stakeholders)
      .values({ accountId: otherAccount!.id, side: "customer", name: "张三", decisionRole: "user" })
      .returning();
    const [ours] = await db
      .insert(stakeholders)
      .values({ accountId, side: "ours", name: "李四", decisionRole: "salesperson" })
      .returning();
    for (const id of [foreign!.id, ours!.id]) {
      expect(await create(owner.id, { contactIds: [id] })).toMatchObject({
        ok: false,
        error: "validation",
        fieldErrors: { "fields.contactIds": ["contactNotOnAccount"] },
      });
    }
    const executive = await createUser("executive");
    expect(await create(owner.id, { participantIds: [executive.id] })).toMatchObject({
      ok: false,
      fieldErrors: { "fields.participantIds": ["participantUnknown"] },
    });
    expect(await rows()).toHaveLength(0);
  });

  test("an activity in the future and a missing subject are field errors", async () => {
    expect(await create(owner.id, { occurredAt: localAgo(-2) })).toMatchObject({
      ok: false,
      fieldErrors: { "fields.occurredAt": ["occurredInFuture"] },
    });
    expect(await create(owner.id, { subject: "  " })).toMatchObject({
      ok: false,
      fieldErrors: { "fields.subject": ["required"] },
    });
    expect(await rows()).toHaveLength(0);
  });
});

describe("updateActivityAction", () => {
  test("the owner edits; the version moves; a stale save is a conflict and changes nothing", async () => {
    const id = await created(owner.id);
    signInAs(owner.id);
    const saved = await updateActivityAction({
      id,
      version: 1,
      fields: fields({ outcome: "客户同意下单" }),
    });
    expect(saved).toMatchObject({ ok: true, data: { version: 2, accountId } });
    const stale = await updateActivityAction({
      id,
      version: 1,
      fields: fields({ outcome: "旧的结果" }),
    });
    expect(stale).toMatchObject({ ok: false, error: "conflict" });
    const [row] = await rows();
    expect(row).toMatchObject({ outcome: "客户同意下单", version: 2 });
    const entries = await db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(entries.map((e) => e.action).sort()).toEqual(["create", "update"]);
    expect(entries.find((e) => e.action === "update")?.after).toMatchObject({
      outcome: "客户同意下单",
    });
  });

  test("the delay is measured from the first filing: moving occurredAt back makes the entry late", async () => {
    const id = await created(owner.id);
    signInAs(owner.id);
    const result = await updateActivityAction({
      id,
      version: 1,
      fields: fields({ occurredAt: localAgo(20) }),
    });
    expect(result.ok && result.data.filingDelayMinutes).toBeGreaterThan(0);
  });

  test("another manager gets not_found, an executive forbidden, a director may edit", async () => {
    const id = await created(owner.id);
    const other = await createUser("manager");
    const executive = await createUser("executive");
    const director = await createUser("director");
    signInAs(other.id);
    expect(await updateActivityAction({ id, version: 1, fields: fields() })).toMatchObject({
      ok: false,
      error: "not_found",
    });
    signInAs(executive.id);
    expect(await updateActivityAction({ id, version: 1, fields: fields() })).toMatchObject({
      ok: false,
      error: "forbidden",
    });
    signInAs(director.id);
    expect(
      await updateActivityAction({ id, version: 1, fields: fields({ subject: "主管补充" }) }),
    ).toMatchObject({ ok: true, data: { version: 2 } });
  });
});

describe("saveFilingLimitAction", () => {
  test("an admin lengthens the reception limit and later filings use it; a director is refused", async () => {
    const director = await createUser("director");
    signInAs(director.id);
    expect(await saveFilingLimitAction({ type: "call", hours: 72, version: 0 })).toMatchObject({
      ok: false,
      error: "forbidden",
    });
    const admin = await createUser("admin");
    signInAs(admin.id);
    expect(await saveFilingLimitAction({ type: "call", hours: 720, version: 0 })).toMatchObject({
      ok: true,
      data: { version: 1, hours: 720 },
    });
    expect(await saveFilingLimitAction({ type: "call", hours: 48, version: 0 })).toMatchObject({
      ok: false,
      error: "conflict",
    });
    // A call four days ago is within 30 days: on time.
    const result = await create(owner.id, { occurredAt: localAgo(4) });
    expect(result).toMatchObject({ ok: true, data: { filingDelayMinutes: 0 } });
  });
});

describe("listActivities", () => {
  test("newest first with names; filtered by type; empty for a manager who does not see the account", async () => {
    await created(owner.id, { occurredAt: localAgo(2), subject: "较早的电话" });
    await created(owner.id, { type: "visit", occurredAt: localAgo(1), subject: "上门拜访" });
    const list = await listActivities({ actor: owner, accountId });
    expect(list.map((a) => a.subject)).toEqual(["上门拜访", "较早的电话"]);
    expect(list[0]!.contacts).toEqual([{ id: contactId, name: "刘建国" }]);
    expect(list[0]!.loggedByName).toBe(owner.name);
    const visits = await listActivities({ actor: owner, accountId, type: "visit" });
    expect(visits.map((a) => a.subject)).toEqual(["上门拜访"]);
    const other = await createUser("manager");
    expect(await listActivities({ actor: other, accountId })).toEqual([]);
    const executive = await createUser("executive");
    expect(await listActivities({ actor: executive, accountId })).toHaveLength(2);
  });
});
