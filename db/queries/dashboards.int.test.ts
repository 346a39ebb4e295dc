import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/db";
import { accounts, accountTeam, referenceItems, stageTransitions, type Grade } from "@/db/schema";
import { createUser, truncateAll } from "@/db/testing/fixtures";
import type { Actor } from "@/lib/policy";
import { stageIndex, type ChurnType, type Stage } from "@/lib/stages/stages";
import { churn, drops, funnel, timeInStage } from "./dashboards";
import { aging, ownerTiming } from "./dashboards-aging";
import { cycleCohorts, throughput } from "./dashboards-cycle";
import { analytic } from "./dashboards-shared";
import type { DashboardFilters } from "./dashboards-types";

const DAY = 86_400_000;
const Q1: DashboardFilters = { from: "2025-01-01", to: "2025-03-31" };
/** Noon in Shanghai, so no stay ends near a local day boundary by accident. */
const noon = (day: string) => new Date(`${day}T04:00:00Z`);
const now = new Date();

type Step = [Stage, number] | [Stage, number, { note?: string; churnType?: ChurnType }];
let serial = 0;

/** An account with its moves: each stage and the days spent in it (the last stays open). */
async function account(opts: {
  owner: string;
  created: Date;
  path: Step[];
  industry?: number;
  source?: number;
  grade?: Grade;
  archived?: boolean;
}) {
  let at = opts.created;
  const [row] = await db
    .insert(accounts)
    .values({
      code: `t${++serial}`,
      name: `Account ${serial}`,
      ownerId: opts.owner,
      industryId: opts.industry,
      sourceId: opts.source,
      grade: opts.grade ?? "normal",
      stage: opts.path.at(-1)![0],
      createdAt: opts.created,
      archivedAt: opts.archived ? now : null,
      stageEnteredAt: new Date(
        opts.created.getTime() + opts.path.slice(0, -1).reduce((s, [, d]) => s + d * DAY, 0),
      ),
    })
    .returning({ id: accounts.id });
  let from: Stage | null = null;
  for (const [i, [stage, days, extra]] of opts.path.entries()) {
    const last = i === opts.path.length - 1;
    const kind =
      from === null
        ? "create"
        : stage === "dropped"
          ? "drop"
          : stage === "churned"
            ? "churn"
            : from === "dropped" || from === "churned"
              ? "reopen"
              : stageIndex(stage) < stageIndex(from)
                ? "back"
                : "forward";
    await db.insert(stageTransitions).values({
      accountId: row!.id,
      fromStage: from,
      toStage: stage,
      kind,
      at,
      note: extra?.note ?? "",
      churnType: extra?.churnType ?? null,
      exitedAt: last ? null : new Date(at.getTime() + days * DAY),
      durationDays: last ? null : days,
    });
    at = new Date(at.getTime() + days * DAY);
    from = stage;
  }
  return row!.id;
}

