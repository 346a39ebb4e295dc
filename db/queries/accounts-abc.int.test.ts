import { beforeEach, describe, expect, test } from "vitest";
import { db } from "@/db";
import { accounts, accountTeam } from "@/db/schema";
import { createUser, truncateAll } from "@/db/testing/fixtures";
import type { Actor } from "@/lib/policy";
import type { AbcClass } from "@/lib/value/abc";
import { pipelineBoard } from "./accounts-board";
import { listAccounts } from "./accounts-search";
import type { AccountListFilters } from "./accounts-shared";

/* The value class on the account list (filter and sort) and on the board's cards. */

let serial = 0;
const code = () => `n6666${String(++serial).padStart(4, "0")}`;

async function insert(rows: { name: string; abc: AbcClass | null; ownerId?: string }[]) {
  return db
    .insert(accounts)
    .values(rows.map((r) => ({ code: code(), name: r.name, abcClass: r.abc, ownerId: r.ownerId })))
    .returning({ id: accounts.id, name: accounts.name });
}

/** Every page of the list, walked through the cursor, as "class name". */
async function allPages(
  actor: Actor,
  filters: AccountListFilters,
  sort: "abc" | "name",
  limit: number,
) {
  const seen: string[] = [];
  let after: { v: string; id: string } | undefined;
  for (let page = 0; page < 100; page++) {
    const result = await listAccounts({ actor, filters, sort, after, limit });
    seen.push(...result.rows.map((r) => `${r.abcClass ?? "-"} ${r.name}`));
    if (!result.next) return seen;
    after = result.next;
  }
  throw new Error("no last page");
}

beforeEach(async () => {
  await truncateAll();
});

const MIXED = [
  { name: "Delta", abc: "B" },
  { name: "Alpha", abc: null },
  { name: "Echo", abc: "A" },
  { name: "Bravo", abc: "C" },
  { name: "Alpha", abc: "A" },
  { name: "Charlie", abc: "B" },
  { name: "Foxtrot", abc: null },
  { name: "Bravo", abc: "A" },
] as const;

describe("account list by value class", () => {
  test("filters on one class or on accounts not classified yet", async () => {
    const admin = await createUser("admin");
    await insert([...MIXED]);
    const names = async (abc: AccountListFilters["abc"]) =>
      (await allPages(admin, { abc }, "name", 50)).sort();
    expect(await names("A")).toEqual(["A Alpha", "A Bravo", "A Echo"]);
    expect(await names("C")).toEqual(["C Bravo"]);
    expect(await names("none")).toEqual(["- Alpha", "- Foxtrot"]);
    expect(await names(undefined)).toHaveLength(MIXED.length);
  });

  test("sorts A → C, unclassified last, by name within a class, across pages", async () => {
    const admin = await createUser("admin");
    await insert([...MIXED]);
    const expected = [
      "A Alpha",
      "A Bravo",
      "A Echo",
      "B Charlie",
      "B Delta",
      "C Bravo",
      "- Alpha",
      "- Foxtrot",
    ];
    // Page sizes that end pages inside a class, on a class boundary and among the unclassified.
    for (const limit of [1, 2, 3, 5, 50]) {
      expect(await allPages(admin, {}, "abc", limit)).toEqual(expected);
    }
    // With a search, which takes the list's other path.
    expect(await allPages(admin, { q: "a" }, "abc", 2)).toEqual(
      expected.filter((n) => n.toLowerCase().slice(2).includes("a")),
    );
    expect(await allPages(admin, { abc: "B" }, "abc", 1)).toEqual(["B Charlie", "B Delta"]);
  });

  test("a manager's filtered and sorted list holds only own and team accounts", async () => {
    const [zhang, chen] = await Promise.all([createUser("manager"), createUser("manager")]);
    await insert([
      { name: "Zhang A", abc: "A", ownerId: zhang.id },
      { name: "Zhang none", abc: null, ownerId: zhang.id },
      { name: "Chen A", abc: "A", ownerId: chen.id },
      { name: "Chen B", abc: "B", ownerId: chen.id },
    ]);
    const [shared] = await insert([{ name: "Chen shared C", abc: "C", ownerId: chen.id }]);
    await db.insert(accountTeam).values({ accountId: shared!.id, userId: zhang.id });

    expect(await allPages(zhang, {}, "abc", 1)).toEqual([
      "A Zhang A",
      "C Chen shared C",
      "- Zhang none",
    ]);
    expect(await allPages(zhang, { abc: "A" }, "abc", 50)).toEqual(["A Zhang A"]);
    expect(await allPages(zhang, { abc: "B" }, "name", 50)).toEqual([]);
  });
});

describe("board cards", () => {
  test("carry the value class, and a class filter narrows the board", async () => {
    const director = await createUser("director");
    await insert([
      { name: "Classed", abc: "B" },
      { name: "Unclassed", abc: null },
    ]);
    const board = await pipelineBoard({ actor: director, filters: {} });
    expect(board.cards.map((c) => [c.name, c.abcClass]).sort()).toEqual([
      ["Classed", "B"],
      ["Unclassed", null],
    ]);
    const narrowed = await pipelineBoard({ actor: director, filters: { abc: "none" } });
    expect(narrowed.cards.map((c) => c.name)).toEqual(["Unclassed"]);
    expect(narrowed.counts.reduce((sum, c) => sum + c.count, 0)).toBe(1);
  });
});
