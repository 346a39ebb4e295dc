import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/db";
import {
  accounts,
  accountTeam,
  costLines,
  costPlans,
  referenceItems,
  scheduleBaselines,
  schedules,
  scheduleSteps,
} from "@/db/schema";
import { createUser, truncateAll } from "@/db/testing/fixtures";
import { costTotals, type CostLine } from "@/lib/cost/totals";
import type { Actor } from "@/lib/policy";
import type { Stage } from "@/lib/stages/stages";
import { scheduleVariance } from "@/lib/schedule/variance";
import { costDelivery } from "./dashboards-cost";
import { scheduleDelivery } from "./dashboards-schedule";
import type { DashboardFilters } from "./dashboards-types";

const Q1: DashboardFilters = { from: "2025-01-01", to: "2025-03-31" };
const EMPTY: DashboardFilters = { from: "2020-01-01", to: "2020-01-31" };
/** "Today" for the overdue rule: 15 April 2025. */
const now = new Date("2025-04-15T04:00:00Z");

type Step = {
  key: string;
  label?: string;
  planned: string;
  actual?: string;
  /** Planned finish per saved baseline (number 1, 2, …); absent = not in that baseline. */
  baselines?: (string | null)[];
};

let serial = 0;
async function account(owner: string, industry: number, name: string, stage: Stage = "execution") {
  const [row] = await db
    .insert(accounts)
    .values({
      code: `d${++serial}`,
      name,
      ownerId: owner,
      industryId: industry,
      stage,
    })
    .returning({ id: accounts.id });
  return row!.id;
}

/**
 * A schedule whose steps each last one day (start = finish), with its baselines saved
 * after the steps (as the workspace does), or before them (`replanned`: the steps were
 * planned again after the baselines, as "plan from template" does).
 */
async function schedule(
  accountId: string,
  steps: Step[],
  baselineCount: number,
  replanned = false,
) {
  const [s] = await db
    .insert(schedules)
    .values({ accountId, startDate: "2025-01-01" })
    .returning({ id: schedules.id });
  const insertSteps = () =>
    db.insert(scheduleSteps).values(
      steps.map((step, position) => ({
        scheduleId: s!.id,
        accountId,
        position,
        key: step.key,
        label: step.label ?? step.key,
        durationDays: 1,
        plannedStart: step.planned,
        plannedFinish: step.planned,
        actualStart: step.actual ?? null,
        actualFinish: step.actual ?? null,
      })),
    );
  if (!replanned) await insertSteps();
  for (let n = 1; n <= baselineCount; n++) {
    await db.insert(scheduleBaselines).values({
      scheduleId: s!.id,
      accountId,
      number: n,
      steps: steps.flatMap((step) => {
        const finish = step.baselines?.[n - 1];
        return finish
          ? [{ key: step.key, label: "", plannedStart: finish, plannedFinish: finish }]
          : [];
      }),
    });
  }
  if (replanned) await insertSteps();
  return steps;
}

async function costPlan(
  accountId: string,
  plan: { status: "approved" | "submitted"; decidedAt?: Date; currency?: string; budget?: number },
  lines: CostLine[],
) {
  const [p] = await db
    .insert(costPlans)
    .values({
      accountId,
      status: plan.status,
      decidedAt: plan.decidedAt ?? null,
      currency: plan.currency ?? "CNY",
      budgetMinor: plan.budget ?? null,
    })
    .returning({ id: costPlans.id });
  await db.insert(costLines).values(
    lines.map((l) => ({
      costPlanId: p!.id,
      accountId,
      kind: l.kind,
      category: l.category,
      plannedMinor: l.plannedMinor,
      actualMinor: l.actualMinor,
      hoursHundredths: l.hoursHundredths ?? null,
      rateMinor: l.rateMinor ?? null,
    })),
  );
}

const line = (
  category: CostLine["category"],
  plannedMinor: number,
  actualMinor: number | null,
  extra: Partial<CostLine> = {},
): CostLine => ({ kind: "direct", category, plannedMinor, actualMinor, ...extra });

let director: Actor, executive: Actor, m1: Actor, m2: Actor;
let a = "",
  b = "",
  f = "",
  i1 = 0,
  i2 = 0;
let stepsOfA: Step[] = [];
const linesOfP1 = [
  line("travel", 300_000, 350_000),
  line("samples", 200_000, null),
  // Stale stored amount: 10.5 h × 200.00 = 2,100.00 is what counts.
  line("staff", 999, 210_000, { hoursHundredths: 1050, rateMinor: 20_000 }),
];

