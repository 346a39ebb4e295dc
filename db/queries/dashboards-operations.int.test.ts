import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/db";
import { accounts, accountTeam, activities, tasks } from "@/db/schema";
import { createUser, truncateAll } from "@/db/testing/fixtures";
import { coverageByManagerQuarter } from "@/lib/tasks/coverage";
import type { Actor } from "@/lib/policy";
import type { ActivityType } from "@/lib/activities/types";
import type { TaskStatus } from "@/lib/tasks/types";
import { activitiesPerWeek, filingDelays } from "./dashboards-activities";
import { missedReturnVisits, returnVisitCoverage } from "./dashboards-coverage";

/** Q2 and Q3 2026, local days in Asia/Shanghai (UTC+8). */
const filters = { from: "2026-04-01", to: "2026-09-30" };
const today = "2026-07-10";

let director: Actor, executive: Actor, m1: Actor, m2: Actor;
const ids: Record<string, string> = {};

async function account(code: string, ownerId: string) {
  const [row] = await db
    .insert(accounts)
    .values({ code, name: `Account ${code}`, ownerId, stage: "execution" })
    .returning({ id: accounts.id });
  return row!.id;
}

const activity = (accountId: string, type: ActivityType, occurredAt: string, delay = 0) => ({
  accountId,
  type,
  occurredAt: new Date(occurredAt),
  filingDelayMinutes: delay,
  subject: type,
});

const task = (
  name: string,
  accountId: string,
  assigneeId: string,
  windowStart: string,
  windowEndsOn: string,
  status: TaskStatus,
  completedAt?: string,
) => ({
  kind: "return_visit" as const,
  accountId,
  assigneeId,
  windowStart: new Date(windowStart),
  windowEndsOn,
  dueDate: windowEndsOn,
  status,
  completedAt: completedAt ? new Date(completedAt) : null,
  title: name,
});

beforeAll(async () => {
  await truncateAll();
  const [d, e, u1, u2] = await Promise.all([
    createUser("director"),
    createUser("executive"),
    createUser("manager", { name: "Manager One" }),
    createUser("manager", { name: "Manager Two" }),
  ]);
  [director, executive, m1, m2] = [d!, e!, u1!, u2!];
  ids.a = await account("A", m1.id);
  ids.b = await account("B", m2.id);
  // C belongs to m1; m2 is on its account team.
  ids.c = await account("C", m1.id);
  await db.insert(accountTeam).values({ accountId: ids.c, userId: m2.id });
  await db.insert(activities).values([
    activity(ids.a, "call", "2026-04-06T02:00:00Z"),
    activity(ids.a, "visit", "2026-04-07T02:00:00Z", 30),
    activity(ids.a, "reception", "2026-04-14T02:00:00Z", 300),
    // 31 March 23:30 local: before the period.
    activity(ids.a, "call", "2026-03-31T15:30:00Z"),
    // 1 April 00:30 local: in it (week of 30 March).
    activity(ids.a, "note", "2026-03-31T16:30:00Z"),
    activity(ids.b, "call", "2026-04-06T03:00:00Z"),
    activity(ids.b, "email", "2026-04-08T03:00:00Z", 2000),
    activity(ids.c, "note", "2026-04-20T03:00:00Z"),
  ]);
  await db.insert(tasks).values([
    // Done 9 April 23:30 local, the window's last day: covered.
    task("t1", ids.a, m1.id, "2026-04-02T02:00:00Z", "2026-04-09", "done", "2026-04-09T15:30:00Z"),
    task("t2", ids.a, m1.id, "2026-05-01T02:00:00Z", "2026-05-08", "done", "2026-05-10T02:00:00Z"),
    task("t3", ids.a, m1.id, "2026-06-30T12:00:00Z", "2026-07-07", "open"),
    task("t4", ids.a, m1.id, "2026-06-30T02:00:00Z", "2026-07-12", "open"),
    task("t5", ids.a, m1.id, "2026-04-10T02:00:00Z", "2026-04-17", "cancelled"),
    // 1 July 01:00 local: the third quarter.
    task("t7", ids.a, m1.id, "2026-06-30T17:00:00Z", "2026-07-08", "open"),
    task("t6", ids.b, m2.id, "2026-04-03T02:00:00Z", "2026-04-10", "done", "2026-04-05T02:00:00Z"),
    task("t8", ids.c, m1.id, "2026-05-05T02:00:00Z", "2026-05-12", "done", "2026-05-06T02:00:00Z"),
  ]);
  await db.insert(tasks).values({
    ...task("follow-up", ids.a, m1.id, "2026-04-02T02:00:00Z", "2026-04-05", "open"),
    kind: "follow_up",
  });
});

const weekly = async (actor: Actor) =>
  (await activitiesPerWeek({ actor, filters })).map(
    (r) => `${r.ownerName} ${r.week} ${r.type} ${r.count}`,
  );

