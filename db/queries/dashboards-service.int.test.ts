import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/db";
import { accounts, escalationLog, escalationSteps, serviceRequests } from "@/db/schema";
import { seedBuiltIns } from "@/db/seed/built-ins";
import { createUser, truncateAll } from "@/db/testing/fixtures";
import type { Actor } from "@/lib/policy";
import type { ServiceStatus } from "@/lib/service/types";
import { escalationsByLevel, openRequestsByAge, slaAttainment } from "./dashboards-service";

/** October–December 2026 in Asia/Shanghai; "now" is 10 December, 10:00 there. */
const filters = { from: "2026-10-01", to: "2026-12-31" };
const now = new Date("2026-12-10T02:00:00Z");

let director: Actor, executive: Actor, m1: Actor, m2: Actor;
const ids: Record<string, string> = {};

async function account(code: string, ownerId: string) {
  const [row] = await db
    .insert(accounts)
    .values({ code, name: `Account ${code}`, ownerId })
    .returning({ id: accounts.id });
  return row!.id;
}

/** A request on `accountId` received `received`, its outcome given by the clock columns. */
function request(
  accountId: string,
  ownerId: string,
  received: string,
  status: ServiceStatus,
  clock: {
    respondedAt?: string;
    frDue: string;
    used?: number;
    running?: boolean;
    resDue?: string;
    resolvedAt?: string;
  },
) {
  return {
    accountId,
    ownerId,
    subject: `${status} ${received}`,
    receivedAt: new Date(received),
    channel: "phone" as const,
    type: "complaint" as const,
    status,
    firstRespondedAt: clock.respondedAt ? new Date(clock.respondedAt) : null,
    firstResponseDueAt: new Date(clock.frDue),
    slaFirstResponseHours: 4,
    slaResolutionHours: 10,
    slaUsedSeconds: (clock.used ?? 0) * 3600,
    slaRunningSince: clock.running ? new Date(received) : null,
    resolutionDueAt: clock.resDue ? new Date(clock.resDue) : null,
    resolvedAt: clock.resolvedAt ? new Date(clock.resolvedAt) : null,
  };
}

beforeAll(async () => {
  await truncateAll();
  await seedBuiltIns(db);
  const [d, e, u1, u2] = await Promise.all([
    createUser("director"),
    createUser("executive"),
    createUser("manager", { name: "Manager One" }),
    createUser("manager", { name: "Manager Two" }),
  ]);
  [director, executive, m1, m2] = [d!, e!, u1!, u2!];
  ids.a = await account("A", m1.id);
  ids.b = await account("B", m2.id);
  const rows = await db
    .insert(serviceRequests)
    .values([
      // m1, October: first response in time, resolved within 10 h (6 h used).
      request(ids.a, m1.id, "2026-10-12T02:00:00Z", "closed", {
        respondedAt: "2026-10-12T03:00:00Z",
        frDue: "2026-10-12T06:00:00Z",
        used: 6,
        resolvedAt: "2026-10-12T08:00:00Z",
      }),
      // m1, December: answered late, resolved over budget (12 h).
      request(ids.a, m1.id, "2026-12-01T02:00:00Z", "resolved", {
        respondedAt: "2026-12-01T08:00:00Z",
        frDue: "2026-12-01T06:00:00Z",
        used: 12,
        resolvedAt: "2026-12-03T02:00:00Z",
      }),
      // m1, December, open 5 days: never answered, past both deadlines.
      request(ids.a, m1.id, "2026-12-05T02:00:00Z", "new", {
        frDue: "2026-12-05T06:00:00Z",
        running: true,
        resDue: "2026-12-07T02:00:00Z",
      }),
      // m2, December, open 0.5 day: answered, still within both limits.
      request(ids.b, m2.id, "2026-12-09T14:00:00Z", "in_progress", {
        respondedAt: "2026-12-09T15:00:00Z",
        frDue: "2026-12-10T04:00:00Z",
        running: true,
        resDue: "2026-12-11T02:00:00Z",
      }),
      // m2, December, waiting on the customer (paused) with 11 h used: resolution late.
      request(ids.b, m2.id, "2026-11-20T02:00:00Z", "waiting_on_customer", {
        respondedAt: "2026-11-20T03:00:00Z",
        frDue: "2026-11-20T06:00:00Z",
        used: 11,
      }),
    ])
    .returning();
  ids.late = rows[2]!.id;
  ids.b1 = rows[3]!.id;
  const steps = await db.select().from(escalationSteps).orderBy(escalationSteps.position);
  const fired = (requestId: string, accountId: string, step: (typeof steps)[number], at: Date) => ({
    requestId,
    accountId,
    stepId: step.id,
    target: step.target,
    clock: step.clock,
    firedAt: at,
    usedSeconds: 3600,
  });
  await db.insert(escalationLog).values([
    fired(ids.late, ids.a, steps[0]!, new Date("2026-12-05T06:00:00Z")),
    fired(ids.late, ids.a, steps[1]!, new Date("2026-12-05T08:00:00Z")),
    {
      ...fired(ids.late, ids.a, steps[2]!, new Date("2026-12-07T02:00:00Z")),
      acknowledgedAt: new Date("2026-12-07T03:00:00Z"),
    },
    fired(rows[4]!.id, ids.b, steps[1]!, new Date("2026-11-20T07:00:00Z")),
  ]);
});

