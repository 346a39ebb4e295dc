import { sql } from "drizzle-orm";
import fc from "fast-check";
import postgres from "postgres";
import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/db";
import { accounts, activities } from "@/db/schema";
import { createUser, truncateAll } from "@/db/testing/fixtures";
import { ACTIVITY_TYPES, type ActivityType } from "@/lib/activities/types";
import type { Actor } from "@/lib/policy";
import { activitiesPerWeek, filingDelays } from "./dashboards-activities";
import { clearDashboardCache } from "./dashboards-cache";

/**
 * `activity_stats` (migration 0036, kept by triggers on activities and accounts)
 * equals a recount from the activities after any sequence of inserts (one or several
 * rows a statement), edits of time, type, delay and account, deletes, owner changes
 * and account deletions; and the dashboard read from it (a director's view) equals
 * the one read from the raw rows (a manager's view of the same accounts).
 */

const DAY = 86_400_000;
let owners: string[] = [];
let director: Actor;
let manager: Actor;

beforeAll(async () => {
  await truncateAll();
  director = await createUser("director");
  manager = await createUser("manager");
  owners = [manager.id, (await createUser("manager")).id];
});

type Op =
  | { op: "log"; account: number; days: number; type: ActivityType; delay: number; rows: number }
  | { op: "edit"; activity: number; days: number; type: ActivityType; delay: number }
  | { op: "moveTo"; activity: number; account: number }
  | { op: "delete"; activity: number }
  | { op: "owner"; account: number; owner: number | null }
  | { op: "deleteAccount"; account: number };

const ACCOUNTS = 3;
const account = fc.nat(ACCOUNTS - 1);
const activity = fc.nat(11);
const type = fc.constantFrom(...ACTIVITY_TYPES);
// Around the late buckets' bounds (1, 4, 9, 27 working hours) and on time.
const delay = fc.constantFrom(0, 0, 1, 59, 60, 61, 240, 241, 540, 1620, 1621, 2400);
// Fractional days over ~7 weeks, some crossing local midnight, a week or a month's end.
const days = fc.double({ min: -20, max: 30, noNaN: true });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      op: fc.constant("log" as const),
      account,
      days,
      type,
      delay,
      rows: fc.integer({ min: 1, max: 3 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ op: fc.constant("edit" as const), activity, days, type, delay }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("moveTo" as const), activity, account }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("delete" as const), activity }) },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant("owner" as const),
      account,
      owner: fc.option(fc.nat(1)),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("deleteAccount" as const), account }) },
);

// 1 April 2026 00:30 local (Asia/Shanghai): a Wednesday.
const START = Date.parse("2026-03-31T16:30:00Z");
let serial = 0;

async function newAccount() {
  const [row] = await db
    .insert(accounts)
    .values({ code: `as${++serial}`, name: `Activity stats ${serial}`, ownerId: owners[0] })
    .returning({ id: accounts.id });
  return row!.id;
}

/** Applies the ops with plain statements, as the app's actions and the seed write them. */
async function run(ops: Op[]) {
  const ids: string[] = [];
  for (let i = 0; i < ACCOUNTS; i++) ids.push(await newAccount());
  const logged: string[] = [];
  const at = (d: number) => new Date(START + d * DAY);
  for (const o of ops) {
    const target = "activity" in o ? logged[o.activity] : undefined;
    switch (o.op) {
      case "log": {
        const rows = await db
          .insert(activities)
          .values(
            Array.from({ length: o.rows }, (_, i) => ({
              accountId: ids[o.account]!,
              type: o.type,
              occurredAt: at(o.days + i * 0.4),
              filingDelayMinutes: o.delay * (i + 1),
              subject: "stats",
            })),
          )
          .returning({ id: activities.id });
        logged.push(...rows.map((r) => r.id));
        break;
      }
      case "edit":
        if (target)
          await db.execute(sql`update activities set occurred_at = ${at(o.days).toISOString()}::timestamptz,
            type = ${o.type}, filing_delay_minutes = ${o.delay} where id = ${target}`);
        break;
      case "moveTo":
        if (target)
          await db.execute(
            sql`update activities set account_id = ${ids[o.account]!} where id = ${target}`,
          );
        break;
      case "delete":
        if (target) await db.execute(sql`delete from activities where id = ${target}`);
        break;
      case "owner":
        await db.execute(
          sql`update accounts set owner_id = ${o.owner === null ? null : owners[o.owner]!} where id = ${ids[o.account]!}`,
        );
        break;
      case "deleteAccount":
        await db.execute(sql`delete from accounts where id = ${ids[o.account]!}`);
        ids[o.account] = await newAccount();
        break;
    }
  }
}

const rows = async (query: ReturnType<typeof sql>) =>
  (await db.execute<Record<string, unknown>>(query)).map((r) => JSON.stringify(r)).sort();

