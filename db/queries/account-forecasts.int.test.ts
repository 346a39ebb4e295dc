import { beforeAll, describe, expect, test } from "vitest";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { accountForecasts, accounts, forecastHistograms } from "@/db/schema";
import { createUser, truncateAll } from "@/db/testing/fixtures";
import { FORECAST_STAGES } from "@/lib/forecast";
import { refreshAccountForecast, runAccountForecasts } from "@/lib/jobs/account-forecasts";
import type { Actor } from "@/lib/policy";
import type { Stage } from "@/lib/stages/stages";
import { pipelineBoard } from "./accounts-board";
import { listAccounts } from "./accounts-search";
import { accountForecast } from "./forecast";

/* The stored per-account forecast: the job, the list's P50 column and sort, the board. */

const DAY = 86_400_000;
const now = new Date("2026-12-03T04:00:00Z"); // noon in Asia/Shanghai
type User = Awaited<ReturnType<typeof createUser>>;
let mine: User;
let other: User;
let director: User;
let serial = 0;
const ids = new Map<string, string>();

async function open(name: string, ownerId: string, stage: Stage, daysAgo: number, extra = {}) {
  const [row] = await db
    .insert(accounts)
    .values({
      code: `p${++serial}`,
      name,
      ownerId,
      stage,
      grade: "normal",
      stageEnteredAt: new Date(now.getTime() - daysAgo * DAY - 3_600_000),
      ...extra,
    })
    .returning({ id: accounts.id });
  ids.set(name, row!.id);
}

/** Every page of the P50 sort, `limit` at a time, as "name p50". */
async function walk(actor: Actor, limit: number) {
  const seen: string[] = [];
  let after: { v: string; id: string } | undefined;
  for (let page = 0; page < 50; page++) {
    const result = await listAccounts({ actor, filters: {}, sort: "p50", after, limit });
    seen.push(...result.rows.map((r) => `${r.name} ${r.p50 ?? "-"}`));
    if (!result.next) return seen;
    after = result.next;
  }
  throw new Error("no last page");
}

const stored = async () =>
  Object.fromEntries(
    (await db.select().from(accountForecasts)).map((r) => [
      r.accountId,
      { p50: r.p50, p80: r.p80 },
    ]),
  );

beforeAll(async () => {
  await truncateAll();
  [mine, other, director] = await Promise.all([
    createUser("manager"),
    createUser("manager"),
    createUser("director"),
  ]);
  // Accounts without an industry: half of each stage's stays lasted 10 days, half 30,
  // all moving forward.
  await db.insert(forecastHistograms).values(
    FORECAST_STAGES.flatMap((stage, i) =>
      [10, 30].map((bucket) => ({
        industryId: 0,
        grade: "normal" as const,
        stage,
        nextStage: (FORECAST_STAGES[i + 1] ?? "execution") as Stage,
        bucket,
        count: 40,
      })),
    ),
  );
  await open("a3 cost plan", mine.id, "cost_plan", 3);
  await open("b15 cost plan", mine.id, "cost_plan", 15);
  await open("c0 schedule", mine.id, "schedule", 0);
  await open("d3 cost plan", other.id, "cost_plan", 3);
  await open("e execution", other.id, "execution", 5);
  await open("f dropped", mine.id, "dropped", 5);
  await open("g archived", mine.id, "cost_plan", 3, { archivedAt: now });
  await open("h waited too long", other.id, "cost_plan", 60);
});

