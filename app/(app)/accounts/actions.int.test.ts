import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, test } from "vitest";
import { db } from "@/db";
import { getAccount } from "@/db/queries/accounts";
import { listAccounts } from "@/db/queries/accounts-search";
import { accounts, auditLog, referenceItems, stageTransitions, tasks } from "@/db/schema";
import { createUser, truncateAll } from "@/db/testing/fixtures";
import { signInAs } from "@/db/testing/session";
import {
  assignOwnerAction,
  createAccountAction,
  editCodeAction,
  setArchivedAction,
  updateAccountAction,
} from "./actions";

let beijing: number;
const fields = () => ({
  name: "北京华彩涂料有限公司",
  grade: "normal" as const,
  type: "buyer" as const,
  status: "active" as const,
  industryId: "",
  sourceId: "",
  countryRegion: "中国",
  province: "北京",
  city: "北京",
  areaId: beijing,
  postalCode: "100080",
  address: "海淀区中关村大街 1 号",
  phone: "010-62345678",
  fax: "",
  email: "sales@huacai.example",
  homepage: "",
  annualRevenue: "",
  employeeCount: "",
});

async function create(userId: string, extra: Record<string, unknown> = {}) {
  signInAs(userId);
  const result = await createAccountAction({ ...fields(), ...extra });
  if (!result.ok) throw new Error(`create failed: ${JSON.stringify(result)}`);
  return result.data;
}
const row = async (id: string) => (await db.select().from(accounts).where(eq(accounts.id, id)))[0]!;
const auditOf = (id: string, action: string) =>
  db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.accountId, id), eq(auditLog.action, action)));

beforeEach(async () => {
  await truncateAll();
  signInAs(null);
  const [area] = await db
    .insert(referenceItems)
    .values({ kind: "area", code: "0101", nameEn: "Beijing", nameZh: "北京" })
    .returning();
  beijing = area!.id;
});

describe("createAccountAction", () => {
  test("a manager owns what they create, even when naming another owner", async () => {
    const [manager, other] = await Promise.all([createUser("manager"), createUser("manager")]);
    const { id, code } = await create(manager.id, { ownerId: other.id });
    const created = await row(id);
    expect(created).toMatchObject({ ownerId: manager.id, stage: "stakeholders", code });
    const [transition] = await db
      .select()
      .from(stageTransitions)
      .where(eq(stageTransitions.accountId, id));
    expect(transition).toMatchObject({ toStage: "stakeholders", kind: "create", byId: manager.id });
    expect(await auditOf(id, "create")).toHaveLength(1);
  });

  test("codes are grade letter + area code + serial, and unique", async () => {
    const manager = await createUser("manager");
    const first = await create(manager.id);
    const second = await create(manager.id);
    const important = await create(manager.id, { grade: "important" });
    expect([first.code, second.code, important.code]).toEqual(["n010101", "n010102", "i010101"]);
  });

  test("a serial a director already used by hand is skipped", async () => {
    const [manager, director] = await Promise.all([createUser("manager"), createUser("director")]);
    const first = await create(manager.id);
    signInAs(director.id);
    const edited = await editCodeAction({ id: first.id, version: 1, code: "n010102" });
    expect(edited.ok).toBe(true);
    expect((await create(manager.id)).code).toBe("n010103");
  });

  test("a director may name the owner", async () => {
    const [director, manager] = await Promise.all([createUser("director"), createUser("manager")]);
    const { id } = await create(director.id, { ownerId: manager.id });
    expect((await row(id)).ownerId).toBe(manager.id);
  });

  test("an account a director creates without naming an owner has no owner yet", async () => {
    const director = await createUser("director");
    const { id } = await create(director.id);
    expect((await row(id)).ownerId).toBeNull();
  });

  test("only a customer manager can be named owner", async () => {
    const [director, admin] = await Promise.all([createUser("director"), createUser("admin")]);
    signInAs(director.id);
    for (const ownerId of [director.id, admin.id]) {
      expect(await createAccountAction({ ...fields(), ownerId })).toMatchObject({
        ok: false,
        fieldErrors: { ownerId: ["accounts.validation.notOwner"] },
      });
    }
    expect(await db.select().from(accounts)).toEqual([]);
  });

  test("an executive may not create accounts", async () => {
    signInAs((await createUser("executive")).id);
    const result = await createAccountAction(fields());
    expect(result).toMatchObject({ ok: false, error: "forbidden" });
    expect(await db.select().from(accounts)).toHaveLength(0);
  });

  test("bad input and unknown areas come back beside their fields", async () => {
    signInAs((await createUser("manager")).id);
    const bad = await createAccountAction({
      ...fields(),
      email: "not-an-email",
      phone: "call me",
      homepage: "ftp://x",
      employeeCount: "many",
    });
    expect(bad).toMatchObject({
      ok: false,
      error: "validation",
      fieldErrors: {
        email: ["invalidEmail"],
        phone: ["invalidPhone"],
        homepage: ["invalidUrl"],
        employeeCount: ["invalidNumber"],
      },
    });
    const unknownArea = await createAccountAction({ ...fields(), areaId: beijing + 100 });
    expect(unknownArea).toMatchObject({
      ok: false,
      fieldErrors: { areaId: ["accounts.validation.unknownArea"] },
    });
    expect(await db.select().from(accounts)).toHaveLength(0);
  });
});