/** The stats as stored (zero cells left out) and as recounted from the activities. */
async function compare() {
  const stored = await rows(sql`select level, day::text, owner_id, type, late_hours,
      activities, delay_minutes::text as delay from activity_stats where activities <> 0`);
  const recounted = await rows(sql`select lv.level,
      (case lv.level when 1 then date_trunc('month', l.local) when 3 then date_trunc('week', l.local)
        else l.local end)::date::text as day,
      case when lv.level >= 2 then a.owner_id end as owner_id, v.type,
      case when lv.level <> 3 then greatest(ceil(v.filing_delay_minutes / 60.0), 0)::int end as late_hours,
      count(*)::int as activities, sum(v.filing_delay_minutes)::text as delay
    from activities v join accounts a on a.id = v.account_id
    cross join lateral (select v.occurred_at at time zone 'Asia/Shanghai' as local) l
    cross join (values (0), (1), (2), (3)) lv(level)
    group by 1, 2, 3, 4, 5`);
  return { stored, recounted };
}

describe("activity stats", () => {
  test("equal a recount from the activities after random changes", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 30 }), async (ops) => {
        await db.execute(sql`delete from accounts`);
        await run(ops);
        const { stored, recounted } = await compare();
        expect(stored).toEqual(recounted);
      }),
      { numRuns: 25, seed: 20261204 },
    );
  }, 120_000);

  test("a director's dashboard from the stats equals the raw rows a manager's view reads", async () => {
    await db.execute(sql`delete from accounts`);
    await run(fc.sample(opArb, { numRuns: 80, seed: 7 }).filter((o) => o.op !== "deleteAccount"));
    // Every account owned by `manager`, so the manager's (raw) view covers the same activities.
    await db.execute(sql`update accounts set owner_id = ${manager.id}`);
    const total = await db.$count(activities);
    expect(total).toBeGreaterThan(20);
    // Periods with partial weeks and months at both ends, whole weeks only, one day.
    const periods = [
      { from: "2026-03-20", to: "2026-04-29" },
      { from: "2026-03-30", to: "2026-04-26" },
      { from: "2026-04-01", to: "2026-04-01" },
      { from: "2026-01-01", to: "2026-12-31" },
    ];
    for (const filters of periods) {
      clearDashboardCache();
      const [statsWeeks, rawWeeks, statsDelays, rawDelays] = await Promise.all([
        activitiesPerWeek({ actor: director, filters }),
        activitiesPerWeek({ actor: manager, filters }),
        filingDelays({ actor: director, filters }),
        filingDelays({ actor: manager, filters }),
      ]);
      expect(statsWeeks).toEqual(rawWeeks);
      expect(statsDelays).toEqual(rawDelays);
    }
    const year = await filingDelays({
      actor: director,
      filters: { from: "2026-01-01", to: "2026-12-31" },
    });
    expect(year.reduce((sum, r) => sum + r.total, 0)).toBe(total);
    expect(year.some((r) => r.meanLateHours !== null && r.late.some((n) => n > 0))).toBe(true);
  });

  test("an activity written while its account changes owner counts under the new owner", async () => {
    const client = postgres(process.env.DATABASE_URL!, { max: 2, onnotice: () => {} });
    try {
      const owner = async () =>
        (
          await db.execute<{ owner_id: string; activities: number }>(sql`select owner_id, activities
            from activity_stats where level = 2 and activities <> 0`)
        ).map((r) => ({ ...r }));
      // Whichever commits first, the other waits for it (or is already done: the bug).
      const settle = async (pending: Promise<unknown>, pid: number) => {
        let done = false;
        void pending.then(() => (done = true));
        for (let i = 0; i < 400 && !done; i++) {
          const [row] = await db.execute<{ waiting: boolean }>(sql`select coalesce(
            (select wait_event_type = 'Lock' from pg_stat_activity where pid = ${pid}), false) as waiting`);
          if (row!.waiting) return;
          await new Promise((r) => setTimeout(r, 10));
        }
      };
      for (const first of ["activity", "owner"] as const) {
        await db.execute(sql`delete from accounts`);
        const id = await newAccount();
        const [open, other] = [await client.reserve(), await client.reserve()];
        const [row] = await other<{ pid: number }[]>`select pg_backend_pid() as pid`;
        const logActivity = (c: postgres.Sql) => c`insert into activities
          (account_id, type, occurred_at, subject) values (${id}, 'call', ${new Date(START)}, 'race')`;
        const reassign = (c: postgres.Sql) =>
          c`update accounts set owner_id = ${owners[1]!} where id = ${id}`;
        // One transaction writes and stays open while the other statement runs.
        await open`begin`;
        await (first === "activity" ? logActivity(open) : reassign(open));
        const second = first === "activity" ? reassign(other) : logActivity(other);
        await settle(second, row!.pid);
        await open`commit`;
        await second;
        open.release();
        other.release();
        expect(await owner(), first).toEqual([{ owner_id: owners[1], activities: 1 }]);
      }
    } finally {
      await client.end();
    }
  });
});