let director: Actor, executive: Actor, m1: Actor, m2: Actor;
let overdueByM2 = "";
let i1 = 0,
  i2 = 0,
  s1 = 0,
  s2 = 0;

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
      { kind: "industry", code: "i1", nameEn: "I1", nameZh: "I1" },
      { kind: "industry", code: "i2", nameEn: "I2", nameZh: "I2" },
      { kind: "source", code: "s1", nameEn: "S1", nameZh: "S1" },
      { kind: "source", code: "s2", nameEn: "S2", nameZh: "S2" },
    ])
    .returning({ id: referenceItems.id });
  [i1, i2, s1, s2] = refs.map((r) => r.id) as [number, number, number, number];
  const win: Step[] = [];
  // A1: M1, reaches execution on 2025-01-26 after 16 days.
  win.push(["stakeholders", 1], ["evaluation", 2], ["requirements", 5], ["scope", 3]);
  win.push(["schedule", 3], ["cost_plan", 2], ["execution", 0]);
  await account({
    owner: m1.id,
    created: noon("2025-01-10"),
    path: win,
    industry: i1,
    source: s1,
    grade: "important",
  });
  const budget = { note: " 预算不足 " };
  await account({
    owner: m1.id,
    created: noon("2025-01-20"),
    industry: i2,
    source: s2,
    path: [
      ["stakeholders", 3],
      ["evaluation", 4],
      ["dropped", 0, budget],
    ],
  });
  // A3: M2, reaches execution on 2025-03-05 after 30 days.
  await account({
    owner: m2.id,
    created: noon("2025-02-03"),
    industry: i1,
    source: s1,
    path: [
      ["stakeholders", 2],
      ["evaluation", 6],
      ["requirements", 10],
      ["scope", 4],
      ["schedule", 5],
      ["cost_plan", 3],
      ["execution", 0],
    ],
  });
  await account({
    owner: m2.id,
    created: noon("2025-02-10"),
    industry: i2,
    source: s2,
    grade: "potential",
    path: [
      ["stakeholders", 4],
      ["evaluation", 8],
      ["dropped", 0, budget],
    ],
  });
  await account({
    owner: m1.id,
    created: noon("2025-03-01"),
    industry: i1,
    source: s2,
    path: [
      ["stakeholders", 6],
      ["evaluation", 10],
      ["dropped", 0, { note: "无采购意向" }],
    ],
  });
  // Before the period: stays end in 2024; requirements open since 2024-12-21 (overdue now).
  await account({
    owner: m1.id,
    created: noon("2024-11-01"),
    industry: i2,
    path: [
      ["stakeholders", 20],
      ["evaluation", 30],
      ["requirements", 0],
    ],
  });
  const sixMonths: Step[] = [
    ["stakeholders", 5],
    ["evaluation", 5],
    ["requirements", 5],
  ];
  sixMonths.push(["scope", 5], ["schedule", 5], ["cost_plan", 5], ["execution", 229]);
  sixMonths.push(["churned", 0, { note: "只看价格", churnType: "price_seeker" }]);
  await account({ owner: m2.id, created: noon("2024-06-01"), path: sixMonths, industry: i1 });
  // Open now: one fresh, one overdue, one overdue but archived.
  const daysAgo = (d: number) => new Date(now.getTime() - d * DAY);
  await account({ owner: m2.id, created: daysAgo(5), path: [["stakeholders", 0]] });
  overdueByM2 = await account({
    owner: m2.id,
    created: daysAgo(20),
    path: [["stakeholders", 0]],
    industry: i2,
  });
  await account({
    owner: m1.id,
    created: daysAgo(40),
    archived: true,
    path: [
      ["stakeholders", 10],
      ["evaluation", 0],
    ],
  });
}, 60_000);

describe("time in stage", () => {
  test("percentiles and distribution per stage over stays that ended in the period", async () => {
    const { stages } = await timeInStage({ actor: director, filters: Q1 });
    const byStage = Object.fromEntries(stages.map((s) => [s.stage, s]));
    expect(byStage.stakeholders).toMatchObject({
      stays: 5,
      timing: { p25: 2, median: 3, p75: 4, p90: expect.closeTo(5.2, 6) },
    });
    expect(byStage.evaluation).toMatchObject({
      stays: 5,
      timing: { p25: 4, median: 6, p75: 8, p90: expect.closeTo(9.2, 6) },
      buckets: [1, 2, 2, 0, 0, 0, 0],
    });
    expect(byStage.requirements?.timing?.median).toBe(7.5);
    expect(byStage.scope?.timing?.median).toBe(3.5);
    expect(byStage.cost_plan?.timing?.median).toBe(2.5);
  });

  test("median trend by month of exit", async () => {
    const { trend } = await timeInStage({ actor: director, filters: Q1 });
    const evaluation = trend.filter((p) => p.stage === "evaluation");
    expect(evaluation).toEqual([
      { month: "2025-01", stage: "evaluation", stays: 2, median: 3 },
      { month: "2025-02", stage: "evaluation", stays: 2, median: 7 },
      { month: "2025-03", stage: "evaluation", stays: 1, median: 10 },
    ]);
  });

  test("account filters and a manager's visibility narrow the stays", async () => {
    const important = await timeInStage({
      actor: director,
      filters: { ...Q1, grade: "important" },
    });
    expect(important.stages.find((s) => s.stage === "evaluation")).toMatchObject({
      stays: 1,
      timing: { median: 2 },
    });
    const bySource = await timeInStage({ actor: executive, filters: { ...Q1, sourceId: s2 } });
    expect(bySource.stages.find((s) => s.stage === "evaluation")?.timing?.median).toBe(8);
    const own = await timeInStage({ actor: m2, filters: Q1 });
    expect(own.stages.find((s) => s.stage === "evaluation")).toMatchObject({
      stays: 2,
      timing: { median: 7 },
    });
    // A manager naming someone else's accounts still sees only their own.
    const other = await timeInStage({ actor: m2, filters: { ...Q1, ownerId: m1.id } });
    expect(other.stages.every((s) => s.stays === 0 && s.timing === null)).toBe(true);
  });

  test("an empty period gives zero stays, not broken numbers", async () => {
    const { stages, trend } = await timeInStage({
      actor: director,
      filters: { from: "2020-01-01", to: "2020-01-31" },
    });
    expect(stages.every((s) => s.stays === 0 && s.timing === null)).toBe(true);
    expect(trend).toEqual([]);
  });
});

