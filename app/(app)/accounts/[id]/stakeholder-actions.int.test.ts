import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, test } from "vitest";
import { db } from "@/db";
import { accounts, accountTeam, auditLog, stakeholders } from "@/db/schema";
import { createUser, truncateAll } from "@/db/testing/fixtures";
import { signInAs } from "@/db/testing/session";
import type { StakeholderFields } from "@/lib/validations/stakeholder";
import {
  createStakeholderAction,
  deleteStakeholderAction,
  updateStakeholderAction,
} from "./stakeholder-actions";

type User = Awaited<ReturnType<typeof createUser>>;
let owner: User;
let accountId: string;
let serial = 0;

const fields = (extra: Partial<StakeholderFields> = {}): StakeholderFields => ({
  side: "customer",
  name: "刘建国",
  salutation: "刘总",
  department: "采购部",
  title: "总经理",
  decisionRole: "decision_maker",
  influence: 5,
  attitude: "supporter",
  mobile: "138 0013 8000",
  officePhone: "010-62345678",
  homePhone: "010-88886666",
  fax: "010-62345679",
  email: "liu@huacai.example",
  countryRegion: "中国",
  province: "北京市",
  city: "北京",
  postalCode: "100080",
  address: "海淀区中关村大街 1 号",
  isPrimary: false,
  hobbies: "钓鱼",
  specialDates: [{ label: "生日", date: "1970-05-12" }],
  ...extra,
});

async function create(userId: string, extra: Partial<StakeholderFields> = {}) {
  signInAs(userId);
  return createStakeholderAction({ accountId, fields: fields(extra) });
}
async function created(userId: string, extra: Partial<StakeholderFields> = {}) {
  const result = await create(userId, extra);
  if (!result.ok) throw new Error(`create failed: ${JSON.stringify(result)}`);
  return result.data.id;
}
const people = () => db.select().from(stakeholders).where(eq(stakeholders.accountId, accountId));
const auditFor = (id: string) =>
  db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entity, "stakeholder"), eq(auditLog.entityId, id)));

beforeEach(async () => {
  await truncateAll();
  signInAs(null);
  owner = await createUser("manager");
  const [account] = await db
    .insert(accounts)
    .values({ code: `n0101${++serial}`, name: "北京华彩涂料有限公司", ownerId: owner.id })
    .returning();
  accountId = account!.id;
});

describe("createStakeholderAction", () => {
  test("the owner adds a stakeholder with every field; the audit row carries the account", async () => {
    const id = await created(owner.id);
    const [row] = await people();
    expect(row).toMatchObject({
      id,
      name: "刘建国",
      decisionRole: "decision_maker",
      influence: 5,
      mobile: "138 0013 8000",
      specialDates: [{ label: "生日", date: "1970-05-12" }],
    });
    const [entry] = await auditFor(id);
    expect(entry).toMatchObject({ action: "create", accountId, actorId: owner.id });
  });

  test("seed 002's contact fields are kept: home phone, fax, country, province, city, postal code", async () => {
    const id = await created(owner.id);
    const [row] = await people();
    expect(row).toMatchObject({
      id,
      department: "采购部",
      homePhone: "010-88886666",
      fax: "010-62345679",
      countryRegion: "中国",
      province: "北京市",
      city: "北京",
      postalCode: "100080",
      address: "海淀区中关村大街 1 号",
    });
  });

  test("a malformed fax, home phone or postal code is refused by its field; nothing is written", async () => {
    const result = await create(owner.id, {
      fax: "fax me",
      homePhone: "call@home",
      postalCode: "100080#",
    });
    expect(result).toMatchObject({ ok: false, error: "validation" });
    if (result.ok) return;
    expect(result.fieldErrors?.["fields.fax"]).toEqual(["invalidPhone"]);
    expect(result.fieldErrors?.["fields.homePhone"]).toEqual(["invalidPhone"]);
    expect(result.fieldErrors?.["fields.postalCode"]).toEqual(["invalidPostalCode"]);
    expect(await people()).toHaveLength(0);
  });

  test("a team member may add one too", async () => {
    const member = await createUser("manager");
    await db.insert(accountTeam).values({ accountId, userId: member.id });
    expect((await create(member.id)).ok).toBe(true);
  });

  test("another manager gets not_found, an executive forbidden; nothing is written", async () => {
    const [other, executive] = await Promise.all([createUser("manager"), createUser("executive")]);
    expect(await create(other.id)).toMatchObject({ ok: false, error: "not_found" });
    expect(await create(executive.id)).toMatchObject({ ok: false, error: "forbidden" });
    expect(await people()).toHaveLength(0);
  });

  test("a role of the other side is refused as a field error", async () => {
    const result = await create(owner.id, { side: "ours", decisionRole: "decision_maker" });
    expect(result).toMatchObject({ ok: false, error: "validation" });
    if (result.ok) return;
    // Nested `fields.*` errors are flattened under their top-level key by the action wrapper.
    expect(result.fieldErrors?.["fields.decisionRole"]).toEqual(["roleNotForSide"]);
    expect(await people()).toHaveLength(0);
  });

  test("our side cannot be the primary contact", async () => {
    const result = await create(owner.id, {
      side: "ours",
      decisionRole: "salesperson",
      isPrimary: true,
    });
    expect(result).toMatchObject({ ok: false, error: "validation" });
  });

  test("one primary contact per account: a new primary replaces the old one", async () => {
    const first = await created(owner.id, { name: "刘建国", isPrimary: true });
    const second = await created(owner.id, { name: "王芳", isPrimary: true });
    const rows = await people();
    expect(rows.filter((r) => r.isPrimary).map((r) => r.id)).toEqual([second]);
    expect(rows.find((r) => r.id === first)?.isPrimary).toBe(false);
  });
});