describe("activities per manager per week", () => {
  test("a director and an executive see every account's activities of the period by owner, week and type", async () => {
    const all = [
      "Manager One 2026-03-30 note 1",
      "Manager One 2026-04-06 call 1",
      "Manager One 2026-04-06 visit 1",
      "Manager One 2026-04-13 reception 1",
      "Manager One 2026-04-20 note 1",
      "Manager Two 2026-04-06 call 1",
      "Manager Two 2026-04-06 email 1",
    ];
    expect((await weekly(director)).sort()).toEqual(all);
    expect((await weekly(executive)).sort()).toEqual(all);
  });

  test("a manager sees the accounts they own or are on the team of", async () => {
    expect((await weekly(m1)).sort()).toEqual([
      "Manager One 2026-03-30 note 1",
      "Manager One 2026-04-06 call 1",
      "Manager One 2026-04-06 visit 1",
      "Manager One 2026-04-13 reception 1",
      "Manager One 2026-04-20 note 1",
    ]);
    expect((await weekly(m2)).sort()).toEqual([
      "Manager One 2026-04-20 note 1",
      "Manager Two 2026-04-06 call 1",
      "Manager Two 2026-04-06 email 1",
    ]);
  });

  test("the owner filter narrows a director's view", async () => {
    const rows = await activitiesPerWeek({
      actor: director,
      filters: { ...filters, ownerId: m2.id },
    });
    expect(rows.reduce((s, r) => s + r.count, 0)).toBe(2);
  });
});

describe("filing-delay distribution", () => {
  test("on time and late per type, late ones bucketed by working hours", async () => {
    const rows = await filingDelays({ actor: director, filters });
    const byType = Object.fromEntries(rows.map((r) => [r.type, r]));
    expect(byType.call).toMatchObject({ total: 2, onTime: 2, late: [0, 0, 0, 0, 0] });
    // 30 minutes: up to 1 h.
    expect(byType.visit).toMatchObject({
      total: 1,
      onTime: 0,
      late: [1, 0, 0, 0, 0],
      meanLateHours: 0.5,
    });
    // 5 h: 4–9 h.
    expect(byType.reception).toMatchObject({ onTime: 0, late: [0, 0, 1, 0, 0], meanLateHours: 5 });
    // 33.3 h: over 27 h.
    expect(byType.email).toMatchObject({ onTime: 0, late: [0, 0, 0, 0, 1] });
    expect(byType.note).toMatchObject({ total: 2, onTime: 2 });
  });

  test("a manager's distribution counts only the accounts they see", async () => {
    const rows = await filingDelays({ actor: m1, filters });
    expect(rows.map((r) => `${r.type} ${r.total}`)).toEqual([
      "call 1",
      "visit 1",
      "reception 1",
      "note 2",
    ]);
  });
});

describe("return-visit coverage", () => {
  const figures = async (actor: Actor) =>
    (await returnVisitCoverage({ actor, filters, today })).map(
      (r) =>
        `${r.assigneeName} ${r.quarter}: ${r.completedInWindow}/${r.triggered} pending ${r.pending} missed ${r.missed}`,
    );

  test("completed within the window ÷ triggered, per manager and quarter of the trigger", async () => {
    expect(await figures(director)).toEqual([
      "Manager One 2026-Q2: 2/6 pending 1 missed 3",
      "Manager Two 2026-Q2: 1/1 pending 0 missed 0",
      "Manager One 2026-Q3: 0/1 pending 0 missed 1",
    ]);
    const [first] = await returnVisitCoverage({ actor: director, filters, today });
    expect(first!.coverage).toBeCloseTo(2 / 6);
  });

  test("the same figures as lib/tasks coverage arithmetic", async () => {
    const rows = await db.select().from(tasks);
    const expected = coverageByManagerQuarter(
      rows.filter((r) => r.kind === "return_visit"),
      { today, timeZone: "Asia/Shanghai" },
    );
    const actual = await returnVisitCoverage({ actor: director, filters, today });
    const key = (r: { assigneeId: string | null; quarter: string }) =>
      `${r.quarter} ${r.assigneeId}`;
    expect(
      actual.map(({ assigneeName: _, ...r }) => r).sort((a, b) => key(a).localeCompare(key(b))),
    ).toEqual(expected.sort((a, b) => key(a).localeCompare(key(b))));
  });

  test("per role: a manager sees the return visits of the accounts they own or are on the team of", async () => {
    expect(await figures(executive)).toEqual(await figures(director));
    expect(await figures(m1)).toEqual([
      "Manager One 2026-Q2: 2/6 pending 1 missed 3",
      "Manager One 2026-Q3: 0/1 pending 0 missed 1",
    ]);
    expect(await figures(m2)).toEqual([
      "Manager One 2026-Q2: 1/1 pending 0 missed 0",
      "Manager Two 2026-Q2: 1/1 pending 0 missed 0",
    ]);
  });

  test("the missed ones behind a figure: late, overdue and cancelled, latest window first", async () => {
    const missed = await missedReturnVisits({
      actor: director,
      filters,
      today,
      assigneeId: m1.id,
      quarter: "2026-Q2",
    });
    expect(missed.total).toBe(3);
    expect(missed.rows.map((r) => `${r.accountCode} ${r.windowEndsOn} ${r.status}`)).toEqual([
      "A 2026-07-07 open",
      "A 2026-05-08 done",
      "A 2026-04-17 cancelled",
    ]);
    const all = await missedReturnVisits({ actor: director, filters, today });
    expect(all.total).toBe(4);
    // m2 sees C (covered) but not A: nothing missed of m1's.
    expect((await missedReturnVisits({ actor: m2, filters, today, assigneeId: m1.id })).total).toBe(
      0,
    );
  });
});