describe("funnel, drops and churn", () => {
  test("the period's cohort: reached stages and where it stands now", async () => {
    const result = await funnel({ actor: director, filters: Q1 });
    expect(result).toMatchObject({ created: 5, open: 2, dropped: 3, churned: 0 });
    expect(result.steps.map((s) => s.reached)).toEqual([5, 5, 2, 2, 2, 2, 2]);
    const own = await funnel({ actor: m1, filters: Q1 });
    expect(own.created).toBe(3);
    expect(own.steps.map((s) => s.reached)).toEqual([3, 3, 1, 1, 1, 1, 1]);
    const byOwner = await funnel({ actor: director, filters: { ...Q1, ownerId: m2.id } });
    expect(byOwner).toMatchObject({ created: 2, dropped: 1 });
  });

  test("drops by stage left and by reason, churn by type", async () => {
    const result = await drops({ actor: director, filters: Q1 });
    expect(result.total).toBe(3);
    expect(result.byStage.find((s) => s.key === "evaluation")?.count).toBe(3);
    expect(result.reasons).toEqual([
      { reason: "预算不足", count: 2 },
      { reason: "无采购意向", count: 1 },
    ]);
    expect((await drops({ actor: director, filters: { ...Q1, industryId: i1 } })).total).toBe(1);
    expect((await drops({ actor: m2, filters: Q1 })).total).toBe(1);
    expect(await churn({ actor: director, filters: Q1 })).toEqual({
      byType: [{ key: "price_seeker", count: 1 }],
      total: 1,
    });
    expect((await churn({ actor: m1, filters: Q1 })).total).toBe(0);
  });
});

describe("cycle time and throughput", () => {
  test("created → execution per monthly cohort", async () => {
    const cohorts = await cycleCohorts({ actor: director, filters: Q1 });
    expect(cohorts).toEqual([
      { month: "2025-01", created: 2, reached: 1, median: 16, p75: 16, p90: 16 },
      { month: "2025-02", created: 2, reached: 1, median: 30, p75: 30, p90: 30 },
      { month: "2025-03", created: 1, reached: 0, median: null, p75: null, p90: null },
    ]);
    const own = await cycleCohorts({ actor: m2, filters: Q1 });
    expect(own.map((c) => c.created)).toEqual([0, 2, 0]);
  });

  test("entries into execution per week for short periods, per month for long ones", async () => {
    const weekly = await throughput({ actor: director, filters: Q1 });
    expect(weekly.unit).toBe("week");
    expect(weekly.points.filter((p) => p.entered > 0)).toEqual([
      { bucket: "2025-01-20", entered: 1, days: 7, span: 7 },
      { bucket: "2025-03-03", entered: 1, days: 7, span: 7 },
    ]);
    // The period starts on a Wednesday and ends on a Monday: both end weeks are partial.
    expect(weekly.points[0]).toMatchObject({ bucket: "2024-12-30", days: 5, span: 7 });
    expect(weekly.points.at(-1)).toMatchObject({ bucket: "2025-03-31", days: 1, span: 7 });
    const monthly = await throughput({
      actor: director,
      filters: { from: "2025-01-01", to: "2025-12-31" },
    });
    expect(monthly.unit).toBe("month");
    expect(monthly.points).toHaveLength(12);
    expect(monthly.points.map((p) => p.entered).slice(0, 3)).toEqual([1, 0, 1]);
    expect(monthly.points.slice(0, 2)).toMatchObject([
      { bucket: "2025-01", days: 31, span: 31 },
      { bucket: "2025-02", days: 28, span: 28 },
    ]);
    const midMonth = await throughput({
      actor: director,
      filters: { from: "2024-11-15", to: "2025-04-10" },
    });
    expect(midMonth.unit).toBe("month");
    expect(midMonth.points[0]).toMatchObject({ bucket: "2024-11", days: 16, span: 30 });
    expect(midMonth.points.at(-1)).toMatchObject({ bucket: "2025-04", days: 10, span: 30 });
    const filtered = await throughput({ actor: director, filters: { ...Q1, ownerId: m1.id } });
    expect(filtered.points.reduce((s, p) => s + p.entered, 0)).toBe(1);
  });
});

