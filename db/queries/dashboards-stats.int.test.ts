import { sql } from "drizzle-orm";
import fc from "fast-check";
import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/db";
import { accounts, referenceItems, stageTransitions, tasks } from "@/db/schema";
import { createUser, truncateAll } from "@/db/testing/fixtures";
import { STAGES, type Stage } from "@/lib/stages/stages";
import type { Actor } from "@/lib/policy";
import { timeInStage } from "./dashboards";
import { returnVisitCoverage } from "./dashboards-coverage";

/**
 * The pre-aggregated dashboard stats (migration 0027, kept by triggers) equal a
 * recomputation from the transition log and the tasks after any sequence of moves,
 * back-moves, drops, reopenings, owner and segment changes, edits and deletions.
 */

const DAY = 86_400_000;
const GRADES = ["important", "normal", "potential"] as const;
let owners: string[] = [];
let refs: { industry: number[]; source: number[] } = { industry: [], source: [] };
let director: Actor;
let manager: Actor;

beforeAll(async () => {
  await truncateAll();
  director = await createUser("director");
  manager = await createUser("manager");
  owners = [manager.id, (await createUser("manager")).id];
  const rows = await db
    .insert(referenceItems)
    .values([
      { kind: "industry", code: "p1", nameEn: "P1", nameZh: "P1" },
      { kind: "industry", code: "p2", nameEn: "P2", nameZh: "P2" },
      { kind: "source", code: "q1", nameEn: "Q1", nameZh: "Q1" },
    ])
    .returning({ id: referenceItems.id });
  refs = { industry: [rows[0]!.id, rows[1]!.id], source: [rows[2]!.id] };
});

type Op =
  | { op: "move"; account: number; to: Stage; days: number; note: string }
  | { op: "owner"; account: number; owner: number | null }
  | { op: "segment"; account: number; industry: number | null; grade: number; source: boolean }
  | { op: "note"; account: number; note: string }
  | { op: "delete"; account: number }
  | { op: "visit"; account: number; days: number; assignee: number | null }
  | { op: "visitDone"; visit: number; days: number }
  | { op: "visitStatus"; visit: number; status: "open" | "cancelled" }
  | { op: "visitAssign"; visit: number; assignee: number | null }
  | { op: "visitDelete"; visit: number };

const ACCOUNTS = 4;
const account = fc.nat(ACCOUNTS - 1);
// Fractional days, some crossing local midnight, some whole.
const days = fc.oneof(fc.integer({ min: 0, max: 40 }), fc.double({ min: 0, max: 40, noNaN: true }));
const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      op: fc.constant("move" as const),
      account,
      to: fc.constantFrom(...STAGES),
      days,
      note: fc.constantFrom("", " 预算 ", "timing"),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant("owner" as const),
      account,
      owner: fc.option(fc.nat(1)),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant("segment" as const),
      account,
      industry: fc.option(fc.nat(1)),
      grade: fc.nat(2),
      source: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant("note" as const),
      account,
      note: fc.constantFrom("", "x", " 预算 "),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("delete" as const), account }) },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant("visit" as const),
      account,
      days,
      assignee: fc.option(fc.nat(1)),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant("visitDone" as const),
      visit: fc.nat(9),
      days: fc.double({ min: 0, max: 12, noNaN: true }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant("visitStatus" as const),
      visit: fc.nat(9),
      status: fc.constantFrom("open" as const, "cancelled" as const),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant("visitAssign" as const),
      visit: fc.nat(9),
      assignee: fc.option(fc.nat(1)),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant("visitDelete" as const), visit: fc.nat(9) }),
  },
);

const START = Date.parse("2025-01-30T15:30:00Z");
let serial = 0;

async function newAccount(clock: number) {
  const [row] = await db
    .insert(accounts)
    .values({
      code: `s${++serial}`,
      name: `Stats ${serial}`,
      ownerId: owners[0],
      createdAt: new Date(clock),
    })
    .returning({ id: accounts.id });
  await db
    .insert(stageTransitions)
    .values({ accountId: row!.id, toStage: "stakeholders", kind: "create", at: new Date(clock) });
  return row!.id;
}

