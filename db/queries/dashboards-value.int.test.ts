import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/db";
import {
  abcClassHistory,
  accountHealth,
  accounts,
  accountTeam,
  churnCases,
  orders,
  serviceRequests,
} from "@/db/schema";
import { seedBuiltIns } from "@/db/seed/built-ins";
import { createUser, truncateAll } from "@/db/testing/fixtures";
import type { Actor } from "@/lib/policy";
import { recomputeAbc } from "@/lib/value/recompute";
import {
  accountComposition,
  atRiskByOwner,
  churnByQuarter,
  serviceComposition,
} from "./dashboards-composition";
import {
  classMoves,
  contributionBy,
  paretoOfRevenue,
  readsValueStats,
  topAccounts,
} from "./dashboards-value";

// 10:00 in Shanghai on 3 December 2026.
const now = new Date("2026-12-03T02:00:00Z");
const today = "2026-12-03";
/** The trailing window of the recompute as a period: the same orders. */
const trailingPeriod = { from: "2025-12-04", to: today };

let director: Actor, m1: Actor, m2: Actor;
const ids: Record<string, string> = {};
let orderNo = 0;

async function account(code: string, ownerId: string) {
  const [row] = await db
    .insert(accounts)
    .values({ code, name: `Account ${code}`, ownerId, stage: "execution" })
    .returning({ id: accounts.id });
  return row!.id;
}
const order = (
  accountId: string,
  totalMinor: number,
  status: "draft" | "confirmed" | "delivered" | "cancelled" = "delivered",
  orderDate = "2026-06-01",
) => ({
  accountId,
  number: `SO-${++orderNo}`,
  orderDate,
  status,
  totalMinor,
  costMinor: totalMinor / 2,
  costedAmountMinor: totalMinor,
  lineCount: 1,
});

beforeAll(async () => {
  await truncateAll();
  await seedBuiltIns(db);
  const [d, u1, u2] = await Promise.all([
    createUser("director"),
    createUser("manager", { name: "Manager One" }),
    createUser("manager", { name: "Manager Two" }),
  ]);
  [director, m1, m2] = [d!, u1!, u2!];
  ids.big = await account("i0101001", m1.id);
  ids.mid = await account("i0101002", m1.id);
  ids.small = await account("i0101003", m2.id);
  ids.none = await account("i0101004", m2.id);
  // m2 is on the team of m1's "mid" account: they see it too.
  await db.insert(accountTeam).values({ accountId: ids.mid!, userId: m2.id });
  await db.insert(orders).values([
    order(ids.big!, 800_00),
    order(ids.big!, 100_00, "confirmed", "2026-11-20"),
    order(ids.big!, 5_000_00, "draft"),
    order(ids.big!, 5_000_00, "cancelled"),
    order(ids.mid!, 150_00),
    order(ids.small!, 50_00),
    // Before the trailing 12 months: no revenue now.
    order(ids.none!, 1_000_00, "delivered", "2025-01-10"),
  ]);
  await recomputeAbc(db, {
    today,
    now,
    thresholds: { aBp: 8000, bBp: 1500 },
    basis: "revenue",
    trigger: "on_demand",
  });
});

const total = (rows: Awaited<ReturnType<typeof contributionBy>>) =>
  rows.find((r) => r.dimension === "total");