describe("updateAccountAction", () => {
  test("the owner saves; the audit row holds only the changed fields", async () => {
    const manager = await createUser("manager");
    const { id } = await create(manager.id);
    const result = await updateAccountAction({ ...fields(), id, version: 1, city: "天津" });
    expect(result).toEqual({ ok: true, data: { version: 2 } });
    expect((await row(id)).city).toBe("天津");
    const [audit] = await auditOf(id, "update");
    expect(audit).toMatchObject({ before: { city: "北京" }, after: { city: "天津" } });
  });

  test("a new grade changes the code's letter, keeps area and serial, and the old code still finds the account", async () => {
    const manager = await createUser("manager");
    const { id, code } = await create(manager.id);
    expect(code).toBe("n010101");
    const result = await updateAccountAction({ ...fields(), id, version: 1, grade: "important" });
    expect(result).toEqual({ ok: true, data: { version: 2 } });
    expect(await row(id)).toMatchObject({ grade: "important", code: "i010101" });
    const [audit] = await auditOf(id, "update");
    expect(audit).toMatchObject({
      before: { grade: "normal", code: "n010101" },
      after: { grade: "important", code: "i010101" },
    });
    const actor = { id: manager.id, role: "manager" as const };
    for (const q of ["n010101", "i010101"]) {
      const found = await listAccounts({ actor, filters: { q }, limit: 10 });
      expect(found.rows.map((r) => r.code)).toEqual(["i010101"]);
    }
    // Another manager's search by the old code finds nothing of this account.
    const other = await createUser("manager");
    const theirs = await listAccounts({
      actor: { id: other.id, role: "manager" },
      filters: { q: "n010101" },
      limit: 10,
    });
    expect(theirs.rows).toEqual([]);
    // Saving other fields leaves the code alone.
    await updateAccountAction({ ...fields(), id, version: 2, grade: "important", city: "天津" });
    expect((await row(id)).code).toBe("i010101");
  });

  test("when the regraded code is taken, the account gets the next serial of its new grade and area", async () => {
    const manager = await createUser("manager");
    const important = await create(manager.id, { grade: "important" });
    const normal = await create(manager.id);
    expect([important.code, normal.code]).toEqual(["i010101", "n010101"]);
    const result = await updateAccountAction({
      ...fields(),
      id: normal.id,
      version: 1,
      grade: "important",
    });
    expect(result.ok).toBe(true);
    expect((await row(normal.id)).code).toBe("i010102");
    const actor = { id: manager.id, role: "manager" as const };
    const found = await listAccounts({ actor, filters: { q: "n010101" }, limit: 10 });
    expect(found.rows.map((r) => r.code)).toEqual(["i010102"]);
  });

  test("another manager gets not_found; an executive is forbidden", async () => {
    const [owner, other, executive] = await Promise.all([
      createUser("manager"),
      createUser("manager"),
      createUser("executive"),
    ]);
    const { id } = await create(owner.id);
    signInAs(other.id);
    expect(await updateAccountAction({ ...fields(), id, version: 1, city: "X" })).toMatchObject({
      ok: false,
      error: "not_found",
    });
    signInAs(executive.id);
    expect(await updateAccountAction({ ...fields(), id, version: 1, city: "X" })).toMatchObject({
      ok: false,
      error: "forbidden",
    });
    expect((await row(id)).city).toBe("北京");
  });

  test("a stale version is a conflict and keeps the first save", async () => {
    const manager = await createUser("manager");
    const { id } = await create(manager.id);
    await updateAccountAction({ ...fields(), id, version: 1, city: "天津" });
    const stale = await updateAccountAction({ ...fields(), id, version: 1, city: "上海" });
    expect(stale).toMatchObject({
      ok: false,
      error: "conflict",
      message: "common.errors.conflict",
    });
    expect(await row(id)).toMatchObject({ city: "天津", version: 2 });
  });
});

