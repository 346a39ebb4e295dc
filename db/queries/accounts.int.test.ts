import { sql } from "drizzle-orm";
import { beforeEach, describe, expect, test } from "vitest";
import {
  encodeCursor,
  parseListParams,
  toListQuery,
  type ListSort,
} from "@/components/accounts/list-params";
import { db } from "@/db";
import { accounts, accountTeam, referenceItems, stageSettings } from "@/db/schema";
import { createUser, truncateAll } from "@/db/testing/fixtures";
import type { Actor } from "@/lib/policy";
import { getAccount } from "./accounts";
import { listAccounts } from "./accounts-search";
import { pipelineBoard } from "./accounts-board";
import { type AccountListFilters } from "./accounts-shared";

type NewAccount = Partial<typeof accounts.$inferInsert> & { name: string };
let serial = 0;
async function insertAccount(values: NewAccount & { daysInStage?: number }) {
  const { daysInStage = 1, ...rest } = values;
  serial++;
  const [row] = await db
    .insert(accounts)
    .values({
      code: `n9999${String(serial).padStart(3, "0")}`,
      stageEnteredAt: sql`now() - make_interval(days => ${daysInStage})`,
      ...rest,
    })
    .returning();
  return row!;
}

const names = async (actor: Actor, filters: AccountListFilters = {}) =>
  (await listAccounts({ actor, filters })).rows.map((r) => r.name).sort();

beforeEach(async () => {
  await truncateAll();
});

describe("who sees which accounts", () => {
  test("a manager sees own and team accounts only; other roles see all", async () => {
    const [zhang, chen, director, admin, executive] = await Promise.all([
      createUser("manager"),
      createUser("manager"),
      createUser("director"),
      createUser("admin"),
      createUser("executive"),
    ]);
    await insertAccount({ name: "Zhang Own", ownerId: zhang.id });
    await insertAccount({ name: "Chen Own", ownerId: chen.id });
    const shared = await insertAccount({ name: "Chen Shared", ownerId: chen.id });
    await insertAccount({ name: "Nobody's" });
    await db.insert(accountTeam).values({ accountId: shared.id, userId: zhang.id });

    expect(await names(zhang)).toEqual(["Chen Shared", "Zhang Own"]);
    expect(await names(chen)).toEqual(["Chen Own", "Chen Shared"]);
    for (const actor of [director, admin, executive]) {
      expect(await names(actor)).toEqual(["Chen Own", "Chen Shared", "Nobody's", "Zhang Own"]);
    }
  });

  test("getAccount returns null for an account the caller may not see", async () => {
    const [zhang, chen, executive] = await Promise.all([
      createUser("manager"),
      createUser("manager"),
      createUser("executive"),
    ]);
    const account = await insertAccount({ name: "Private", ownerId: zhang.id });
    expect(await getAccount({ actor: chen, id: account.id })).toBeNull();
    expect((await getAccount({ actor: zhang, id: account.id }))?.account.name).toBe("Private");
    expect((await getAccount({ actor: executive, id: account.id }))?.account.name).toBe("Private");
  });
});

