import { and, eq, isNotNull } from "drizzle-orm";
import { afterAll, beforeEach, describe, expect, test, vi } from "vitest";
import { db } from "@/db";
import { accounts, auditLog, importRows, imports, referenceItems, stakeholders } from "@/db/schema";
import { createUser, truncateAll } from "@/db/testing/fixtures";
import { signInAs } from "@/db/testing/session";
import { runImport } from "@/lib/import/apply";
import { checkImport } from "@/lib/import/check";
import { csvBytes, customerRows } from "@/lib/import/testing/generate";
import { stopBoss } from "@/lib/jobs/boss";
import {
  chooseRowAction,
  configureImportAction,
  saveMappingAction,
  startImportAction,
  undoImportAction,
} from "./actions";
import { POST as upload } from "./upload/route";

type User = Awaited<ReturnType<typeof createUser>>;
let director: User, manager: User, other: User, executive: User;

beforeEach(async () => {
  await truncateAll();
  await db.insert(referenceItems).values(
    ["0101", "0201", "0755", "0571"].map((code) => ({
      kind: "area" as const,
      code,
      nameEn: code,
      nameZh: code,
    })),
  );
  [director, manager, other, executive] = await Promise.all([
    createUser("director"),
    createUser("manager"),
    createUser("manager"),
    createUser("executive"),
  ]);
});
afterAll(() => stopBoss());

const post = (body: BodyInit, name = "客户.csv", headers: Record<string, string> = {}) =>
  upload(
    new Request(`http://localhost/accounts/import/upload?name=${encodeURIComponent(name)}`, {
      method: "POST",
      body,
      headers,
      duplex: "half",
    } as RequestInit),
  );

async function uploaded(as: User, rows = customerRows(3)) {
  signInAs(as.id);
  const response = await post(new Uint8Array(csvBytes(rows, "gb18030")));
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

const mapping = [
  "name",
  "code",
  "countryRegion",
  "province",
  "city",
  "postalCode",
  "address",
  "phone",
  "fax",
  "email",
  "homepage",
  "annualRevenue",
  "employeeCount",
  null,
  "type",
  null,
  "status",
  "area",
  "grade",
  "contact.name",
  "contact.salutation",
  "contact.department",
  "contact.title",
  "contact.mobile",
  "contact.officePhone",
  "contact.email",
] as const;
const rules = { code: "update", email: "skip", phone: "skip", name: "skip" } as const;
const configure = (id: string, extra: object = {}) =>
  configureImportAction({ id, encoding: "gb18030", mapping: [...mapping], rules, ...extra });

describe("upload", () => {
  test("a manager uploads a GBK file: 201, detected as GB18030, audited", async () => {
    const id = await uploaded(manager);
    const [record] = await db.select().from(imports).where(eq(imports.id, id));
    expect(record).toMatchObject({ encoding: "gb18030", ownerId: manager.id, status: "uploaded" });
    const audit = await db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(audit.map((a) => a.action)).toEqual(["upload"]);
  });

  test("an executive is refused (403), signed out 401; nothing stored", async () => {
    signInAs(executive.id);
    expect((await post("a,b\r\n1,2")).status).toBe(403);
    signInAs(null);
    expect((await post("a,b\r\n1,2")).status).toBe(401);
    expect(await db.select().from(imports)).toEqual([]);
  });

  test("while the database is down: 503 unavailable with Retry-After, not a 500", async () => {
    signInAs(manager.id);
    const down = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), {
      code: "ECONNREFUSED",
    });
    const spy = vi.spyOn(db, "transaction").mockRejectedValueOnce(down);
    try {
      const response = await post(new Uint8Array(csvBytes(customerRows(1), "gb18030")));
      expect([response.status, await response.json()]).toEqual([503, { error: "unavailable" }]);
      expect(response.headers.get("retry-after")).toBe("5");
    } finally {
      spy.mockRestore();
    }
    expect(await db.select().from(imports)).toEqual([]);
  });

  test("an empty file is 400 emptyFile, a broken XLSX 400 badFile, a huge one 413; nothing stored", async () => {
    signInAs(manager.id);
    const empty = await post("\r\n\r\n");
    expect([empty.status, await empty.json()]).toEqual([400, { error: "emptyFile" }]);
    const bad = await post("not a workbook", "客户.xlsx");
    expect([bad.status, await bad.json()]).toEqual([400, { error: "badFile" }]);
    const huge = await post("x", "a.csv", { "content-length": String(65 * 1024 * 1024) });
    expect(huge.status).toBe(413);
    const foreign = await post("a,b", "a.csv", {
      origin: "https://evil.example",
      host: "localhost",
    });
    expect(foreign.status).toBe(403);
    expect(await db.select().from(imports)).toEqual([]);
  });
});