describe("assignOwnerAction", () => {
  test("a director reassigns; the new owner and team members then see the account", async () => {
    const [zhang, chen, wang, director] = await Promise.all([
      createUser("manager"),
      createUser("manager"),
      createUser("manager"),
      createUser("director"),
    ]);
    const { id } = await create(zhang.id);
    expect(await getAccount({ actor: wang, id })).toBeNull();
    signInAs(director.id);
    const result = await assignOwnerAction({
      id,
      version: 1,
      ownerId: chen.id,
      teamMemberIds: [wang.id],
    });
    expect(result).toEqual({ ok: true, data: { version: 2 } });
    expect(await getAccount({ actor: chen, id })).not.toBeNull();
    expect((await getAccount({ actor: wang, id }))?.team.map((m) => m.id)).toEqual([wang.id]);
    expect((await listAccounts({ actor: wang, filters: {} })).rows.map((r) => r.id)).toEqual([id]);
    expect(await getAccount({ actor: zhang, id })).toBeNull();
    const [audit] = await auditOf(id, "assign");
    expect(audit).toMatchObject({
      before: { ownerId: zhang.id, team: [] },
      after: { ownerId: chen.id, team: [wang.id] },
    });
  });

  test("the old owner's open tasks on the account move to the new owner, audited", async () => {
    const [zhang, chen, wang, director] = await Promise.all([
      createUser("manager"),
      createUser("manager"),
      createUser("manager"),
      createUser("director"),
    ]);
    const { id } = await create(zhang.id);
    const task = (over: Partial<typeof tasks.$inferInsert>) => ({
      kind: "follow_up" as const,
      accountId: id,
      assigneeId: zhang.id,
      title: "寄送样品",
      windowStart: new Date(),
      windowEndsOn: "2026-12-10",
      dueDate: "2026-12-10",
      remindedAt: new Date(),
      ...over,
    });
    const [open, done, others] = await db
      .insert(tasks)
      .values([
        task({}),
        task({ status: "done", completedAt: new Date() }),
        task({ assigneeId: wang.id, title: "报价" }),
      ])
      .returning();
    signInAs(director.id);
    const result = await assignOwnerAction({ id, version: 1, ownerId: chen.id });
    expect(result).toEqual({ ok: true, data: { version: 2 } });
    const assignee = async (taskId: string) =>
      (await db.select().from(tasks).where(eq(tasks.id, taskId)))[0]!;
    expect(await assignee(open!.id)).toMatchObject({ assigneeId: chen.id, remindedAt: null });
    expect((await assignee(done!.id)).assigneeId).toBe(zhang.id);
    expect((await assignee(others!.id)).assigneeId).toBe(wang.id);
    const moves = await auditOf(id, "reassign");
    expect(moves).toHaveLength(1);
    expect(moves[0]).toMatchObject({
      entity: "task",
      entityId: open!.id,
      before: { assignee: zhang.name },
      after: { assignee: chen.name },
    });
  });

  test("a manager may not assign, not even on their own account", async () => {
    const [zhang, chen] = await Promise.all([createUser("manager"), createUser("manager")]);
    const { id } = await create(zhang.id);
    const result = await assignOwnerAction({ id, version: 1, ownerId: chen.id });
    expect(result).toMatchObject({ ok: false, error: "forbidden" });
    expect((await row(id)).ownerId).toBe(zhang.id);
  });

  test("deactivated users and read-only executives cannot own or join an account", async () => {
    const [zhang, director, executive] = await Promise.all([
      createUser("manager"),
      createUser("director"),
      createUser("executive"),
    ]);
    const gone = await createUser("manager", { active: false });
    const { id } = await create(zhang.id);
    signInAs(director.id);
    expect(await assignOwnerAction({ id, version: 1, ownerId: gone.id })).toMatchObject({
      ok: false,
      fieldErrors: { ownerId: ["accounts.validation.unknownUser"] },
    });
    expect(await assignOwnerAction({ id, version: 1, ownerId: executive.id })).toMatchObject({
      ok: false,
      fieldErrors: { ownerId: ["accounts.validation.readOnlyUser"] },
    });
    expect(await assignOwnerAction({ id, version: 1, ownerId: director.id })).toMatchObject({
      ok: false,
      fieldErrors: { ownerId: ["accounts.validation.notOwner"] },
    });
    const team = await assignOwnerAction({
      id,
      version: 1,
      ownerId: zhang.id,
      teamMemberIds: [executive.id],
    });
    expect(team).toMatchObject({
      ok: false,
      fieldErrors: { teamMemberIds: ["accounts.validation.readOnlyUser"] },
    });
    expect(await row(id)).toMatchObject({ ownerId: zhang.id, version: 1 });
    // A director on the team is allowed: they work on accounts, only owning is the managers'.
    const withDirector = await assignOwnerAction({
      id,
      version: 1,
      ownerId: zhang.id,
      teamMemberIds: [director.id],
    });
    expect(withDirector).toMatchObject({ ok: true });
  });
});