describe("contribution", () => {
  test("a director's sums come from the recompute's stats and match the orders", async () => {
    const args = { actor: director, filters: trailingPeriod };
    expect(readsValueStats({ ...args, basis: "trailing" })).toBe(true);
    const fromStats = await contributionBy({ ...args, basis: "trailing" });
    const fromOrders = await contributionBy({ ...args, basis: "period" });
    // Drafts, cancelled orders and orders before the 12 months do not count.
    expect(total(fromStats)).toMatchObject({ accounts: 3, orders: 4, revenueMinor: 1_100_00 });
    expect(total(fromStats)!.marginMinor).toBe(550_00);
    const key = (r: { dimension: string; key: string | null }) => `${r.dimension}:${r.key}`;
    const sorted = (rows: typeof fromStats) =>
      rows
        .map((r) => ({ ...r, id: key(r) }))
        .sort((a, b) => a.id.localeCompare(b.id))
        .map(({ id, dimension, accounts: n, revenueMinor }) => ({
          id,
          dimension,
          n,
          revenueMinor,
        }));
    expect(sorted(fromStats)).toEqual(sorted(fromOrders));
    expect(fromStats.filter((r) => r.dimension === "class")).toEqual([
      expect.objectContaining({ key: "A", accounts: 1, revenueMinor: 900_00 }),
      expect.objectContaining({ key: "B", accounts: 1, revenueMinor: 150_00 }),
      expect.objectContaining({ key: "C", accounts: 1, revenueMinor: 50_00 }),
    ]);
  });

  test("a manager sees their own and their team's accounts only", async () => {
    const mine = await contributionBy({ actor: m1, filters: trailingPeriod, basis: "trailing" });
    expect(total(mine)).toMatchObject({ accounts: 2, revenueMinor: 1_050_00 });
    const team = await contributionBy({ actor: m2, filters: trailingPeriod, basis: "trailing" });
    expect(total(team)).toMatchObject({ accounts: 2, revenueMinor: 200_00 });
    expect(team.filter((r) => r.dimension === "owner").map((r) => r.name)).toEqual([
      "Manager One",
      "Manager Two",
    ]);
  });

  test("the class filter keeps that class's accounts", async () => {
    const rows = await contributionBy({
      actor: director,
      filters: { ...trailingPeriod, abcClass: "B" },
      basis: "trailing",
    });
    expect(total(rows)).toMatchObject({ accounts: 1, revenueMinor: 150_00 });
  });

  test("the period basis counts the orders dated in the period", async () => {
    const rows = await contributionBy({
      actor: director,
      filters: { from: "2026-11-01", to: "2026-11-30" },
      basis: "period",
    });
    expect(total(rows)).toMatchObject({ accounts: 1, orders: 1, revenueMinor: 100_00 });
  });

  test("top accounts are ranked by revenue and scoped", async () => {
    const all = await topAccounts({ actor: director, filters: trailingPeriod, basis: "trailing" });
    expect(all.map((r) => [r.name, r.revenueMinor, r.abcClass])).toEqual([
      ["Account i0101001", 900_00, "A"],
      ["Account i0101002", 150_00, "B"],
      ["Account i0101003", 50_00, "C"],
    ]);
    const mine = await topAccounts({ actor: m1, filters: trailingPeriod, basis: "trailing" });
    expect(mine.map((r) => r.name)).toEqual(["Account i0101001", "Account i0101002"]);
  });

  test("the Pareto curve: stored for a director, ranked here for a manager", async () => {
    const all = await paretoOfRevenue({
      actor: director,
      filters: trailingPeriod,
      basis: "trailing",
    });
    expect(all).toEqual({
      accounts: 3,
      totalMinor: 1_100_00,
      points: [
        { rank: 1, cumulativeMinor: 900_00 },
        { rank: 2, cumulativeMinor: 1_050_00 },
        { rank: 3, cumulativeMinor: 1_100_00 },
      ],
    });
    const mine = await paretoOfRevenue({ actor: m1, filters: trailingPeriod, basis: "trailing" });
    expect(mine.points.at(-1)).toEqual({ rank: 2, cumulativeMinor: 1_050_00 });
    expect(mine.totalMinor).toBe(1_050_00);
  });
});