describe("updateStakeholderAction", () => {
  test("the owner edits; the audit row records only the changed fields", async () => {
    const id = await created(owner.id);
    const result = await updateStakeholderAction({
      id,
      version: 1,
      fields: fields({ attitude: "champion", title: "董事长" }),
    });
    expect(result).toEqual({ ok: true, data: { version: 2, accountId } });
    const [entry] = (await auditFor(id)).filter((e) => e.action === "update");
    expect(entry).toMatchObject({
      accountId,
      before: { name: "刘建国", attitude: "supporter", title: "总经理" },
      after: { name: "刘建国", attitude: "champion", title: "董事长" },
    });
  });

  test("moving a contact records the old and new address fields in the history", async () => {
    const id = await created(owner.id);
    const result = await updateStakeholderAction({
      id,
      version: 1,
      fields: fields({ province: "上海市", city: "上海", postalCode: "200000", fax: "" }),
    });
    expect(result.ok).toBe(true);
    expect((await people())[0]).toMatchObject({ province: "上海市", city: "上海", fax: "" });
    const [entry] = (await auditFor(id)).filter((e) => e.action === "update");
    expect(entry).toMatchObject({
      before: { province: "北京市", city: "北京", postalCode: "100080", fax: "010-62345679" },
      after: { province: "上海市", city: "上海", postalCode: "200000", fax: "" },
    });
  });

  test("an executive cannot change a contact's address; it stays", async () => {
    const id = await created(owner.id);
    const executive = await createUser("executive");
    signInAs(executive.id);
    expect(
      await updateStakeholderAction({ id, version: 1, fields: fields({ city: "上海" }) }),
    ).toMatchObject({ ok: false, error: "forbidden" });
    expect((await people())[0]).toMatchObject({ city: "北京", version: 1 });
  });

  test("a stale version is a conflict and the first save stays", async () => {
    const id = await created(owner.id);
    expect(
      (await updateStakeholderAction({ id, version: 1, fields: fields({ title: "A" }) })).ok,
    ).toBe(true);
    const stale = await updateStakeholderAction({ id, version: 1, fields: fields({ title: "B" }) });
    expect(stale).toMatchObject({
      ok: false,
      error: "conflict",
      message: "common.errors.conflict",
    });
    expect((await people())[0]).toMatchObject({ title: "A", version: 2 });
  });

  test("making someone primary clears the previous primary contact", async () => {
    const first = await created(owner.id, { isPrimary: true });
    const second = await created(owner.id, { name: "王芳" });
    const result = await updateStakeholderAction({
      id: second,
      version: 1,
      fields: fields({ name: "王芳", isPrimary: true }),
    });
    expect(result.ok).toBe(true);
    const rows = await people();
    expect(rows.filter((r) => r.isPrimary).map((r) => r.id)).toEqual([second]);
    expect(rows.some((r) => r.id === first && !r.isPrimary)).toBe(true);
  });

  test("another manager gets not_found; an executive forbidden", async () => {
    const id = await created(owner.id);
    const [other, executive] = await Promise.all([createUser("manager"), createUser("executive")]);
    signInAs(other.id);
    expect(await updateStakeholderAction({ id, version: 1, fields: fields() })).toMatchObject({
      error: "not_found",
    });
    signInAs(executive.id);
    expect(await updateStakeholderAction({ id, version: 1, fields: fields() })).toMatchObject({
      error: "forbidden",
    });
  });
});

describe("deleteStakeholderAction", () => {
  test("the owner deletes; the audit row carries the account", async () => {
    const id = await created(owner.id);
    expect(await deleteStakeholderAction({ id, version: 1 })).toEqual({
      ok: true,
      data: { accountId },
    });
    expect(await people()).toHaveLength(0);
    const entry = (await auditFor(id)).find((e) => e.action === "delete");
    expect(entry).toMatchObject({ accountId, before: { name: "刘建国", side: "customer" } });
  });

  test("a stale version is a conflict and nothing is deleted", async () => {
    const id = await created(owner.id);
    await updateStakeholderAction({ id, version: 1, fields: fields({ title: "A" }) });
    expect(await deleteStakeholderAction({ id, version: 1 })).toMatchObject({
      ok: false,
      error: "conflict",
    });
    expect(await people()).toHaveLength(1);
  });

  test("another manager gets not_found; an executive forbidden; nothing is deleted", async () => {
    const id = await created(owner.id);
    const [other, executive] = await Promise.all([createUser("manager"), createUser("executive")]);
    signInAs(other.id);
    expect(await deleteStakeholderAction({ id, version: 1 })).toMatchObject({
      error: "not_found",
    });
    signInAs(executive.id);
    expect(await deleteStakeholderAction({ id, version: 1 })).toMatchObject({
      error: "forbidden",
    });
    expect(await people()).toHaveLength(1);
  });
});