describe("aging and owners", () => {
  test("overdue accounts now, by stage and owner, without archived ones", async () => {
    const result = await aging({ actor: director, filters: Q1 });
    const stage = (s: string) => result.stages.find((r) => r.stage === s);
    expect(stage("stakeholders")).toMatchObject({ open: 2, overdue: 1, expectedDays: 14 });
    expect(stage("stakeholders")?.oldestDays).toBeCloseTo(20, 0);
    expect(stage("requirements")).toMatchObject({ open: 1, overdue: 1 });
    expect(stage("evaluation")).toMatchObject({ open: 0, overdue: 0, oldestDays: null });
    expect(result.owners).toEqual([
      { ownerId: m1.id, ownerName: "Manager One", byStage: { requirements: 1 }, overdue: 1 },
      { ownerId: m2.id, ownerName: "Manager Two", byStage: { stakeholders: 1 }, overdue: 1 },
    ]);
    const own = await aging({ actor: m1, filters: Q1 });
    expect(own.owners.map((o) => o.ownerId)).toEqual([m1.id]);
    expect(own.stages.find((r) => r.stage === "stakeholders")?.open).toBe(0);
    const i2Only = await aging({ actor: director, filters: { ...Q1, industryId: i2 } });
    expect(i2Only.stages.reduce((s, r) => s + r.overdue, 0)).toBe(2);
  });

  test("an account-team member sees that account in the aging too", async () => {
    await db.insert(accountTeam).values({ accountId: overdueByM2, userId: m1.id });
    try {
      const own = await aging({ actor: m1, filters: Q1 });
      expect(own.stages.find((r) => r.stage === "stakeholders")?.overdue).toBe(1);
    } finally {
      await db.delete(accountTeam);
    }
  });

  test("per-owner medians, entries into execution and open / overdue now", async () => {
    const rows = await ownerTiming({ actor: director, filters: Q1 });
    expect(rows).toEqual([
      {
        ownerId: m1.id,
        ownerName: "Manager One",
        stays: 10,
        typicalDays: 20,
        medianByStage: {
          stakeholders: 3,
          evaluation: 4,
          requirements: 5,
          scope: 3,
          schedule: 3,
          cost_plan: 2,
        },
        reachedExecution: 1,
        open: 2,
        overdue: 1,
      },
      {
        ownerId: m2.id,
        ownerName: "Manager Two",
        stays: 8,
        typicalDays: 32,
        medianByStage: {
          stakeholders: 3,
          evaluation: 7,
          requirements: 10,
          scope: 4,
          schedule: 5,
          cost_plan: 3,
        },
        reachedExecution: 1,
        open: 3,
        overdue: 1,
      },
    ]);
    const own = await ownerTiming({ actor: m2, filters: Q1 });
    expect(own.map((r) => r.ownerId)).toEqual([m2.id]);
  });
});

