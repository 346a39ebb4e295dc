import { sql } from "drizzle-orm";
import { beforeEach, describe, expect, test } from "vitest";
import { db } from "@/db";
import { accounts, accountTeam } from "@/db/schema";
import { createUser, truncateAll } from "@/db/testing/fixtures";
import type { Actor } from "@/lib/policy";
import { listAccounts } from "./accounts-search";
import { pipelineBoard } from "./accounts-board";
import { type AccountListFilters, type AccountSort } from "./accounts-shared";

/*
 * The account search reads candidates through a gram index and, for a page, first
 * among the first accounts in list order; these tests hold it to the plain rule: an
 * exact code, phone or e-mail, the name containing the query in any case, or (Chinese)
 * ¾ of the query's characters and ⅓ of its adjacent pairs, common words left out.
 */

let serial = 0;
const code = () => `n7777${String(++serial).padStart(4, "0")}`;

async function insertNames(names: string[], extra: Partial<typeof accounts.$inferInsert> = {}) {
  const rows = await db
    .insert(accounts)
    .values(names.map((name) => ({ code: code(), name, ...extra })))
    .returning({ id: accounts.id, name: accounts.name });
  return rows;
}

/** Every page of a search, walked through the cursor. */
async function allPages(
  actor: Actor,
  filters: AccountListFilters,
  sort: AccountSort,
  limit: number,
) {
  const seen: string[] = [];
  let after: { v: string; id: string } | undefined;
  for (let page = 0; page < 500; page++) {
    const result = await listAccounts({ actor, filters, sort, after, limit });
    seen.push(...result.rows.map((r) => r.name));
    if (!result.next) return seen;
    after = result.next;
  }
  throw new Error("no last page");
}

const names = async (actor: Actor, q: string, limit = 1000) =>
  (await listAccounts({ actor, filters: { q }, limit })).rows.map((r) => r.name).sort();

const HAN = /\p{Script=Han}/u;
const GENERIC = /股份有限公司|有限责任公司|有限公司|分公司|集团|公司|股份/g;

/** The rule, written plainly. */
function matches(name: string, q: string) {
  if (name.toLowerCase().includes(q.toLowerCase())) return true;
  const chars = [...q.replace(GENERIC, " ")].map((c) => (HAN.test(c) ? c : " "));
  const unique = [...new Set(chars.filter((c) => c !== " "))];
  if (unique.length < 3) return false;
  const pairs = [
    ...new Set(
      chars
        .slice(1)
        .map((c, i) => `${chars[i]}${c}`)
        .filter((p) => !p.includes(" ")),
    ),
  ];
  const held = (parts: string[]) => parts.filter((p) => name.includes(p)).length;
  return (
    held(unique) >= Math.ceil(unique.length * 0.75) && held(pairs) >= Math.ceil(pairs.length / 3)
  );
}

/** A small deterministic random source, so that a failure can be replayed. */
function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

beforeEach(async () => {
  await truncateAll();
});

describe("search finds what the rule finds", () => {
  test("for generated names and queries: parts, typos, gaps, single characters", async () => {
    const admin = await createUser("admin");
    const rnd = random(20261201);
    const pick = <T>(items: readonly T[]) => items[Math.floor(rnd() * items.length)]!;
    const cities = ["杭州", "北京", "上海", "深圳", "广州", "苏州"];
    const cores = ["华彩", "华采", "湖畔", "西湖", "申达", "中科", "振华", "宏达", "彩虹"];
    const trades = ["涂料", "涂装材料", "机械制造", "电子科技", "化工", "包装材料"];
    const suffixes = ["有限公司", "股份有限公司", "制造厂", "实业有限公司", ""];
    const generated = Array.from(
      { length: 240 },
      () => `${pick(cities)}${pick(cores)}${pick(trades)}${pick(suffixes)}`,
    );
    const latin = ["Acme Widgets Ltd", "Huacai Coatings Co", "Zenith_Tools", "100% Natural Foods"];
    await insertNames([...generated, ...latin]);
    const all = [...generated, ...latin];

    const typo = (s: string) => {
      const chars = [...s];
      chars[Math.floor(rnd() * chars.length)] = pick(["采", "伴", "西", "料", "机"]);
      return chars.join("");
    };
    const part = (s: string) => {
      const chars = [...s];
      const from = Math.floor(rnd() * (chars.length - 1));
      return chars.slice(from, from + 1 + Math.floor(rnd() * 8)).join("");
    };
    const queries = [
      "华",
      "湖",
      "华彩",
      "湖畔涂料",
      "杭州湖畔涂料",
      "华 彩 涂",
      "西湖涂装材料有限公司",
      "acme",
      "WIDGETS",
      "Huacai co",
      "%",
      "_",
      ...Array.from({ length: 30 }, () => part(pick(generated))),
      ...Array.from({ length: 30 }, () => typo(part(pick(generated)))),
      ...Array.from({ length: 10 }, () => typo(pick(generated))),
    ];
    for (const q of queries) {
      const expected = all.filter((n) => matches(n, q.trim())).sort();
      expect(await names(admin, q), q).toEqual(expected);
    }
  });

  test("a typo'd Chinese name still finds the account, without matching look-alikes", async () => {
    const admin = await createUser("admin");
    await insertNames([
      "杭州湖畔涂料有限公司",
      "杭州西湖涂装材料有限公司",
      "上海申达机械制造厂",
      "北京华彩涂料有限公司",
    ]);
    expect(await names(admin, "杭州湖畔涂料")).toEqual(["杭州湖畔涂料有限公司"]);
    expect(await names(admin, "杭州湖伴涂料")).toEqual(["杭州湖畔涂料有限公司"]);
    // Eight pairs, three needed: the typo'd character breaks two of them.
    expect(await names(admin, "上海申达机戒制造厂")).toEqual(["上海申达机械制造厂"]);
    expect(await names(admin, "北京华采涂料有限公司")).toEqual(["北京华彩涂料有限公司"]);
    expect(await names(admin, "北京机械")).toEqual([]);
  });
});

