import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/db";
import { accounts, forecastHistograms } from "@/db/schema";
import { createUser, truncateAll } from "@/db/testing/fixtures";
import { FORECAST_STAGES } from "@/lib/forecast";
import type { Stage } from "@/lib/stages/stages";
import { accountForecast, pipelineForecast } from "./forecast";

const DAY = 86_400_000;
const now = new Date("2026-12-03T04:00:00Z"); // noon in Asia/Shanghai
const filters = { from: "2026-09-05", to: "2026-12-03" };
type User = Awaited<ReturnType<typeof createUser>>;
let mine: User;
let other: User;
let director: User;
let serial = 0;

const open = (ownerId: string, stage: Stage, daysAgo: number, grade = "normal" as const) =>
  db.insert(accounts).values({
    code: `f${++serial}`,
    name: `客户 ${serial}`,
    ownerId,
    grade,
    stage,
    stageEnteredAt: new Date(now.getTime() - daysAgo * DAY),
  });

beforeAll(async () => {
  await truncateAll();
  [mine, other, director] = await Promise.all([
    createUser("manager"),
    createUser("manager"),
    createUser("director"),
  ]);
  // Every stay of accounts without an industry lasted 10 days and moved forward.
  await db.insert(forecastHistograms).values(
    FORECAST_STAGES.map((stage, i) => ({
      industryId: 0,
      grade: "normal" as const,
      stage,
      nextStage: (FORECAST_STAGES[i + 1] ?? "execution") as Stage,
      bucket: 10,
      count: 40,
    })),
  );
  await open(mine.id, "cost_plan", 3); // due in 7 days
  await open(mine.id, "schedule", 0); // due in 20 days
  await open(other.id, "cost_plan", 5);
  await open(other.id, "execution", 5);
  await open(other.id, "dropped", 5);
});

describe("pipelineForecast", () => {
  test("a manager's forecast counts only their own open accounts", async () => {
    const f = await pipelineForecast({ actor: mine, filters, now });
    expect(f.accounts).toBe(2);
    expect(f.today).toBe("2026-12-03");
    expect(f.weeks[1]).toMatchObject({ from: "2026-12-07", to: "2026-12-13" });
    expect(f.weeks[1]!.expected).toBeCloseTo(1, 6); // day 7: 2026-12-10
    expect(f.months[0]!.expected).toBeCloseTo(2, 6); // both in December
  });

  test("a director's covers every open account, and the filters apply", async () => {
    expect((await pipelineForecast({ actor: director, filters, now })).accounts).toBe(3);
    const byOwner = await pipelineForecast({
      actor: director,
      filters: { ...filters, ownerId: other.id },
      now,
    });
    expect(byOwner.accounts).toBe(1);
    const important = await pipelineForecast({
      actor: director,
      filters: { ...filters, grade: "important" },
      now,
    });
    expect(important.accounts).toBe(0);
  });
});

describe("accountForecast", () => {
  test("gives the P50 and P80 dates from today", async () => {
    const view = await accountForecast(
      {
        industryId: null,
        grade: "normal",
        stage: "cost_plan",
        stageEnteredAt: new Date(now.getTime() - 3 * DAY),
      },
      now,
    );
    expect(view).toMatchObject({ kind: "forecast", p50: "2026-12-10", p80: "2026-12-10" });
  });

  test("says reached in execution and nothing for a closed account", async () => {
    const base = { industryId: null, grade: "normal" as const, stageEnteredAt: now };
    expect(await accountForecast({ ...base, stage: "execution" }, now)).toEqual({
      kind: "reached",
    });
    expect(await accountForecast({ ...base, stage: "dropped" }, now)).toEqual({ kind: "closed" });
  });
});
