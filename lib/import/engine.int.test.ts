import { Readable } from "node:stream";
import { and, eq, inArray, sql } from "drizzle-orm";
import { beforeEach, describe, expect, test } from "vitest";
import { db } from "@/db";
import {
  accountPreviousCodes,
  accounts,
  auditLog,
  importRows,
  imports,
  referenceItems,
  stageTransitions,
  stakeholders,
} from "@/db/schema";
import { createUser, truncateAll } from "@/db/testing/fixtures";
import { runImport } from "./apply";
import { checkImport } from "./check";
import { importCheckJob } from "./jobs";
import { nextCode } from "@/lib/accounts/next-code";
import { DEFAULT_RULES, type DuplicateRules } from "./duplicates";
import { suggestMapping } from "./suggest";
import { storeUpload } from "./store";
import { csvBytes, customerRows } from "./testing/generate";
import { undoImport } from "./undo";
import { undoBlocker } from "./undo-guard";

const REFERENCE = [
  { kind: "area" as const, code: "0101", nameEn: "Beijing", nameZh: "北京" },
  { kind: "area" as const, code: "0201", nameEn: "Shanghai", nameZh: "上海" },
  { kind: "area" as const, code: "0755", nameEn: "Shenzhen", nameZh: "深圳" },
  { kind: "area" as const, code: "0571", nameEn: "Hangzhou", nameZh: "杭州" },
  ...["涂料", "机械制造", "电子", "化工"].map((n, i) => ({
    kind: "industry" as const,
    code: `ind${i}`,
    nameEn: `Industry ${i}`,
    nameZh: n,
  })),
  ...["展会", "客户介绍", "网站", "电话开发"].map((n, i) => ({
    kind: "source" as const,
    code: `src${i}`,
    nameEn: `Source ${i}`,
    nameZh: n,
  })),
];

/** The clock runs and undos are given (a fixed time, far from the machine's). */
const CLOCK = new Date("2026-03-02T01:30:00Z");

let director: Awaited<ReturnType<typeof createUser>>;
let manager: Awaited<ReturnType<typeof createUser>>;

beforeEach(async () => {
  await truncateAll();
  await db.insert(referenceItems).values(REFERENCE);
  director = await createUser("director");
  manager = await createUser("manager");
});

async function upload(rows: string[][], ownerId: string | null, encoding = "gb18030" as const) {
  const bytes = csvBytes(rows, encoding);
  return db.transaction((tx) =>
    storeUpload(tx, {
      createdById: director.id,
      ownerId,
      fileName: "客户.csv",
      body: Readable.from([bytes.subarray(0, 1000), bytes.subarray(1000)]),
    }),
  );
}

async function prepare(rows: string[][], rules: DuplicateRules = DEFAULT_RULES) {
  const stored = await upload(rows, manager.id);
  await db
    .update(imports)
    .set({ mapping: suggestMapping(stored.header), rules })
    .where(eq(imports.id, stored.id));
  const totals = await checkImport(stored.id);
  await db.update(imports).set({ status: "queued" }).where(eq(imports.id, stored.id));
  return { id: stored.id, totals, stored };
}

const importOf = async (id: string) =>
  (await db.select().from(imports).where(eq(imports.id, id)))[0]!;
const countWhere = async (table: typeof accounts | typeof stakeholders, id: string) =>
  (
    await db
      .select({ n: sql<number>`count(*)::int` })
      .from(table)
      .where(eq(table.importId, id))
  )[0]!.n;