describe("search over more accounts than it first looks through", () => {
  test("matches after the first 2,000 accounts in order are found, in order, page by page", async () => {
    const admin = await createUser("admin");
    // "一…" sorts before every other name, and "仁…" after "一…".
    await insertNames(Array.from({ length: 2100 }, (_, i) => `一号贸易${i}`));
    await insertNames(["仁和华彩涂料有限公司", "仁和华采涂料厂", "仁和机械"]);
    expect(await names(admin, "华彩", 50)).toEqual(["仁和华彩涂料有限公司"]);
    expect(await names(admin, "华采涂料", 50)).toEqual(["仁和华彩涂料有限公司", "仁和华采涂料厂"]);

    // A common query: its first page comes from the first accounts, later ones not.
    const first = await listAccounts({ actor: admin, filters: { q: "一号" }, limit: 5 });
    expect(first.rows.map((r) => r.name)).toEqual(
      ["一号贸易0", "一号贸易1", "一号贸易10", "一号贸易100", "一号贸易1000"].sort(),
    );
    const walked = await allPages(admin, { q: "贸易1" }, "name", 40);
    const expected = Array.from({ length: 2100 }, (_, i) => `一号贸易${i}`)
      .filter((n) => n.includes("贸易1"))
      .sort();
    expect(walked).toEqual(expected);
  });

  test("newest-first and longest-in-stage searches page without gaps or repeats", async () => {
    const admin = await createUser("admin");
    await db.insert(accounts).values(
      Array.from({ length: 2050 }, (_, i) => ({
        code: code(),
        name: i % 20 === 0 ? `华彩涂料${i}` : `其他公司${i}`,
        stageEnteredAt: sql`now() - make_interval(days => ${i % 30}, secs => ${i})`,
      })),
    );
    const expected = Array.from({ length: 2050 }, (_, i) => i)
      .filter((i) => i % 20 === 0)
      .map((i) => `华彩涂料${i}`);
    for (const sort of ["created", "stageAge"] as const) {
      const walked = await allPages(admin, { q: "华彩" }, sort, 7);
      expect(walked.slice().sort(), sort).toEqual(expected.slice().sort());
      expect(new Set(walked).size, sort).toBe(walked.length);
      const whole = await listAccounts({ actor: admin, filters: { q: "华彩" }, sort, limit: 500 });
      expect(walked, sort).toEqual(whole.rows.map((r) => r.name));
    }
  });
});

describe("who sees which search results", () => {
  test("a manager finds only own and team accounts, whichever way the search runs", async () => {
    const [zhang, chen, director] = await Promise.all([
      createUser("manager"),
      createUser("manager"),
      createUser("director"),
    ]);
    await insertNames(
      Array.from({ length: 2100 }, (_, i) => `一号华彩${i}`),
      { ownerId: chen.id },
    );
    // Zhang's: one among the first accounts in order, one after them.
    await insertNames(["一号华彩00", "仁和华彩涂料有限公司"], { ownerId: zhang.id });
    const [shared] = await insertNames(["仁和华采涂料厂"], { ownerId: chen.id });
    await insertNames(["仁和华彩化工"], { ownerId: chen.id });
    await db.insert(accountTeam).values({ accountId: shared!.id, userId: zhang.id });

    expect(await names(zhang, "华彩")).toEqual(["一号华彩00", "仁和华彩涂料有限公司"]);
    expect(await names(zhang, "华采涂料")).toEqual(["仁和华彩涂料有限公司", "仁和华采涂料厂"]);
    expect(await names(zhang, "一号")).toEqual(["一号华彩00"]);
    expect(
      (await listAccounts({ actor: chen, filters: { q: "一号" }, limit: 3 })).rows,
    ).toHaveLength(3);
    expect(await names(director, "仁和华彩")).toEqual([
      "仁和华彩化工",
      "仁和华彩涂料有限公司",
      "仁和华采涂料厂",
    ]);

    const board = await pipelineBoard({ actor: zhang, filters: { q: "华采涂料" } });
    expect(board.counts.reduce((sum, c) => sum + c.count, 0)).toBe(2);
  });
});