/** Applies the ops as the app writes them: close the open stay, insert the move, update the account. */
async function run(ops: Op[]) {
  const ids: string[] = [];
  const clocks: number[] = [];
  for (let i = 0; i < ACCOUNTS; i++) {
    clocks.push(START + i * 0.3 * DAY);
    ids.push(await newAccount(clocks[i]!));
  }
  const visits: string[] = [];
  for (const o of ops) {
    switch (o.op) {
      case "move": {
        const at = new Date((clocks[o.account]! += o.days * DAY));
        const id = ids[o.account]!;
        await db.transaction(async (tx) => {
          const [acc] = await tx.execute<{ stage: Stage }>(
            sql`select stage from accounts where id = ${id}`,
          );
          await tx.execute(sql`update stage_transitions set exited_at = ${at.toISOString()}::timestamptz,
            duration_days = extract(epoch from (${at.toISOString()}::timestamptz - at)) / 86400
            where account_id = ${id} and exited_at is null`);
          await tx.insert(stageTransitions).values({
            accountId: id,
            fromStage: acc!.stage,
            toStage: o.to,
            kind:
              o.to === "dropped"
                ? "drop"
                : o.to === "churned"
                  ? "churn"
                  : acc!.stage === "dropped" || acc!.stage === "churned"
                    ? "reopen"
                    : "forward",
            at,
            note: o.note,
            churnType: o.to === "churned" ? "price_seeker" : null,
          });
          await tx.execute(
            sql`update accounts set stage = ${o.to}, stage_entered_at = ${at.toISOString()}::timestamptz where id = ${id}`,
          );
        });
        break;
      }
      case "owner":
        await db.execute(
          sql`update accounts set owner_id = ${o.owner === null ? null : owners[o.owner]!} where id = ${ids[o.account]!}`,
        );
        break;
      case "segment":
        await db.execute(sql`update accounts set industry_id = ${o.industry === null ? null : refs.industry[o.industry]!},
          grade = ${GRADES[o.grade]!}, source_id = ${o.source ? refs.source[0]! : null} where id = ${ids[o.account]!}`);
        break;
      case "note":
        await db.execute(sql`update stage_transitions set note = ${o.note}
          where id = (select max(id) from stage_transitions where account_id = ${ids[o.account]!})`);
        break;
      case "delete":
        await db.execute(sql`delete from accounts where id = ${ids[o.account]!}`);
        ids[o.account] = await newAccount(clocks[o.account]!);
        break;
      case "visit": {
        const start = new Date(clocks[o.account]! + o.days * DAY);
        const endsOn = new Date(start.getTime() + 7 * DAY).toISOString().slice(0, 10);
        const [row] = await db
          .insert(tasks)
          .values({
            kind: "return_visit",
            accountId: ids[o.account]!,
            assigneeId: o.assignee === null ? null : owners[o.assignee]!,
            windowStart: start,
            windowEndsOn: endsOn,
            dueDate: endsOn,
          })
          .returning({ id: tasks.id });
        visits.push(row!.id);
        break;
      }
      case "visitDone":
        if (visits[o.visit])
          await db.execute(
            sql`update tasks set status = 'done', completed_at = window_start + make_interval(mins => ${Math.round(o.days * 1440)}) where id = ${visits[o.visit]!}`,
          );
        break;
      case "visitStatus":
        if (visits[o.visit])
          await db.execute(
            sql`update tasks set status = ${o.status}, completed_at = null where id = ${visits[o.visit]!}`,
          );
        break;
      case "visitAssign":
        if (visits[o.visit])
          await db.execute(
            sql`update tasks set assignee_id = ${o.assignee === null ? null : owners[o.assignee]!} where id = ${visits[o.visit]!}`,
          );
        break;
      case "visitDelete":
        if (visits[o.visit])
          await db.execute(sql`delete from tasks where id = ${visits[o.visit]!}`);
        break;
    }
  }
}

const TZ = sql.raw(`'Asia/Shanghai'`);
const levels = sql.raw(`(values (0), (1), (2)) lv(level)`);
const rows = async (query: ReturnType<typeof sql>) =>
  (await db.execute<Record<string, unknown>>(query)).map((r) => JSON.stringify(r)).sort();