describe("import engine on PostgreSQL", () => {
  test("a GBK upload is stored in chunks with its encoding and header detected", async () => {
    const stored = await upload(customerRows(3), null);
    expect(stored).toMatchObject({ format: "csv", encoding: "gb18030" });
    expect(stored.header[0]).toBe("客户名称");
  });

  test("dry run: errors per row and field, duplicates found, nothing but the staging rows written", async () => {
    await db.insert(accounts).values({
      code: "n010199",
      name: "导入测试上海第1号贸易股份有限公司",
      areaId: (await db.select().from(referenceItems).limit(1))[0]!.id,
    });
    const rows = customerRows(6);
    rows[2]![17] = "9999"; // row 3: unknown area
    rows[3]![9] = "not-an-email"; // row 4: bad e-mail
    rows[6] = [...rows[5]!]; // row 7 repeats row 6
    const before = (await db.select({ n: sql<number>`count(*)::int` }).from(accounts))[0]!.n;
    const { id, totals } = await prepare(rows);
    expect(totals).toEqual({ total: 6, errors: 3, duplicates: 1 });
    const staged = await db
      .select()
      .from(importRows)
      .where(eq(importRows.importId, id))
      .orderBy(importRows.rowNo);
    expect(staged.map((r) => [r.rowNo, r.state, r.matchRule])).toEqual([
      [2, "pending", "name"],
      [3, "error", null],
      [4, "error", null],
      [5, "pending", null],
      [6, "pending", null],
      [7, "error", null],
    ]);
    expect(staged[1]!.errors).toEqual({ area: ["accounts.validation.unknownArea"] });
    expect(staged[2]!.errors).toEqual({ email: ["invalidEmail"] });
    expect(staged[5]!.errors).toEqual({ email: ["import.errors.sameAsRow|row=6"] });
    const after = (await db.select({ n: sql<number>`count(*)::int` }).from(accounts))[0]!.n;
    expect(after).toBe(before);
  });

  test("dry run in batches: a row repeating one of an earlier batch, an old code, archived customers", async () => {
    const [area] = await db.select().from(referenceItems).limit(1);
    const [old] = await db
      .insert(accounts)
      .values({ code: "i010155", name: "改过编码的客户", areaId: area!.id })
      .returning();
    await db.insert(accountPreviousCodes).values({ accountId: old!.id, code: "N010144" });
    const [archived] = await db
      .insert(accounts)
      .values({
        code: "p010166",
        name: "已归档客户",
        areaId: area!.id,
        phone: "(010) 6000-0004",
        archivedAt: CLOCK,
      })
      .returning();
    const rows = customerRows(8);
    rows[2]![1] = "n010144"; // row 3: an old code, written in another case
    rows[7] = [...rows[1]!]; // row 8 repeats row 2, three batches earlier
    rows[7]![0] = "另一个名字";
    const stored = await upload(rows, manager.id);
    await db
      .update(imports)
      .set({ mapping: suggestMapping(stored.header), rules: DEFAULT_RULES })
      .where(eq(imports.id, stored.id));
    const totals = await checkImport(stored.id, { batchSize: 2 });
    expect(totals).toEqual({ total: 8, errors: 1, duplicates: 2 });
    const staged = await db
      .select()
      .from(importRows)
      .where(eq(importRows.importId, stored.id))
      .orderBy(importRows.rowNo);
    expect(staged.map((r) => [r.rowNo, r.state, r.matchRule, r.matchAccountId])).toEqual([
      [2, "pending", null, null],
      [3, "pending", "code", old!.id],
      [4, "pending", null, null],
      [5, "pending", "phone", archived!.id],
      [6, "pending", null, null],
      [7, "pending", null, null],
      [8, "error", null, null],
      [9, "pending", null, null],
    ]);
    expect(staged[6]!.errors).toEqual({ email: ["import.errors.sameAsRow|row=2"] });
  });

  test("run: customers with codes as the form makes them, contacts, stage history, one audit row", async () => {
    // A serial a director already used by hand is skipped, as the form skips it.
    const [shanghai] = await db
      .select()
      .from(referenceItems)
      .where(eq(referenceItems.code, "0201"));
    await db
      .insert(accounts)
      .values({ code: "n020101", name: "手工编码客户", areaId: shanghai!.id });
    const { id } = await prepare(customerRows(5));
    const done = await runImport(id, CLOCK, { batchSize: 2 });
    expect(done).toMatchObject({ status: "done", createdCount: 5, contactCount: 5, doneRows: 5 });
    expect(done!.finishedAt).toEqual(CLOCK);
    const created = await db.select().from(accounts).where(eq(accounts.importId, id));
    // Times come from the run's clock, not the machine's.
    expect(new Set(created.flatMap((a) => [+a.createdAt, +a.stageEnteredAt]))).toEqual(
      new Set([+CLOCK]),
    );
    expect(created.map((a) => a.code).sort()).toEqual(
      ["n020102", "p075501", "i057101", "n010101", "p020101"].sort(),
    );
    // Every cell as the form would save it (the rows go in as one JSON document).
    const first = created.find((a) => a.name === "导入测试上海第1号贸易有限公司")!;
    expect(first).toMatchObject({
      city: "上海",
      phone: "010-60000001",
      email: "c1@import.example",
      annualRevenue: "1000010.00",
      employeeCount: 11,
      type: "buyer",
      status: "active",
      grade: "normal",
      stage: "stakeholders",
      furthestStage: "stakeholders",
      createdById: director.id,
    });
    expect(new Set(created.map((a) => a.ownerId))).toEqual(new Set([manager.id]));
    const contacts = await db.select().from(stakeholders).where(eq(stakeholders.importId, id));
    expect(
      contacts.map((c) => [c.isPrimary, c.side]).every(([p, s]) => p && s === "customer"),
    ).toBe(true);
    expect(contacts.find((c) => c.accountId === first.id)).toMatchObject({
      name: "李1",
      salutation: "先生",
      department: "采购部",
      title: "经理",
      mobile: "13800000001",
      email: "p1@contact.example",
      decisionRole: "user",
      influence: 3,
    });
    const moves = await db
      .select()
      .from(stageTransitions)
      .where(
        inArray(
          stageTransitions.accountId,
          created.map((a) => a.id),
        ),
      );
    expect(moves).toHaveLength(5);
    const audit = await db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(
      audit.map((a) => [a.entity, a.action, (a.after as { created: number }).created]),
    ).toEqual([["import", "run", 5]]);
  });

  test("resume after a crash mid-import: every row applied exactly once", async () => {
    const { id } = await prepare(customerRows(9));
    await expect(runImport(id, CLOCK, { batchSize: 2, stopAfterBatches: 2 })).rejects.toThrow(
      /crash/,
    );
    const crashed = await importOf(id);
    expect(crashed).toMatchObject({ status: "failed", doneRows: 4, createdCount: 4 });
    expect(await countWhere(accounts, id)).toBe(4);
    const done = await runImport(id, CLOCK, { batchSize: 2 });
    expect(done).toMatchObject({ status: "done", doneRows: 9, createdCount: 9 });
    expect(await countWhere(accounts, id)).toBe(9);
    expect(await countWhere(stakeholders, id)).toBe(9);
    const names = await db.select({ name: accounts.name }).from(accounts);
    expect(new Set(names.map((n) => n.name)).size).toBe(9);
  });

  test("dedupe choices: per rule skip or update, per row create; undo restores the updated values", async () => {
    const area = (
      await db.select().from(referenceItems).where(eq(referenceItems.code, "0201"))
    )[0]!;
    const [old] = await db
      .insert(accounts)
      .values({
        code: "i020177",
        name: "旧名称",
        phone: "021-55550000",
        city: "苏州",
        areaId: area.id,
        ownerId: manager.id,
      })
      .returning();
    await db
      .insert(accounts)
      .values({ code: "n020178", name: "导入测试杭州第3号贸易有限公司", areaId: area.id });
    const rows = customerRows(4);
    rows[2]![1] = "i020177"; // row 3: same code as `old` → update
    const { id } = await prepare(rows, { ...DEFAULT_RULES, code: "update", name: "skip" });
    // Row 4 matches another customer by name (skip by its rule); the user says create for it.
    await db
      .update(importRows)
      .set({ choice: "create" })
      .where(and(eq(importRows.importId, id), eq(importRows.rowNo, 4)));
    const done = await runImport(id, CLOCK);
    expect(done).toMatchObject({ createdCount: 3, updatedCount: 1, skippedCount: 0 });
    const [updated] = await db.select().from(accounts).where(eq(accounts.id, old!.id));
    expect(updated).toMatchObject({
      name: rows[2]![0],
      city: "深圳",
      code: "i020177",
      importId: id,
      version: 2,
    });

    // Untouched since the import (created and updated customers alike): undo may run.
    expect(await db.transaction((tx) => undoBlocker(tx, id))).toBeNull();
    const undone = await db.transaction((tx) => undoImport(tx, id, CLOCK));
    expect(undone).toEqual({ created: 3, updated: 1 });
    const [restored] = await db.select().from(accounts).where(eq(accounts.id, old!.id));
    expect(restored).toMatchObject({
      name: "旧名称",
      city: "苏州",
      phone: "021-55550000",
      importId: null,
    });
    expect(await countWhere(accounts, id)).toBe(0);
    expect(await countWhere(stakeholders, id)).toBe(0);
    expect(await importOf(id)).toMatchObject({ status: "undone", undoneAt: CLOCK });
  });

  test("undo takes the created customers' stage rows out of the dashboard stats and histograms", async () => {
    const stats = async () =>
      (
        await db.execute<{ moves: number; cells: number; histogram: number }>(sql`
          select (select coalesce(sum(moves), 0)::int from stage_move_stats) as moves,
            (select count(*)::int from stage_move_stats where moves <> 0) as cells,
            (select coalesce(sum(count), 0)::int from forecast_histograms) as histogram`)
      )[0]!;
    const before = await stats();
    const { id } = await prepare(customerRows(6));
    await runImport(id, CLOCK, { batchSize: 4 });
    // Each creation is one move at three levels (day, month, day per owner and segment).
    expect((await stats()).moves).toBe(before.moves + 6 * 3);
    await db.transaction((tx) => undoImport(tx, id, CLOCK));
    expect(await stats()).toEqual(before);
    expect(await countWhere(accounts, id)).toBe(0);
  });

  test("a batch holds no code counter while it writes: the form's next code does not wait for it", async () => {
    const { id } = await prepare(customerRows(1)); // one Shanghai customer of grade normal
    // Hold the batch after it has its codes: its stage rows wait for this lock.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const lockTaken = new Promise<void>((resolve) => (locked = resolve));
    const holder = db.transaction(async (tx) => {
      await tx.execute(sql`lock table stage_transitions in share mode`);
      locked();
      await held;
    });
    await lockTaken;
    const run = runImport(id, CLOCK);
    for (let waiting = 0; !waiting;) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      const [found] = await db.execute<{ waiting: number }>(sql`
        select count(*)::int as waiting from pg_stat_activity
        where wait_event_type = 'Lock' and query like '%insert into stage_transitions%'
          and pid <> pg_backend_pid()`);
      waiting = found!.waiting;
    }
    // Mid-batch, the new-account form takes the next code of the same grade and area.
    const code = await db
      .transaction(async (tx) => {
        await tx.execute(sql`set local lock_timeout = '3s'`);
        return nextCode(tx, "normal", "0201");
      })
      .finally(release);
    await holder;
    expect(await run).toMatchObject({ status: "done", createdCount: 1 });
    const [created] = await db.select().from(accounts).where(eq(accounts.importId, id));
    expect([created!.code, code]).toEqual(["n020101", "n020102"]);
  });

  test("the dry-run job waits for the settings of the action that queued it to commit", async () => {
    const stored = await upload(customerRows(3), manager.id);
    const before = await importOf(stored.id);
    // Queued with the version the action's (still open) transaction will commit.
    const job = importCheckJob.run(
      { importId: stored.id, version: before.version + 1 },
      { now: new Date() },
    );
    await new Promise((resolve) => setTimeout(resolve, 400));
    await db
      .update(imports)
      .set({
        mapping: suggestMapping(stored.header),
        rules: DEFAULT_RULES,
        status: "checking",
        version: before.version + 1,
      })
      .where(eq(imports.id, stored.id));
    expect(await job).toMatchObject({ total: 3 });
    expect(await importOf(stored.id)).toMatchObject({
      status: "checked",
      totalRows: 3,
      error: null,
    });
  });

  test("a manager's import skips a duplicate they may not change instead of updating it", async () => {
    const area = (await db.select().from(referenceItems).limit(1))[0]!;
    const other = await createUser("manager");
    await db
      .insert(accounts)
      .values({ code: "i010177", name: "别人的客户", areaId: area.id, ownerId: other.id });
    const rows = customerRows(1);
    rows[1]![1] = "i010177";
    const stored = await upload(rows, manager.id);
    await db
      .update(imports)
      .set({
        createdById: manager.id,
        mapping: suggestMapping(stored.header),
        rules: DEFAULT_RULES,
      })
      .where(eq(imports.id, stored.id));
    await checkImport(stored.id);
    await db.update(imports).set({ status: "queued" }).where(eq(imports.id, stored.id));
    expect(await runImport(stored.id, CLOCK)).toMatchObject({ updatedCount: 0, skippedCount: 1 });
    const [kept] = await db.select().from(accounts).where(eq(accounts.code, "i010177"));
    expect(kept!.name).toBe("别人的客户");
  });
});