describe("search", () => {
  let admin: Actor;
  beforeEach(async () => {
    admin = await createUser("admin");
    await insertAccount({
      name: "北京华彩涂料有限公司",
      code: "i010101",
      phone: "010-62345678",
      email: "sales@huacai.example",
    });
    await insertAccount({ name: "上海申达机械制造厂", code: "n020101", phone: "021-55667788" });
    await insertAccount({ name: "杭州西湖涂装材料有限公司", code: "p057102" });
    await insertAccount({ name: "杭州湖畔涂料有限公司", code: "n057103" });
    await insertAccount({ name: "Acme Widgets Ltd", code: "p075501", email: "info@acme.example" });
    await insertAccount({ name: "100% Natural Foods", code: "n057101" });
    await insertAccount({ name: "Zenith_Tools", code: "n057102" });
  });

  test("finds exact code, phone and e-mail (e-mail in any case), not fragments of them", async () => {
    expect(await names(admin, { q: "i010101" })).toEqual(["北京华彩涂料有限公司"]);
    expect(await names(admin, { q: "021-55667788" })).toEqual(["上海申达机械制造厂"]);
    expect(await names(admin, { q: "INFO@Acme.example" })).toEqual(["Acme Widgets Ltd"]);
    expect(await names(admin, { q: "5566" })).toEqual([]);
    expect(await names(admin, { q: "i0101" })).toEqual([]);
  });

  test("finds names by part and despite a typo, in Chinese and English", async () => {
    expect(await names(admin, { q: "申达" })).toEqual(["上海申达机械制造厂"]);
    expect(await names(admin, { q: "北京华采涂料" })).toEqual(["北京华彩涂料有限公司"]);
    expect(await names(admin, { q: "华采涂料" })).toEqual(["北京华彩涂料有限公司"]);
    expect(await names(admin, { q: "Acme Widgtes" })).toEqual(["Acme Widgets Ltd"]);
    expect(await names(admin, { q: "acme" })).toEqual(["Acme Widgets Ltd"]);
    expect(await names(admin, { q: "杭州湖伴涂料" })).toEqual(["杭州湖畔涂料有限公司"]);
    expect(await names(admin, { q: "湖伴涂料" })).toEqual(["杭州湖畔涂料有限公司"]);
    expect(await names(admin, { q: "杭州湖畔涂料有限公司" })).toEqual(["杭州湖畔涂料有限公司"]);
    expect(await names(admin, { q: "北京机械" })).toEqual([]);
    expect(await names(admin, { q: "华 彩 涂" })).toEqual(["北京华彩涂料有限公司"]);
  });

  test("% and _ are literal characters, not wildcards", async () => {
    expect(await names(admin, { q: "%" })).toEqual(["100% Natural Foods"]);
    expect(await names(admin, { q: "_" })).toEqual(["Zenith_Tools"]);
  });
});

describe("filters", () => {
  test("stage, grade, owner (or none), industry, source, status, archived and overdue narrow the list", async () => {
    const [admin, zhang] = await Promise.all([createUser("admin"), createUser("manager")]);
    const [coatings, fair] = await db
      .insert(referenceItems)
      .values([
        { kind: "industry", code: "coatings", nameEn: "Coatings", nameZh: "涂料" },
        { kind: "source", code: "fair", nameEn: "Trade fair", nameZh: "展会" },
      ])
      .returning();
    await insertAccount({ name: "Fresh", daysInStage: 3, grade: "important" });
    await insertAccount({ name: "Stuck", daysInStage: 30, ownerId: zhang.id });
    await insertAccount({ name: "Executing", stage: "execution", daysInStage: 300 });
    await insertAccount({
      name: "Painter",
      industryId: coatings!.id,
      sourceId: fair!.id,
      status: "inactive",
      ownerId: zhang.id,
    });
    await insertAccount({ name: "Old", archivedAt: new Date() });

    expect(await names(admin)).toEqual(["Executing", "Fresh", "Painter", "Stuck"]);
    expect(await names(admin, { stage: "execution" })).toEqual(["Executing"]);
    expect(await names(admin, { grade: "important" })).toEqual(["Fresh"]);
    expect(await names(admin, { ownerId: zhang.id })).toEqual(["Painter", "Stuck"]);
    expect(await names(admin, { unowned: true })).toEqual(["Executing", "Fresh"]);
    expect(await names(admin, { sourceId: fair!.id })).toEqual(["Painter"]);
    expect(await names(admin, { industryId: coatings!.id })).toEqual(["Painter"]);
    expect(await names(admin, { status: "inactive" })).toEqual(["Painter"]);
    expect(await names(admin, { archived: true })).toEqual(["Old"]);
    // Stakeholders allow 14 days by default; execution has no limit.
    expect(await names(admin, { overdue: true })).toEqual(["Stuck"]);
    const [stuck] = (await listAccounts({ actor: admin, filters: { q: "Stuck" } })).rows;
    expect(stuck?.overdue).toBe(true);

    // The admin's stage time limit replaces the default.
    await db.insert(stageSettings).values({ stage: "stakeholders", expectedDays: 2 });
    expect(await names(admin, { overdue: true })).toEqual(["Fresh", "Stuck"]);
  });
});