describe("composition, service, churn and at risk", () => {
  test("accounts by class, per role", async () => {
    const all = await accountComposition({ actor: director, filters: trailingPeriod });
    expect(all.filter((r) => r.dimension === "class").map((r) => [r.key, r.accounts])).toEqual(
      expect.arrayContaining([
        ["A", 1],
        ["B", 1],
        ["C", 2],
      ]),
    );
    const mine = await accountComposition({ actor: m1, filters: trailingPeriod });
    expect(mine.find((r) => r.dimension === "type")).toMatchObject({ key: "buyer", accounts: 2 });
  });

  test("class moves between the period's ends come from the history", async () => {
    await db.insert(abcClassHistory).values({
      accountId: ids.mid!,
      fromClass: "B",
      toClass: "C",
      at: new Date("2027-01-15T02:00:00Z"),
      trigger: "nightly",
      basis: "revenue",
      valueMinor: 0,
      aboveShareBp: 9900,
      aShareBp: 8000,
      bShareBp: 1500,
    });
    const q1 = { from: "2027-01-01", to: "2027-03-31" };
    expect(await classMoves({ actor: director, filters: q1 })).toEqual([
      { fromClass: "B", toClass: "C", accounts: 1 },
    ]);
    // m1 owns the account; m2 is on its team; a manager without it sees nothing.
    expect(await classMoves({ actor: m1, filters: q1 })).toHaveLength(1);
    const stranger = (await createUser("manager"))!;
    expect(await classMoves({ actor: stranger, filters: q1 })).toEqual([]);
    // The recompute's own first classification (none → class) is in 2026-12.
    const dec = await classMoves({ actor: director, filters: { from: "2026-12-01", to: today } });
    expect(dec.reduce((s, m) => s + m.accounts, 0)).toBe(4);
  });

  test("service requests by type, channel and product, scoped", async () => {
    const base = {
      subject: "x",
      receivedAt: new Date("2026-11-02T02:00:00Z"),
      slaFirstResponseHours: 4,
      slaResolutionHours: 10,
      firstResponseDueAt: new Date("2026-11-02T06:00:00Z"),
    };
    await db.insert(serviceRequests).values([
      {
        ...base,
        accountId: ids.big!,
        ownerId: m1.id,
        channel: "phone",
        type: "complaint",
        product: "Pump",
      },
      {
        ...base,
        accountId: ids.big!,
        ownerId: m1.id,
        channel: "email",
        type: "complaint",
        product: "Pump ",
      },
      {
        ...base,
        accountId: ids.small!,
        ownerId: m2.id,
        channel: "phone",
        type: "repair",
        product: "",
      },
    ]);
    const period = { from: "2026-11-01", to: "2026-11-30" };
    const all = await serviceComposition({ actor: director, filters: period });
    expect(all).toEqual([
      { dimension: "type", key: "complaint", requests: 2 },
      { dimension: "type", key: "repair", requests: 1 },
      { dimension: "channel", key: "phone", requests: 2 },
      { dimension: "channel", key: "email", requests: 1 },
      { dimension: "product", key: "Pump", requests: 2 },
      { dimension: "product", key: "", requests: 1 },
    ]);
    const mine = await serviceComposition({ actor: m1, filters: period });
    expect(mine.filter((r) => r.dimension === "type")).toEqual([
      { dimension: "type", key: "complaint", requests: 2 },
    ]);
  });

  test("churn and recovery per quarter and type; at-risk counts per owner", async () => {
    await db.insert(churnCases).values([
      {
        accountId: ids.small!,
        status: "recovered",
        churnType: "abandoned_deliberately",
        churnedAt: new Date("2026-07-10T02:00:00Z"),
        winBackAt: new Date("2026-08-01T02:00:00Z"),
        closedAt: new Date("2026-09-01T02:00:00Z"),
        lostYearlyRevenueMinor: 300_00,
      },
      {
        accountId: ids.none!,
        status: "churned",
        churnType: "abandoned_deliberately",
        churnedAt: new Date("2026-08-10T02:00:00Z"),
      },
      { accountId: ids.big!, status: "at_risk", atRiskAt: new Date("2026-11-10T02:00:00Z") },
    ]);
    const year = { from: "2026-01-01", to: "2026-12-31" };
    expect(await churnByQuarter({ actor: director, filters: year })).toEqual([
      {
        quarter: "2026-07-01",
        churnType: "abandoned_deliberately",
        churned: 2,
        winBack: 1,
        recovered: 1,
        lost: 0,
        lostRevenueMinor: 300_00,
      },
    ]);
    expect(await churnByQuarter({ actor: m1, filters: year })).toEqual([]);

    await db.insert(accountHealth).values([
      { accountId: ids.mid!, score: 30, level: "at_risk", signals: [], computedAt: now },
      { accountId: ids.small!, score: 60, level: "watch", signals: [], computedAt: now },
    ]);
    const owners = await atRiskByOwner({ actor: director, filters: year });
    expect(owners.map((o) => [o.ownerName, o.atRisk, o.watch, o.flagged])).toEqual([
      ["Manager One", 1, 0, 1],
      ["Manager Two", 0, 1, 0],
    ]);
    const team = await atRiskByOwner({ actor: m2, filters: year });
    expect(team.map((o) => [o.ownerName, o.atRisk, o.watch, o.flagged])).toEqual([
      ["Manager One", 1, 0, 0],
      ["Manager Two", 0, 1, 0],
    ]);
  });
});
