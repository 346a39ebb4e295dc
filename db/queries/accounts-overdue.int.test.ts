import { asc } from "drizzle-orm";
import { beforeEach, describe, expect, test } from "vitest";
import { db } from "@/db";
import { accounts } from "@/db/schema";
import { truncateAll } from "@/db/testing/fixtures";
import { DEFAULT_EXPECTED_DAYS, type Stage } from "@/lib/stages/stages";
import { overdueSql } from "./accounts-shared";

/** The overdue rule is SQL only (list filter, board counts); this pins it against PostgreSQL. */

const DAY = 24 * 60 * 60 * 1000;
const now = new Date("2025-06-01T08:00:00Z");
const daysAgo = (days: number) => new Date(now.getTime() - days * DAY);

let serial = 0;
async function account(name: string, stage: Stage, enteredAt: Date) {
  serial++;
  await db.insert(accounts).values({
    code: `n8888${String(serial).padStart(3, "0")}`,
    name,
    stage,
    stageEnteredAt: enteredAt,
    ...(stage === "churned" ? { churnType: "price_seeker" as const } : {}),
  });
}

const overdueNames = async (expected = DEFAULT_EXPECTED_DAYS, clock = now) =>
  (
    await db
      .select({ name: accounts.name })
      .from(accounts)
      .where(overdueSql(expected, clock))
      .orderBy(asc(accounts.name))
  ).map((r) => r.name);

beforeEach(async () => {
  await truncateAll();
});

describe("overdue accounts (SQL rule)", () => {
  test("past its stage's expected days is overdue; within or exactly on the limit is not", async () => {
    // scope and evaluation expect 14 days, cost_plan 10.
    await account("Scope 15 days", "scope", daysAgo(15));
    await account("Scope 1ms past", "scope", new Date(daysAgo(14).getTime() - 1));
    await account("Scope on the limit", "scope", daysAgo(14));
    await account("Evaluation 13 days", "evaluation", daysAgo(13));
    await account("Cost plan 11 days", "cost_plan", daysAgo(11));
    await account("Cost plan 9 days", "cost_plan", daysAgo(9));

    expect(await overdueNames()).toEqual(["Cost plan 11 days", "Scope 15 days", "Scope 1ms past"]);
  });

  test("the limit is per stage: the same age is overdue in one stage and not in another", async () => {
    await account("Requirements 15 days", "requirements", daysAgo(15));
    await account("Schedule 15 days", "schedule", daysAgo(15));
    // requirements expects 21 days, schedule 14.
    expect(await overdueNames()).toEqual(["Schedule 15 days"]);
    // An admin's setting replaces the default.
    expect(await overdueNames({ ...DEFAULT_EXPECTED_DAYS, requirements: 7 })).toEqual([
      "Requirements 15 days",
      "Schedule 15 days",
    ]);
  });

  test("terminal outcomes and stages without a limit are never overdue", async () => {
    await account("Dropped long ago", "dropped", daysAgo(400));
    await account("Churned long ago", "churned", daysAgo(400));
    await account("Executing long", "execution", daysAgo(400));
    await account("Stuck", "stakeholders", daysAgo(400));

    expect(await overdueNames()).toEqual(["Stuck"]);
    const noLimits = Object.fromEntries(
      Object.keys(DEFAULT_EXPECTED_DAYS).map((s) => [s, null]),
    ) as typeof DEFAULT_EXPECTED_DAYS;
    expect(await overdueNames(noLimits)).toEqual([]);
  });

  test("the clock is a parameter: an account becomes overdue as time passes", async () => {
    await account("Scope 10 days", "scope", daysAgo(10));
    expect(await overdueNames()).toEqual([]);
    expect(await overdueNames(DEFAULT_EXPECTED_DAYS, new Date(now.getTime() + 5 * DAY))).toEqual([
      "Scope 10 days",
    ]);
  });
});