describe("import actions: allow and deny", () => {
  test("the uploader configures; a manager's owner stays themselves whatever they send", async () => {
    const id = await uploaded(manager);
    const result = await configure(id, { ownerId: other.id });
    expect(result).toEqual({ ok: true, data: { id } });
    const [record] = await db.select().from(imports).where(eq(imports.id, id));
    expect(record).toMatchObject({ status: "checking", ownerId: manager.id });
  });

  test("another manager and an executive get not-found; a director may, naming a manager as owner", async () => {
    const id = await uploaded(manager);
    signInAs(other.id);
    expect(await configure(id)).toMatchObject({ ok: false, error: "not_found" });
    signInAs(executive.id);
    expect(await configure(id)).toMatchObject({ ok: false, error: "not_found" });
    signInAs(director.id);
    expect(await configure(id, { ownerId: executive.id })).toMatchObject({
      ok: false,
      fieldErrors: { ownerId: ["accounts.validation.notOwner"] },
    });
    expect(await configure(id, { ownerId: other.id })).toMatchObject({ ok: true });
    const [record] = await db.select().from(imports).where(eq(imports.id, id));
    expect(record!.ownerId).toBe(other.id);
  });

  test("a mapping without customer name or area is refused beside the mapping", async () => {
    const id = await uploaded(manager);
    const noArea = mapping.map((t) => (t === "area" ? null : t));
    expect(await configure(id, { mapping: noArea })).toMatchObject({
      ok: false,
      error: "validation",
      fieldErrors: { mapping: ["import.errors.missingRequired"] },
    });
    const [record] = await db.select().from(imports).where(eq(imports.id, id));
    expect(record!.status).toBe("uploaded");
  });

  test("start and undo follow the status; undo by the uploader restores, by another manager is not found", async () => {
    const id = await uploaded(manager);
    expect(await startImportAction({ id })).toMatchObject({ ok: false, error: "conflict" });
    await configure(id);
    await checkImport(id);
    expect(await startImportAction({ id })).toMatchObject({ ok: true });
    expect(await undoImportAction({ id })).toMatchObject({ ok: false, error: "conflict" });
    await runImport(id, new Date());
    expect((await db.select().from(accounts)).length).toBe(3);
    signInAs(other.id);
    expect(await undoImportAction({ id })).toMatchObject({ ok: false, error: "not_found" });
    signInAs(manager.id);
    expect(await undoImportAction({ id })).toEqual({ ok: true, data: { created: 3, updated: 0 } });
    expect(await db.select().from(accounts)).toEqual([]);
  });

  test("undo is refused, changing nothing, when a customer it touched was edited or got new records since", async () => {
    const id = await uploaded(manager);
    await configure(id);
    await checkImport(id);
    await startImportAction({ id });
    await runImport(id, new Date());
    const [first, second] = await db.select().from(accounts).orderBy(accounts.code);
    // A contact added by hand to a customer the import created: undo would delete it.
    await db.insert(stakeholders).values({
      accountId: first!.id,
      side: "customer",
      name: "后来添加的联系人",
      decisionRole: "decision_maker",
    });
    expect(await undoImportAction({ id })).toMatchObject({
      ok: false,
      error: "refused",
      message: "import.errors.undoAttached",
    });
    await db.delete(stakeholders).where(eq(stakeholders.name, "后来添加的联系人"));
    // An edit since the import: undo would delete (or overwrite) it.
    await db
      .update(accounts)
      .set({ name: "已修改", version: second!.version + 1 })
      .where(eq(accounts.id, second!.id));
    expect(await undoImportAction({ id })).toMatchObject({
      ok: false,
      error: "refused",
      message: "import.errors.undoChanged",
    });
    expect((await db.select().from(accounts)).length).toBe(3);
    const [record] = await db.select().from(imports).where(eq(imports.id, id));
    expect(record!.status).toBe("done");
  });

  test("choosing a duplicate row's action: the uploader may; another manager and an executive get not found, nothing written", async () => {
    const rows = customerRows(3);
    const [area] = await db.select().from(referenceItems).limit(1);
    // Row 1's customer already exists (same name): a duplicate.
    await db.insert(accounts).values({ code: "x000001", name: rows[1]![0]!, areaId: area!.id });
    const id = await uploaded(manager, rows);
    await configure(id);
    await checkImport(id);
    const [duplicate] = await db
      .select()
      .from(importRows)
      .where(and(eq(importRows.importId, id), isNotNull(importRows.matchRule)));
    const choose = { id, rowNo: duplicate!.rowNo, choice: "create" as const };
    const choiceNow = async () =>
      (
        await db
          .select({ choice: importRows.choice })
          .from(importRows)
          .where(and(eq(importRows.importId, id), eq(importRows.rowNo, duplicate!.rowNo)))
      )[0]!.choice;
    for (const denied of [other, executive]) {
      signInAs(denied.id);
      expect(await chooseRowAction(choose)).toMatchObject({ ok: false, error: "not_found" });
    }
    expect(await choiceNow()).toBeNull();
    signInAs(manager.id);
    expect(await chooseRowAction(choose)).toEqual({ ok: true, data: { rowNo: duplicate!.rowNo } });
    expect(await choiceNow()).toBe("create");
    const audit = await db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(audit.map((a) => a.action)).toContain("choose");
  });

  test("starting an import: another manager and an executive get not found; it stays checked", async () => {
    const id = await uploaded(manager);
    await configure(id);
    await checkImport(id);
    for (const denied of [other, executive]) {
      signInAs(denied.id);
      expect(await startImportAction({ id })).toMatchObject({ ok: false, error: "not_found" });
    }
    const [record] = await db.select().from(imports).where(eq(imports.id, id));
    expect(record!.status).toBe("checked");
  });

  test("saving a mapping: workers may, executives may not", async () => {
    signInAs(manager.id);
    const saved = { name: "客户表", byHeader: { 客户名称: "name", 区号: "area" } } as const;
    expect(await saveMappingAction(saved)).toMatchObject({ ok: true });
    signInAs(executive.id);
    expect(await saveMappingAction(saved)).toMatchObject({ ok: false, error: "forbidden" });
  });
});
