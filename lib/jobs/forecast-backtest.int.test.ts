import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/db";
import { accounts, forecastBacktests, stageTransitions } from "@/db/schema";
import { createUser, truncateAll } from "@/db/testing/fixtures";
import type { Stage } from "@/lib/stages/stages";
import { runForecastBacktest } from "./forecast-backtest";

const DAY = 86_400_000;
const now = new Date("2026-12-03T04:00:00Z");
const daysAgo = (n: number) => new Date(now.getTime() - n * DAY);
let serial = 0;

/** An account with its moves: [stage, days ago] in order. */
async function account(ownerId: string, moves: [Stage, number][]) {
  const [last] = moves.slice(-1);
  const [row] = await db
    .insert(accounts)
    .values({
      code: `b${++serial}`,
      name: `客户 ${serial}`,
      ownerId,
      stage: last![0],
      stageEnteredAt: daysAgo(last![1]),
    })
    .returning({ id: accounts.id });
  let from: Stage | null = null;
  for (const [to, ago] of moves) {
    await db.insert(stageTransitions).values({
      accountId: row!.id,
      fromStage: from,
      toStage: to,
      kind: from ? "forward" : "create",
      at: daysAgo(ago),
    });
    from = to;
  }
}

beforeAll(async () => {
  await truncateAll();
  const owner = await createUser("manager");
  // 30 accounts went through cost plan in 10 days, long before the as-of day (183 days ago).
  for (let i = 0; i < 30; i++)
    await account(owner.id, [
      ["cost_plan", 400 + i],
      ["execution", 390 + i],
    ]);
  // Open in cost plan on the as-of day: one reached execution when its like did (9 days
  // later, 10 after entering), one never.
  await account(owner.id, [
    ["cost_plan", 184],
    ["execution", 175],
  ]);
  await account(owner.id, [["cost_plan", 185]]);
});

describe("forecast-backtest job", () => {
  test("scores the forecast made two quarters ago with the history known then", async () => {
    const result = await runForecastBacktest({}, { now });
    expect(result).toMatchObject({ asOf: "2026-06-03", accounts: 2 });
    const [row] = await db.select().from(forecastBacktests);
    expect(row).toMatchObject({ asOf: "2026-06-03", accounts: 2, reached: 1, reachedByP80: 1 });
    // Both were forecast to arrive (all comparable stays led to execution); one did.
    expect(row!.expectedReach).toBeCloseTo(2, 6);
    expect(row!.months.reduce((sum, m) => sum + m.actual, 0)).toBe(1);
  });
});