describe("keyset pagination", () => {
  test("walks every page through the URL cursor without duplicates or gaps", async () => {
    const admin = await createUser("admin");
    // One statement: every row gets the same created_at (with microseconds), and names repeat.
    await db.insert(accounts).values(
      Array.from({ length: 23 }, (_, i) => ({
        code: `n1111${String(i).padStart(3, "0")}`,
        name: `Account ${String(i % 7).padStart(2, "0")}`,
        stageEnteredAt: sql`now() - make_interval(days => ${i % 5}, secs => ${i / 1000})`,
      })),
    );
    for (const sort of ["name", "newest", "longest"] as ListSort[]) {
      const all = await listAccounts({
        actor: admin,
        filters: {},
        sort: toListQuery(parseListParams({ sort })).sort,
        limit: 100,
      });
      expect(all.rows).toHaveLength(23);
      const seen: string[] = [];
      let after: string | undefined;
      for (let page = 0; page < 10; page++) {
        const query = toListQuery(parseListParams({ sort, after }));
        const result = await listAccounts({ actor: admin, ...query, limit: 5 });
        seen.push(...result.rows.map((r) => r.id));
        if (!result.next) break;
        after = encodeCursor(result.next);
      }
      expect(seen, sort).toEqual(all.rows.map((r) => r.id));
    }
  });
});

describe("pipeline board", () => {
  test("each column holds its longest-waiting cards; counts cover the whole stage", async () => {
    const [zhang, chen, director] = await Promise.all([
      createUser("manager"),
      createUser("manager"),
      createUser("director"),
    ]);
    for (let i = 0; i < 5; i++) {
      await insertAccount({ name: `Eval ${i}`, stage: "evaluation", daysInStage: 10 + i });
    }
    await insertAccount({ name: "Eval archived", stage: "evaluation", daysInStage: 99 });
    await db
      .update(accounts)
      .set({ archivedAt: new Date() })
      .where(sql`name = 'Eval archived'`);
    await insertAccount({ name: "Scope Zhang", stage: "scope", ownerId: zhang.id, daysInStage: 3 });
    const shared = await insertAccount({ name: "Scope Chen", stage: "scope", ownerId: chen.id });
    await db.insert(accountTeam).values({ accountId: shared.id, userId: zhang.id });
    await insertAccount({ name: "Dropped Chen", stage: "dropped", ownerId: chen.id });

    const board = await pipelineBoard({ actor: director, filters: {}, perStage: 3 });
    const count = (stage: string) => board.counts.find((c) => c.stage === stage)?.count ?? 0;
    expect([count("evaluation"), count("scope"), count("dropped")]).toEqual([5, 2, 1]);
    expect(board.cards.map((c) => c.name)).toEqual([
      "Eval 4",
      "Eval 3",
      "Eval 2",
      "Scope Zhang",
      "Scope Chen",
      "Dropped Chen",
    ]);

    // A filter takes the other way to the cards (numbering instead of walking each
    // stage's index); one that keeps every account must give the same board.
    const filtered = await pipelineBoard({
      actor: director,
      filters: { status: "active" },
      perStage: 3,
    });
    expect(filtered.cards.map((c) => c.id)).toEqual(board.cards.map((c) => c.id));

    const own = await pipelineBoard({ actor: zhang, filters: {}, perStage: 3 });
    expect(own.cards.map((c) => c.name).sort()).toEqual(["Scope Chen", "Scope Zhang"]);
    expect(own.counts).toEqual([{ stage: "scope", count: 2, overdue: 0 }]);

    // Accounts nobody owns yet: the five evaluations (the archived one stays off);
    // Eval 4 has waited just past evaluation's 14 days.
    const unowned = await pipelineBoard({ actor: director, filters: { unowned: true } });
    expect(unowned.counts).toEqual([{ stage: "evaluation", count: 5, overdue: 1 }]);
    expect(unowned.cards).toHaveLength(5);

    const countsOnly = await pipelineBoard({ actor: director, filters: {}, perStage: 0 });
    expect(countsOnly.cards).toEqual([]);
    expect(countsOnly.counts).toHaveLength(3);
  });
});
