import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/db";
import { accounts, accountTeam, orders } from "@/db/schema";
import { createUser, truncateAll } from "@/db/testing/fixtures";
import type { Actor } from "@/lib/policy";
import type { OrderStatus } from "@/lib/orders/types";
import { salesByAccount, salesByManager } from "./sales-report";

/* The printed sales report's queries: period, statuses, currencies and who sees what. */

let director: Actor, zhang: Actor, chen: Actor, executive: Actor;
const q4 = { from: "2026-10-01", to: "2026-12-31" };
let serial = 0;

async function account(name: string, ownerId: string | null) {
  const [row] = await db
    .insert(accounts)
    .values({ code: `n7777${String(++serial).padStart(4, "0")}`, name, ownerId })
    .returning({ id: accounts.id });
  return row!.id;
}
const order = (
  accountId: string,
  orderDate: string,
  totalMinor: number,
  extra: { status?: OrderStatus; currency?: string; costMinor?: number } = {},
) => ({
  accountId,
  number: `SO-${++serial}`,
  orderDate,
  status: extra.status ?? "delivered",
  currency: extra.currency ?? "CNY",
  totalMinor,
  costMinor: extra.costMinor ?? null,
  costedAmountMinor: extra.costMinor === undefined ? 0 : totalMinor,
  lineCount: 1,
});

beforeAll(async () => {
  await truncateAll();
  [director, zhang, chen, executive] = [
    await createUser("director"),
    await createUser("manager", { name: "张伟" }),
    await createUser("manager", { name: "陈静" }),
    await createUser("executive"),
  ];
  const huacai = await account("华彩涂料", zhang.id);
  const dongfang = await account("东方建材", chen.id);
  const shared = await account("共享客户", chen.id);
  const unowned = await account("无主客户", null);
  await db.insert(accountTeam).values({ accountId: shared, userId: zhang.id });
  await db.insert(orders).values([
    order(huacai, "2026-10-01", 100_000, { costMinor: 60_000 }),
    order(huacai, "2026-12-31", 50_000),
    order(huacai, "2026-09-30", 999_999), // before the period
    order(huacai, "2027-01-01", 999_999), // after it
    order(huacai, "2026-11-01", 999_999, { status: "draft" }),
    order(huacai, "2026-11-02", 999_999, { status: "cancelled" }),
    order(dongfang, "2026-11-15", 300_000, { status: "confirmed" }),
    order(dongfang, "2026-11-16", 2_000, { currency: "USD" }),
    order(shared, "2026-10-20", 20_000),
    order(unowned, "2026-10-21", 7_000),
  ]);
});

const managers = async (actor: Actor, ownerId?: string) =>
  (await salesByManager({ actor, period: q4, ownerId })).map((m) => [
    m.ownerName,
    m.currency,
    m.accounts,
    m.orders,
    m.revenueMinor,
    m.marginMinor,
  ]);
const accountRows = async (actor: Actor, limit = 50) => {
  const { rows, total } = await salesByAccount({ actor, period: q4 }, limit);
  return { total, rows: rows.map((r) => [r.name, r.currency, r.orders, r.revenueMinor]) };
};

describe("sales report", () => {
  test("a director gets every manager's confirmed and delivered orders of the period, per currency", async () => {
    expect(await managers(director)).toEqual([
      ["陈静", "CNY", 2, 2, 320_000, null],
      ["张伟", "CNY", 1, 2, 150_000, 40_000],
      [null, "CNY", 1, 1, 7_000, null],
      ["陈静", "USD", 1, 1, 2_000, null],
    ]);
    // Four accounts had sales; 东方建材's two currencies stay together, under its rank.
    expect(await accountRows(director)).toEqual({
      total: 4,
      rows: [
        ["东方建材", "CNY", 1, 300_000],
        ["东方建材", "USD", 1, 2_000],
        ["华彩涂料", "CNY", 2, 150_000],
        ["共享客户", "CNY", 1, 20_000],
        ["无主客户", "CNY", 1, 7_000],
      ],
    });
    // The executive sees all as the director does; one manager's report narrows it.
    expect(await managers(executive)).toEqual(await managers(director));
    expect((await managers(director, zhang.id)).map((m) => m[0])).toEqual(["张伟"]);
  });

  test("a manager gets their own and their team's accounts only, whatever owner is asked", async () => {
    expect(await accountRows(zhang)).toEqual({
      total: 2,
      rows: [
        ["华彩涂料", "CNY", 2, 150_000],
        ["共享客户", "CNY", 1, 20_000],
      ],
    });
    expect(await managers(zhang, chen.id)).toEqual([["陈静", "CNY", 1, 1, 20_000, null]]);
    expect((await accountRows(chen)).rows.map((r) => r[0])).toEqual([
      "东方建材",
      "东方建材",
      "共享客户",
    ]);
  });

  test("lists at most the limit of accounts, each with all its currencies, and counts accounts", async () => {
    // 东方建材 has orders in CNY and USD: one account, two rows, counted once.
    expect(await accountRows(director, 2)).toEqual({
      total: 4,
      rows: [
        ["东方建材", "CNY", 1, 300_000],
        ["东方建材", "USD", 1, 2_000],
        ["华彩涂料", "CNY", 2, 150_000],
      ],
    });
    expect(await accountRows(director, 1)).toEqual({
      total: 4,
      rows: [
        ["东方建材", "CNY", 1, 300_000],
        ["东方建材", "USD", 1, 2_000],
      ],
    });
  });
});