describe("service dashboards", () => {
  test("open requests by age: per owner in day buckets; a manager sees only their own", async () => {
    const all = await openRequestsByAge({ actor: director, filters, now });
    expect(all.map((r) => [r.ownerName, r.counts])).toEqual([
      ["Manager One", [0, 0, 1, 0, 0]],
      ["Manager Two", [1, 0, 0, 1, 0]],
    ]);
    const own = await openRequestsByAge({ actor: m2, filters, now });
    expect(own.map((r) => r.ownerName)).toEqual(["Manager Two"]);
    expect(await openRequestsByAge({ actor: executive, filters, now })).toHaveLength(2);
  });

  test("SLA attainment per month and owner: in time, late, and still within the limit", async () => {
    const rows = await slaAttainment({ actor: director, filters, now });
    const view = rows.map((r) => [
      r.month,
      r.ownerName,
      r.requests,
      r.firstResponseMet,
      r.firstResponseMissed,
      r.resolutionMet,
      r.resolutionMissed,
    ]);
    expect(view).toEqual([
      [1, "Manager One", 1, 1, 0, 1, 0],
      [2, "Manager Two", 1, 1, 0, 0, 1],
      [3, "Manager One", 2, 0, 2, 0, 2],
      [3, "Manager Two", 1, 1, 0, 0, 0],
    ]);
    const mine = await slaAttainment({ actor: m1, filters, now });
    expect(mine.every((r) => r.ownerName === "Manager One")).toBe(true);
    expect(mine.reduce((n, r) => n + r.requests, 0)).toBe(3);
    // The owner filter is the request's owner.
    const m2Only = await slaAttainment({
      actor: director,
      filters: { ...filters, ownerId: m2.id },
      now,
    });
    expect(m2Only.reduce((n, r) => n + r.requests, 0)).toBe(2);
  });

  test("escalations by month and level, acknowledged counted; scoped like the requests", async () => {
    const rows = await escalationsByLevel({ actor: director, filters });
    expect(rows.map((r) => [r.month, r.clock, r.target, r.fired, r.acknowledged])).toEqual([
      [2, "resolution", "owner", 1, 0],
      [3, "first_response", "director", 1, 0],
      [3, "resolution", "owner", 1, 0],
      [3, "resolution", "director", 1, 1],
    ]);
    const m2Rows = await escalationsByLevel({ actor: m2, filters });
    expect(m2Rows.map((r) => [r.month, r.target])).toEqual([[2, "owner"]]);
    const october = await escalationsByLevel({
      actor: director,
      filters: { from: "2026-10-01", to: "2026-10-31" },
    });
    expect(october).toEqual([]);
  });
});