/** The stats as stored (zero rows left out) and as recomputed from the rows. */
async function compare() {
  const local = (col: string) => sql.raw(`(${col} at time zone 'Asia/Shanghai')`);
  const dayOf = (col: string) =>
    sql`case when lv.level = 1 then date_trunc('month', ${local(col)})::date else ${local(col)}::date end`;
  const seg = (col: string) => sql.raw(`case when lv.level = 2 then a.${col} end`);
  const stays = {
    stored:
      await rows(sql`select level, stage, day::text, owner_id, industry_id, grade, source_id, days, stays, total_days::text as total
      from stage_stay_stats where stays <> 0`),
    recomputed:
      await rows(sql`select lv.level, t.to_stage as stage, ${dayOf("t.exited_at")}::text as day,
        ${seg("owner_id")} as owner_id, ${seg("industry_id")} as industry_id, ${seg("grade")} as grade, ${seg("source_id")} as source_id,
        floor(t.duration_days)::int as days, count(*)::int as stays, sum(t.duration_days::numeric)::text as total
      from stage_transitions t join accounts a on a.id = t.account_id cross join ${levels}
      where t.exited_at is not null group by 1, 2, 3, 4, 5, 6, 7, 8`),
  };
  const moves = {
    stored:
      await rows(sql`select level, to_stage, day::text, kind, from_stage, churn_type, reason, owner_id, industry_id, grade, source_id, moves
      from stage_move_stats where moves <> 0`),
    recomputed:
      await rows(sql`select lv.level, t.to_stage, ${dayOf("t.at")}::text as day, t.kind, t.from_stage, t.churn_type,
        case when t.to_stage = 'dropped' then btrim(t.note) else '' end as reason,
        ${seg("owner_id")} as owner_id, ${seg("industry_id")} as industry_id, ${seg("grade")} as grade, ${seg("source_id")} as source_id,
        count(*)::int as moves
      from stage_transitions t join accounts a on a.id = t.account_id cross join ${levels}
      group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11`),
  };
  const visits = {
    stored: await rows(
      sql`select level, day::text, assignee_id, state, window_ends_on::text, visits from return_visit_stats where visits <> 0`,
    ),
    recomputed:
      await rows(sql`select lv.level, ${dayOf("t.window_start")}::text as day, t.assignee_id, s.state,
        case when s.state = 'open' then t.window_ends_on end::text as window_ends_on, count(*)::int as visits
      from tasks t cross join lateral (select case
          when t.status = 'done' and (t.completed_at at time zone ${TZ})::date <= t.window_ends_on then 'covered'
          when t.status = 'open' then 'open' else 'other' end as state) s
      cross join (values (0), (1)) lv(level)
      where t.kind = 'return_visit' group by 1, 2, 3, 4, 5`),
  };
  return { stays, moves, visits };
}

describe("dashboard stats", () => {
  test("equal a recomputation from the transitions and tasks after random changes", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 30 }), async (ops) => {
        await db.execute(sql`delete from accounts`);
        await run(ops);
        const { stays, moves, visits } = await compare();
        expect(stays.stored).toEqual(stays.recomputed);
        expect(moves.stored).toEqual(moves.recomputed);
        expect(visits.stored).toEqual(visits.recomputed);
      }),
      { numRuns: 25, seed: 20261203 },
    );
  }, 120_000);

  test("a director's time in stage from the stats equals the raw rows a manager's view reads", async () => {
    // Every account owned by `manager`, so the manager's (raw) view covers the same stays.
    await db.execute(sql`update accounts set owner_id = ${manager.id}`);
    const filters = { from: "2025-01-01", to: "2025-12-31" };
    const [stats, raw] = await Promise.all([
      timeInStage({ actor: director, filters }),
      timeInStage({ actor: manager, filters }),
    ]);
    expect(stats.stages.map((s) => [s.stage, s.stays, s.buckets])).toEqual(
      raw.stages.map((s) => [s.stage, s.stays, s.buckets]),
    );
    for (const [i, s] of stats.stages.entries()) {
      for (const key of ["p25", "median", "p75", "p90"] as const) {
        const a = s.timing?.[key] ?? null;
        const b = raw.stages[i]!.timing?.[key] ?? null;
        if (a === null || b === null) expect(a).toBe(b);
        else expect(Math.abs(a - b)).toBeLessThan(1);
      }
    }
    expect(stats.trend.map((p) => [p.month, p.stage, p.stays])).toEqual(
      raw.trend.map((p) => [p.month, p.stage, p.stays]),
    );
  });

  test("a director's return-visit coverage from the stats equals the raw rows", async () => {
    await db.execute(sql`update accounts set owner_id = ${manager.id}`);
    const [acc] = await db.execute<{ id: string }>(sql`select id from accounts limit 1`);
    const visit = (start: string, status: "open" | "done" | "cancelled", done?: string) => ({
      kind: "return_visit" as const,
      accountId: acc!.id,
      assigneeId: owners[1]!,
      windowStart: new Date(start),
      windowEndsOn: new Date(Date.parse(start) + 7 * DAY).toISOString().slice(0, 10),
      dueDate: new Date(Date.parse(start) + 7 * DAY).toISOString().slice(0, 10),
      status,
      completedAt: done ? new Date(done) : null,
    });
    await db.insert(tasks).values([
      visit("2025-02-01T03:00:00Z", "open"),
      visit("2025-01-31T17:00:00Z", "done", "2025-02-07T15:30:00Z"), // Feb 1 local; done on Feb 7 local
      visit("2025-03-10T03:00:00Z", "done", "2025-03-30T03:00:00Z"), // late
      visit("2025-04-30T20:00:00Z", "cancelled"), // May 1 local
    ]);
    for (const today of ["2025-02-03", "2025-02-20", "2025-06-01"]) {
      const filters = { from: "2025-01-15", to: "2025-05-10" };
      const [stats, raw] = await Promise.all([
        returnVisitCoverage({ actor: director, filters, today }),
        returnVisitCoverage({ actor: manager, filters, today }),
      ]);
      expect(stats).toEqual(raw);
      expect(stats.find((r) => r.assigneeId === owners[1])?.triggered).toBeGreaterThanOrEqual(3);
    }
  });
});