beforeAll(async () => {
  await truncateAll();
  [director, executive, m1, m2] = await Promise.all([
    createUser("director"),
    createUser("executive"),
    createUser("manager", { name: "Manager One" }),
    createUser("manager", { name: "Manager Two" }),
  ]);
  const refs = await db
    .insert(referenceItems)
    .values([
      { kind: "industry", code: "i1", nameEn: "Coatings", nameZh: "涂料" },
      { kind: "industry", code: "i2", nameEn: "Machinery", nameZh: "机械" },
    ])
    .returning({ id: referenceItems.id });
  [i1, i2] = refs.map((r) => r.id) as [number, number];

  // A (M1): early, 5 late against baseline 2 (baseline 1 would say early), 10 late, one overdue.
  a = await account(m1.id, i1, "Alpha Coatings");
  stepsOfA = await schedule(
    a,
    [
      {
        key: "customerDevelopment",
        planned: "2025-01-10",
        actual: "2025-01-08",
        baselines: ["2025-01-10", "2025-01-10"],
      },
      {
        key: "evaluation",
        planned: "2025-01-20",
        actual: "2025-01-25",
        baselines: ["2025-01-30", "2025-01-20"],
      },
      {
        key: "requirementsSurvey",
        planned: "2025-02-10",
        actual: "2025-02-20",
        baselines: ["2025-02-10", "2025-02-10"],
      },
      {
        key: "requirementsConfirmation",
        planned: "2025-03-01",
        baselines: ["2025-02-20", "2025-02-20"],
      },
      { key: "samples", planned: "2025-05-01", baselines: ["2025-05-01", "2025-05-01"] },
    ],
    2,
  );
  // B (M2): on the day, 3 late, a step missing from the baseline, and two outside the period.
  b = await account(m2.id, i2, "Beta Machinery");
  await schedule(
    b,
    [
      {
        key: "customerDevelopment",
        planned: "2024-12-20",
        actual: "2024-12-20",
        baselines: ["2024-12-20"],
      },
      { key: "evaluation", planned: "2025-01-15", actual: "2025-01-15", baselines: ["2025-01-15"] },
      {
        key: "requirementsSurvey",
        planned: "2025-02-01",
        actual: "2025-02-04",
        baselines: ["2025-02-01"],
      },
      { key: "visit", label: "Plant visit", planned: "2025-02-10", actual: "2025-02-10" },
      { key: "samples", planned: "2025-04-01", actual: "2025-04-02", baselines: ["2025-04-01"] },
    ],
    1,
    true,
  );
  // C (M2): finished a step but never saved a baseline.
  const c = await account(m2.id, i1, "Gamma Coatings");
  await schedule(c, [{ key: "samples", planned: "2025-02-25", actual: "2025-03-01" }], 0);
  // D (M1): open steps due before and after the period do not count.
  const d = await account(m1.id, i1, "Delta Coatings");
  await schedule(
    d,
    [
      { key: "evaluation", planned: "2024-12-31", baselines: ["2024-12-31"] },
      { key: "samples", planned: "2025-04-10", baselines: ["2025-04-10"] },
    ],
    1,
  );
  // F (M1): dropped with a step past its planned finish: abandoned, not overdue.
  f = await account(m1.id, i1, "Foxtrot Coatings", "dropped");
  await schedule(f, [{ key: "samples", planned: "2025-03-10", baselines: ["2025-03-10"] }], 1);

  // Cost plans: P1 (A) and P2 (B) approved in Q1 in CNY, P3 (C) in USD; D's plan was
  // approved at 01:00 on 1 April in Shanghai, E's is only submitted.
  await costPlan(
    a,
    { status: "approved", decidedAt: new Date("2025-02-10T04:00:00Z"), budget: 1_000_000 },
    linesOfP1,
  );
  await costPlan(
    b,
    { status: "approved", decidedAt: new Date("2025-03-05T04:00:00Z"), budget: 100_000 },
    [line("travel", 80_000, 120_000), line("marketing", 50_000, 40_000, { kind: "indirect" })],
  );
  await costPlan(
    c,
    { status: "approved", decidedAt: new Date("2025-01-20T04:00:00Z"), currency: "USD" },
    [line("other", 50_000, 45_000)],
  );
  await costPlan(d, { status: "approved", decidedAt: new Date("2025-03-31T17:00:00Z") }, [
    line("travel", 10_000, 90_000),
  ]);
  const e = await account(m1.id, i2, "Epsilon Machinery");
  await costPlan(e, { status: "submitted" }, [line("travel", 10_000, 90_000)]);
}, 60_000);