describe("a reassigned account's history follows its new owner", () => {
  test("stays, entries into execution and the owner filter move with the account", async () => {
    // A3 (M2): the only stays of 10 days in requirements in Q1.
    const [a3] = await db
      .select({ id: stageTransitions.accountId })
      .from(stageTransitions)
      .where(
        and(eq(stageTransitions.toStage, "requirements"), eq(stageTransitions.durationDays, 10)),
      );
    await db.update(accounts).set({ ownerId: m1.id }).where(eq(accounts.id, a3!.id));
    try {
      const rows = await ownerTiming({ actor: director, filters: Q1 });
      const one = rows.find((r) => r.ownerId === m1.id)!;
      const two = rows.find((r) => r.ownerId === m2.id)!;
      expect(one.stays).toBe(16);
      expect(one.reachedExecution).toBe(2);
      expect(two.stays).toBe(2);
      expect(two.reachedExecution).toBe(0);
      const m1Filter = await timeInStage({ actor: director, filters: { ...Q1, ownerId: m1.id } });
      expect(m1Filter.stages.find((s) => s.stage === "requirements")).toMatchObject({
        stays: 2,
        timing: { median: 7.5 },
      });
      // The previous owner no longer sees it; the new one does.
      const seenByM2 = await timeInStage({ actor: m2, filters: Q1 });
      expect(seenByM2.stages.find((s) => s.stage === "requirements")?.stays).toBe(0);
      const seenByM1 = await throughput({ actor: m1, filters: Q1 });
      expect(seenByM1.points.reduce((sum, p) => sum + p.entered, 0)).toBe(2);
      // Put on M2's account team, M2 sees it again without owning it.
      await db.insert(accountTeam).values({ accountId: a3!.id, userId: m2.id });
      const asTeam = await timeInStage({ actor: m2, filters: Q1 });
      expect(asTeam.stages.find((s) => s.stage === "requirements")?.stays).toBe(1);
    } finally {
      await db.delete(accountTeam);
      await db.update(accounts).set({ ownerId: m2.id }).where(eq(accounts.id, a3!.id));
    }
    const back = await ownerTiming({ actor: director, filters: Q1 });
    expect(back.find((r) => r.ownerId === m2.id)?.stays).toBe(8);
  });
});

describe("periods are calendar days in the app's time zone", () => {
  test("a stay ending at 01:00 on 1 April in Shanghai belongs to April", async () => {
    const id = await account({
      owner: m1.id,
      created: new Date("2025-03-30T17:00:00Z"),
      path: [
        ["stakeholders", 1],
        ["evaluation", 0],
      ],
    });
    const april = await timeInStage({
      actor: director,
      filters: { from: "2025-04-01", to: "2025-04-01" },
    });
    expect(april.stages.find((s) => s.stage === "stakeholders")?.stays).toBe(1);
    expect(april.trend).toEqual([{ month: "2025-04", stage: "stakeholders", stays: 1, median: 1 }]);
    const march = await timeInStage({
      actor: director,
      filters: { from: "2025-03-31", to: "2025-03-31" },
    });
    expect(march.stages.find((s) => s.stage === "stakeholders")?.stays).toBe(0);
    const cohort = await funnel({
      actor: director,
      filters: { from: "2025-03-31", to: "2025-03-31" },
    });
    expect(cohort.created).toBe(1);
    const [stay] = await db
      .select({ exitedAt: stageTransitions.exitedAt })
      .from(stageTransitions)
      .where(and(eq(stageTransitions.accountId, id), eq(stageTransitions.toStage, "stakeholders")));
    expect(stay?.exitedAt).toEqual(new Date("2025-03-31T17:00:00Z"));
  });
});

describe("with an account filter the same figures come from the joined query", () => {
  test("monthly medians and per-owner medians for one industry", async () => {
    // I1 in Q1: A1 (M1) left evaluation after 2 days in January, A3 (M2) after 6 in
    // February, A5 (M1) after 10 in March.
    const { trend } = await timeInStage({ actor: director, filters: { ...Q1, industryId: i1 } });
    expect(trend.filter((p) => p.stage === "evaluation")).toEqual([
      { month: "2025-01", stage: "evaluation", stays: 1, median: 2 },
      { month: "2025-02", stage: "evaluation", stays: 1, median: 6 },
      { month: "2025-03", stage: "evaluation", stays: 1, median: 10 },
    ]);
    // I2 in Q1: A2 (M1) 3 + 4 days, A4 (M2) 4 + 8 days.
    const rows = await ownerTiming({ actor: director, filters: { ...Q1, industryId: i2 } });
    expect(rows.map((r) => [r.ownerName, r.medianByStage])).toEqual([
      ["Manager One", { stakeholders: 3, evaluation: 4 }],
      ["Manager Two", { stakeholders: 4, evaluation: 8 }],
    ]);
  });
});