describe("account-forecasts job", () => {
  test("stores, for each open account, exactly the forecast of its account page", async () => {
    const result = await runAccountForecasts({}, { now });
    expect(result).toMatchObject({ accounts: 4, removed: 0 });
    const rows = await db.select().from(accountForecasts);
    const all = await db.select().from(accounts);
    const expected = [];
    for (const a of all) {
      const view = await accountForecast(a, now);
      if (view.kind === "forecast" && !a.archivedAt)
        expected.push({
          accountId: a.id,
          p50: view.p50,
          p80: view.p80,
          level: view.forecast.level,
          samples: view.forecast.samples,
        });
    }
    expect(expected).toHaveLength(4);
    expect(
      rows
        .map(({ accountId, p50, p80, level, samples }) => ({ accountId, p50, p80, level, samples }))
        .sort((a, b) => a.accountId.localeCompare(b.accountId)),
    ).toEqual(expected.sort((a, b) => a.accountId.localeCompare(b.accountId)));
    // 3 days into cost plan (the last stage before execution): 7 or 27 more days.
    const first = rows.find((r) => r.accountId === ids.get("a3 cost plan"))!;
    expect(first).toMatchObject({ p50: "2026-12-10", p80: "2026-12-30", stage: "cost_plan" });
    expect(first.reach).toBeCloseTo(1, 9);
    // In schedule since today: 10 or 30 days there, then 10 or 30 in cost plan.
    const later = rows.find((r) => r.accountId === ids.get("c0 schedule"))!;
    expect(later).toMatchObject({ p50: "2027-01-12", p80: "2027-02-01" });
  });

  test("two workers running it at once leave one result, the same", async () => {
    const before = await stored();
    await Promise.all([runAccountForecasts({}, { now }), runAccountForecasts({}, { now })]);
    expect(await stored()).toEqual(before);
  });
});

describe("the P50 column and sort", () => {
  test("a director pages through dated accounts by P50 then name, then the rest by name", async () => {
    const names = await walk(director, 2);
    expect(names).toEqual([
      "a3 cost plan 2026-12-10",
      "d3 cost plan 2026-12-10",
      "b15 cost plan 2026-12-18",
      "c0 schedule 2027-01-12",
      "e execution -",
      "f dropped -",
      "h waited too long -",
    ]);
    // Any page size gives the same order.
    expect(await walk(director, 3)).toEqual(names);
    expect(await walk(director, 4)).toEqual(names);
    expect(await walk(director, 50)).toEqual(names);
    // With a search, the same order among the matches.
    const found = await listAccounts({ actor: director, filters: { q: "cost plan" }, sort: "p50" });
    expect(found.rows.map((r) => r.name)).toEqual([
      "a3 cost plan",
      "d3 cost plan",
      "b15 cost plan",
    ]);
  });

  test("a manager sees the column only on their own accounts", async () => {
    expect(await walk(mine, 2)).toEqual([
      "a3 cost plan 2026-12-10",
      "b15 cost plan 2026-12-18",
      "c0 schedule 2027-01-12",
      "f dropped -",
    ]);
    const byName = await listAccounts({ actor: other, filters: {} });
    expect(byName.rows.map((r) => `${r.name} ${r.p50 ?? "-"}`)).toEqual([
      "d3 cost plan 2026-12-10",
      "e execution -",
      "h waited too long -",
    ]);
  });

  test("a moved account shows no P50 until its forecast is made for the new stay", async () => {
    const id = ids.get("b15 cost plan")!;
    const entered = new Date(now.getTime() - 2 * DAY);
    await db
      .update(accounts)
      .set({ stage: "schedule", stageEnteredAt: entered })
      .where(eq(accounts.id, id));
    const shown = async () =>
      (await listAccounts({ actor: director, filters: {} })).rows.find((r) => r.id === id)!.p50;
    expect(await shown()).toBeNull();
    expect((await walk(director, 3)).filter((n) => n.startsWith("b15"))).toEqual([
      "b15 cost plan -",
    ]);
    // 2 days into schedule: 8 or 28 more, then 10 or 30 in cost plan.
    expect(await refreshAccountForecast(id, now)).toEqual({ p50: "2027-01-10", p80: "2027-01-30" });
    expect(await shown()).toBe("2027-01-10");
  });

  test("board cards carry the P50 date", async () => {
    const board = await pipelineBoard({ actor: mine, filters: {} });
    const card = board.cards.find((c) => c.id === ids.get("c0 schedule"))!;
    expect(card.p50).toBe("2027-01-12");
    expect(board.cards.find((c) => c.id === ids.get("f dropped"))!.p50).toBeNull();
  });
});