describe("schedule variance", () => {
  test("steps finished in the period against the latest baseline; overdue open steps", async () => {
    const result = await scheduleDelivery({ actor: director, filters: Q1, now });
    expect(result.total).toEqual({
      finished: 5,
      onTime: 2,
      meanSlip: 3.2,
      medianSlip: 3,
      p90Slip: 8,
      unmeasured: 2,
      overdueOpen: 1,
    });
    expect(
      result.steps.map((s) => [s.key, s.finished, s.onTime, s.meanSlip, s.overdueOpen]),
    ).toEqual([
      ["customerDevelopment", 1, 1, -2, 0],
      ["evaluation", 2, 1, 2.5, 0],
      ["requirementsSurvey", 2, 0, 6.5, 0],
      ["requirementsConfirmation", 0, 0, null, 1],
      ["samples", 0, 0, null, 0],
      ["visit", 0, 0, null, 0],
    ]);
    expect(result.steps.find((s) => s.key === "samples")?.unmeasured).toBe(1);
    expect(result.steps.find((s) => s.key === "visit")).toMatchObject({
      label: "Plant visit",
      unmeasured: 1,
    });
    expect(result.owners.map((o) => [o.ownerName, o.finished, o.onTime, o.overdueOpen])).toEqual([
      ["Manager One", 3, 1, 1],
      ["Manager Two", 2, 1, 0],
    ]);
    expect(result.owners[0]?.meanSlip).toBeCloseTo(13 / 3, 9);
    expect(result.lateAccounts).toEqual([
      {
        accountId: a,
        accountName: "Alpha Coatings",
        ownerName: "Manager One",
        finished: 3,
        onTime: 1,
        meanSlip: 13 / 3,
        maxSlip: 10,
      },
      {
        accountId: b,
        accountName: "Beta Machinery",
        ownerName: "Manager Two",
        finished: 2,
        onTime: 1,
        meanSlip: 1.5,
        maxSlip: 3,
      },
    ]);
  });

  test("agrees with the schedule page's variance for the same account", async () => {
    const latest = Object.fromEntries(
      stepsOfA.flatMap((s) =>
        s.baselines?.[1]
          ? [[s.key, { plannedStart: s.baselines[1], plannedFinish: s.baselines[1] }]]
          : [],
      ),
    );
    const page = scheduleVariance(
      stepsOfA.map((s) => ({
        key: s.key,
        plannedStart: s.planned,
        plannedFinish: s.planned,
        actualStart: s.actual ?? null,
        actualFinish: s.actual ?? null,
      })),
      latest,
      "2025-04-15",
    );
    const own = await scheduleDelivery({
      actor: director,
      filters: { ...Q1, ownerId: m1.id },
      now,
    });
    expect(own.total.finished).toBe(page.summary.finishedCount);
    expect(own.total.onTime).toBe(page.summary.onTimeCount);
    expect(own.total.overdueOpen).toBe(page.summary.overdueCount);
    const slips = page.steps.filter((s) => s.onTime !== null).map((s) => s.finishVarianceDays!);
    expect(own.lateAccounts[0]?.maxSlip).toBe(Math.max(...slips));
  });

  test("filters and visibility: a manager sees own and team accounts only", async () => {
    const own = await scheduleDelivery({ actor: m2, filters: Q1, now });
    expect(own.total).toMatchObject({ finished: 2, onTime: 1, unmeasured: 2, overdueOpen: 0 });
    expect(own.owners.map((o) => o.ownerName)).toEqual(["Manager Two"]);
    expect(own.lateAccounts.map((r) => r.accountName)).toEqual(["Beta Machinery"]);
    const industry = await scheduleDelivery({
      actor: executive,
      filters: { ...Q1, industryId: i1 },
      now,
    });
    expect(industry.total).toMatchObject({ finished: 3, unmeasured: 1, overdueOpen: 1 });
    const other = await scheduleDelivery({ actor: m2, filters: { ...Q1, ownerId: m1.id }, now });
    expect(other.total.finished + other.total.unmeasured + other.total.overdueOpen).toBe(0);
    await db.insert(accountTeam).values({ accountId: a, userId: m2.id });
    try {
      const team = await scheduleDelivery({ actor: m2, filters: Q1, now });
      expect(team.total.finished).toBe(5);
    } finally {
      await db.delete(accountTeam);
    }
  });

  test("an empty period gives zeros and no rows, not broken numbers", async () => {
    const result = await scheduleDelivery({ actor: director, filters: EMPTY, now });
    expect(result.total).toEqual({
      finished: 0,
      onTime: 0,
      meanSlip: null,
      medianSlip: null,
      p90Slip: null,
      unmeasured: 0,
      overdueOpen: 0,
    });
    expect(result.steps).toEqual([]);
    expect(result.owners).toEqual([]);
    expect(result.lateAccounts).toEqual([]);
  });

  test("an open step counts as overdue only once its planned finish is behind today", async () => {
    const early = await scheduleDelivery({
      actor: director,
      filters: Q1,
      now: new Date("2025-03-01T04:00:00Z"),
    });
    expect(early.total.overdueOpen).toBe(0);
  });
});