describe("stays of an account without an owner", () => {
  test("are timed under no owner, seen by directors, not by managers", async () => {
    const [row] = await db
      .insert(accounts)
      .values({
        code: "unowned",
        name: "Unowned",
        stage: "evaluation",
        createdAt: noon("2023-05-02"),
      })
      .returning({ id: accounts.id });
    await db.insert(stageTransitions).values([
      {
        accountId: row!.id,
        toStage: "stakeholders",
        kind: "create",
        at: noon("2023-05-02"),
        exitedAt: noon("2023-05-09"),
        durationDays: 7,
      },
      {
        accountId: row!.id,
        fromStage: "stakeholders",
        toStage: "evaluation",
        kind: "forward",
        at: noon("2023-05-09"),
      },
    ]);
    try {
      const may: DashboardFilters = { from: "2023-05-01", to: "2023-05-31" };
      const rows = await ownerTiming({ actor: director, filters: may });
      // (Other owners appear with their open accounts now, but no stays in May 2023.)
      expect(rows.filter((r) => r.stays > 0)).toMatchObject([
        { ownerId: null, ownerName: null, stays: 1, medianByStage: { stakeholders: 7 } },
      ]);
      const own = await ownerTiming({ actor: m1, filters: may });
      expect(own.filter((r) => r.stays > 0)).toEqual([]);
    } finally {
      await db.delete(accounts).where(eq(accounts.id, row!.id));
    }
  });
});

describe("the furthest stage an account reached", () => {
  test("rises with forward moves, survives rework, drops and reopening", async () => {
    const id = await account({
      owner: m1.id,
      created: noon("2023-02-01"),
      path: [
        ["stakeholders", 1],
        ["evaluation", 1],
        ["requirements", 1],
        ["evaluation", 1],
        ["dropped", 1, { note: "暂缓" }],
        ["evaluation", 0],
      ],
    });
    const furthest = async () =>
      (
        await db
          .select({ furthest: accounts.furthestStage })
          .from(accounts)
          .where(eq(accounts.id, id))
      )[0]?.furthest;
    try {
      expect(await furthest()).toBe("requirements");
      const feb: DashboardFilters = { from: "2023-02-01", to: "2023-02-28" };
      const cohort = await funnel({ actor: director, filters: feb });
      expect(cohort).toMatchObject({ created: 1, open: 1, dropped: 0 });
      expect(cohort.steps.map((s) => s.reached)).toEqual([1, 1, 1, 0, 0, 0, 0]);
      // Several moves written by one statement (as bulk loads do) count too.
      await db.insert(stageTransitions).values([
        { accountId: id, fromStage: "evaluation", toStage: "requirements", kind: "forward" },
        { accountId: id, fromStage: "requirements", toStage: "scope", kind: "forward" },
        { accountId: id, fromStage: "scope", toStage: "requirements", kind: "back" },
      ]);
      expect(await furthest()).toBe("scope");
    } finally {
      await db.delete(accounts).where(eq(accounts.id, id));
    }
  });
});

describe("the analytics pool", () => {
  test("sorts in memory, runs without JIT and cannot write", async () => {
    const [settings] = await analytic<{ work_mem: string; jit: string; read_only: string }>(
      sql`select current_setting('work_mem') as work_mem, current_setting('jit') as jit,
        current_setting('transaction_read_only') as read_only`,
    );
    expect(settings).toEqual({ work_mem: "64MB", jit: "off", read_only: "on" });
    const refused = await analytic(sql`delete from ${stageTransitions}`).catch((e: Error) => e);
    expect(String((refused as Error).cause)).toMatch(/read-only transaction/);
    expect((await db.select().from(stageTransitions)).length).toBeGreaterThan(0);
  });
});