describe("editCodeAction", () => {
  test("a director changes the code; a code in use is refused beside the field", async () => {
    const [manager, director] = await Promise.all([createUser("manager"), createUser("director")]);
    const first = await create(manager.id);
    const second = await create(manager.id);
    signInAs(director.id);
    expect(await editCodeAction({ id: first.id, version: 1, code: "i010199" })).toMatchObject({
      ok: true,
      data: { code: "i010199" },
    });
    // The code it had is still found by the exact-code search.
    const byOldCode = await listAccounts({
      actor: { id: director.id, role: "director" },
      filters: { q: first.code },
      limit: 10,
    });
    expect(byOldCode.rows.map((r) => r.code)).toEqual(["i010199"]);
    const clash = await editCodeAction({ id: second.id, version: 1, code: "i010199" });
    expect(clash).toMatchObject({
      ok: false,
      error: "validation",
      fieldErrors: { code: ["accounts.validation.codeTaken"] },
    });
    expect(await editCodeAction({ id: second.id, version: 1, code: "x1" })).toMatchObject({
      ok: false,
      fieldErrors: { code: ["invalidCode"] },
    });
    expect((await row(second.id)).code).toBe(second.code);
  });

  test("a manager may not change a code", async () => {
    const manager = await createUser("manager");
    const { id, code } = await create(manager.id);
    expect(await editCodeAction({ id, version: 1, code: "i010177" })).toMatchObject({
      ok: false,
      error: "forbidden",
    });
    expect((await row(id)).code).toBe(code);
  });
});

describe("setArchivedAction", () => {
  test("the owner archives and restores; the list hides archived accounts", async () => {
    const manager = await createUser("manager");
    const { id } = await create(manager.id);
    expect(await setArchivedAction({ id, version: 1, archived: true })).toEqual({
      ok: true,
      data: { version: 2 },
    });
    const visible = async (archived?: boolean) =>
      (await listAccounts({ actor: manager, filters: { archived } })).rows.map((r) => r.id);
    expect(await visible()).toEqual([]);
    expect(await visible(true)).toEqual([id]);
    expect(await auditOf(id, "archive")).toHaveLength(1);
    await setArchivedAction({ id, version: 2, archived: false });
    expect(await visible()).toEqual([id]);
  });

  test("another manager gets not_found; an executive is forbidden", async () => {
    const [owner, other, executive] = await Promise.all([
      createUser("manager"),
      createUser("manager"),
      createUser("executive"),
    ]);
    const { id } = await create(owner.id);
    signInAs(other.id);
    expect(await setArchivedAction({ id, version: 1, archived: true })).toMatchObject({
      error: "not_found",
    });
    signInAs(executive.id);
    expect(await setArchivedAction({ id, version: 1, archived: true })).toMatchObject({
      error: "forbidden",
    });
    expect((await row(id)).archivedAt).toBeNull();
  });
});