describe("the copies on schedule steps follow the account and its baselines", () => {
  test("reopening a dropped account brings its overdue step back; reassigning moves its steps", async () => {
    await db.update(accounts).set({ stage: "stakeholders" }).where(eq(accounts.id, f));
    try {
      const reopened = await scheduleDelivery({ actor: director, filters: Q1, now });
      expect(reopened.total.overdueOpen).toBe(2);
      await db.update(accounts).set({ ownerId: m2.id }).where(eq(accounts.id, f));
      const own = await scheduleDelivery({ actor: m2, filters: Q1, now });
      expect(own.total.overdueOpen).toBe(1);
      expect(own.owners.map((o) => [o.ownerName, o.overdueOpen])).toEqual([["Manager Two", 1]]);
      await db.update(accounts).set({ archivedAt: now }).where(eq(accounts.id, f));
      const archived = await scheduleDelivery({ actor: m2, filters: Q1, now });
      expect(archived.total.overdueOpen).toBe(0);
    } finally {
      await db
        .update(accounts)
        .set({ stage: "dropped", ownerId: m1.id, archivedAt: null })
        .where(eq(accounts.id, f));
    }
    expect((await scheduleDelivery({ actor: director, filters: Q1, now })).total.overdueOpen).toBe(
      1,
    );
  });

  test("a new baseline re-measures the steps already planned", async () => {
    const [step] = await db
      .select({ scheduleId: scheduleSteps.scheduleId })
      .from(scheduleSteps)
      .where(eq(scheduleSteps.accountId, b));
    // Baseline 2 moves evaluation's finish to 14 January: it finished a day late.
    await db.insert(scheduleBaselines).values({
      scheduleId: step!.scheduleId,
      accountId: b,
      number: 2,
      steps: [
        { key: "evaluation", label: "", plannedStart: "2025-01-14", plannedFinish: "2025-01-14" },
        { key: "requirementsSurvey", label: "", plannedStart: null, plannedFinish: "2025-02-04" },
      ],
    });
    try {
      const own = await scheduleDelivery({ actor: m2, filters: Q1, now });
      // evaluation +1; requirementsSurvey has no start in baseline 2, so it is unmeasured.
      expect(own.total).toMatchObject({ finished: 1, onTime: 0, meanSlip: 1, unmeasured: 3 });
    } finally {
      await db
        .delete(scheduleBaselines)
        .where(and(eq(scheduleBaselines.accountId, b), eq(scheduleBaselines.number, 2)));
      // The app never deletes a baseline on its own; any write to the copy re-copies it.
      await db.execute(
        sql`update schedule_steps set baseline_finish = null where account_id = ${b}`,
      );
    }
    const back = await scheduleDelivery({ actor: m2, filters: Q1, now });
    expect(back.total).toMatchObject({ finished: 2, onTime: 1, unmeasured: 2 });
  });
});

describe("the copies on cost plans follow their lines and their account", () => {
  test("edited, added and removed lines, a new owner and industry show on the dashboard", async () => {
    const own = () => costDelivery({ actor: director, filters: { ...Q1, ownerId: m1.id } });
    const [plan] = await db
      .select({ id: costPlans.id })
      .from(costPlans)
      .where(eq(costPlans.accountId, a));
    const [samples] = await db
      .update(costLines)
      .set({ actualMinor: 260_000 })
      .where(and(eq(costLines.costPlanId, plan!.id), eq(costLines.category, "samples")))
      .returning({ id: costLines.id });
    // Samples reported 60,000 over their plan: actual 820,000, forecast 820,000.
    expect((await own()).totals[0]).toMatchObject({
      actualMinor: 820_000,
      forecastMinor: 820_000,
      linesWithoutActual: 0,
    });
    const [extra] = await db
      .insert(costLines)
      .values({
        costPlanId: plan!.id,
        accountId: a,
        kind: "indirect",
        category: "other",
        plannedMinor: 40_000,
        actualMinor: null,
      })
      .returning({ id: costLines.id });
    expect((await own()).totals[0]).toMatchObject({ plannedMinor: 750_000, linesWithoutActual: 1 });
    await db.delete(costLines).where(eq(costLines.id, extra!.id));
    await db.update(costLines).set({ actualMinor: null }).where(eq(costLines.id, samples!.id));
    // A write to the copies themselves does not stick.
    await db.update(costPlans).set({ linesPlannedMinor: 1 }).where(eq(costPlans.id, plan!.id));
    expect((await own()).totals[0]).toMatchObject({
      plannedMinor: 710_000,
      actualMinor: 560_000,
      forecastMinor: 760_000,
      linesWithoutActual: 1,
    });

    await db.update(accounts).set({ ownerId: m2.id, industryId: i2 }).where(eq(accounts.id, a));
    try {
      expect((await own()).totals).toEqual([]);
      const moved = await costDelivery({ actor: m2, filters: { ...Q1, industryId: i2 } });
      expect(moved.totals.map((t) => [t.currency, t.plans])).toEqual([["CNY", 2]]);
    } finally {
      await db.update(accounts).set({ ownerId: m1.id, industryId: i1 }).where(eq(accounts.id, a));
    }
    expect((await own()).totals.map((t) => t.plans)).toEqual([1]);
  });
});

describe("cost plan vs actual", () => {
  test("plans approved in the period, totalled per currency like the cost workspace", async () => {
    const result = await costDelivery({ actor: director, filters: Q1 });
    expect(result.totals).toEqual([
      {
        currency: "CNY",
        plans: 2,
        plannedMinor: 840_000,
        actualMinor: 720_000,
        forecastMinor: 920_000,
        varianceMinor: 80_000,
        linesWithoutActual: 1,
        withBudget: 2,
        overBudget: 1,
        overPlan: 2,
      },
      {
        currency: "USD",
        plans: 1,
        plannedMinor: 50_000,
        actualMinor: 45_000,
        forecastMinor: 45_000,
        varianceMinor: -5_000,
        linesWithoutActual: 0,
        withBudget: 0,
        overBudget: 0,
        overPlan: 0,
      },
    ]);
    expect(result.owners.map((o) => [o.ownerName, o.currency, o.plans, o.varianceMinor])).toEqual([
      ["Manager One", "CNY", 1, 50_000],
      ["Manager Two", "CNY", 1, 30_000],
      ["Manager Two", "USD", 1, -5_000],
    ]);
    expect(
      result.industries.map((r) => [r.industryEn, r.industryZh, r.currency, r.plannedMinor]),
    ).toEqual([
      ["Coatings", "涂料", "CNY", 710_000],
      ["Machinery", "机械", "CNY", 130_000],
      ["Coatings", "涂料", "USD", 50_000],
    ]);
    // B is 23 % over plan, A 7 %; C is under plan and not listed.
    expect(result.overAccounts.map((r) => [r.accountName, r.varianceMinor, r.overBudget])).toEqual([
      ["Beta Machinery", 30_000, true],
      ["Alpha Coatings", 50_000, false],
    ]);
  });

  test("one plan's numbers match the cost workspace's totals", async () => {
    const page = costTotals(linesOfP1, 1_000_000);
    const result = await costDelivery({ actor: director, filters: { ...Q1, ownerId: m1.id } });
    expect(result.overAccounts[0]).toMatchObject({
      accountId: a,
      plannedMinor: page.total.plannedMinor,
      actualMinor: page.total.actualMinor,
      forecastMinor: page.total.forecastMinor,
      varianceMinor: page.total.varianceMinor,
      budgetMinor: 1_000_000,
      overBudget: page.budget!.overBudget,
    });
  });

  test("filters and visibility narrow the plans", async () => {
    const own = await costDelivery({ actor: m1, filters: Q1 });
    expect(own.totals.map((t) => [t.currency, t.plans])).toEqual([["CNY", 1]]);
    const other = await costDelivery({ actor: m1, filters: { ...Q1, ownerId: m2.id } });
    expect(other.totals).toEqual([]);
    const i2Only = await costDelivery({ actor: director, filters: { ...Q1, industryId: i2 } });
    expect(i2Only.totals.map((t) => [t.currency, t.plans, t.overBudget])).toEqual([["CNY", 1, 1]]);
  });

  test("the decision date is a calendar day in the app's time zone", async () => {
    const april = await costDelivery({
      actor: director,
      filters: { from: "2025-04-01", to: "2025-04-01" },
    });
    expect(april.totals).toMatchObject([{ currency: "CNY", plans: 1, varianceMinor: 80_000 }]);
    const empty = await costDelivery({ actor: director, filters: EMPTY });
    expect(empty).toEqual({ totals: [], owners: [], industries: [], overAccounts: [] });
  });
});
