import postgres from "postgres";
import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/db";
import { getWorkingCalendar } from "@/db/queries/calendar";
import { accounts } from "@/db/schema";
import { createUser, truncateAll } from "@/db/testing/fixtures";
import { DEFAULT_FILING_LIMIT_HOURS, filingDelayMinutes } from "@/lib/activities/filing";
import type { ActivityType } from "@/lib/activities/types";
import { seedLargeActivities } from "./large-activities";
import { seedLargeTasks } from "./large-tasks";
import { LARGE_CODE_PATTERN } from "./large";

/** After the 2026 National Day week (1–8 October off, 10 October a make-up day). */
const asOf = new Date("2026-10-20T00:00:00Z");
const TZ = "Asia/Shanghai";

type Row = {
  type: ActivityType;
  occurred_at: Date;
  logged_at: Date;
  filing_delay_minutes: number;
  account_id: string;
  logged_by_id: string | null;
};

describe("seed:large activities", () => {
  let rows: Row[] = [];
  let ownerId = "";
  let demoAccount = "";
  let tasks: { kind: string; status: string; outcome: string; n: number }[] = [];
  beforeAll(async () => {
    await truncateAll();
    // The seed gives each manager a steady in-window rate of 70–98 % from the md5 of their id;
    // a random id near 98 % left too few late return visits to count on one. This id gives 81 %.
    const owner = await createUser("manager", { id: "00000000-0000-4000-8000-000000000030" });
    ownerId = owner.id;
    const values = Array.from({ length: 60 }, (_, i) => ({
      code: `n0101${String(i + 1).padStart(6, "0")}`,
      name: `Generated ${i}`,
      ownerId: owner.id,
      stage: (i % 3 === 0 ? "execution" : "stakeholders") as "execution" | "stakeholders",
      createdAt: new Date("2026-08-01T00:00:00Z"),
    }));
    await db.insert(accounts).values(values);
    const [demo] = await db
      .insert(accounts)
      .values({ code: "demo1", name: "Demo", ownerId: owner.id, stage: "execution" })
      .returning({ id: accounts.id });
    demoAccount = demo!.id;
    const sql = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
    try {
      const run = (log: (l: string) => void) =>
        seedLargeActivities(sql, { pattern: LARGE_CODE_PATTERN, asOf, timeZone: TZ, seed: 7, log });
      const first = await run(() => {});
      expect(first.activities).toBeGreaterThan(300);
      const again: string[] = [];
      expect((await run((l) => again.push(l))).activities).toBe(0);
      expect(again.join()).toMatch(/already have activities/);
      const common = { pattern: LARGE_CODE_PATTERN, asOf, timeZone: TZ, log: () => {} };
      expect((await seedLargeTasks(sql, common)).tasks).toBeGreaterThan(50);
      expect((await seedLargeTasks(sql, common)).tasks).toBe(0);
      tasks = await sql<typeof tasks>`select kind::text, status::text, case
          when status = 'done' and (completed_at at time zone ${TZ})::date <= window_ends_on then 'in window'
          when status = 'done' then 'late'
          when window_ends_on < (${asOf}::timestamptz at time zone ${TZ})::date then 'overdue'
          else 'pending' end as outcome, count(*)::int as n
        from tasks group by 1, 2, 3`;
      rows = await sql<Row[]>`select type, occurred_at, logged_at, filing_delay_minutes, account_id,
        logged_by_id from activities`;
    } finally {
      await sql.end();
    }
  });

  test("about ten a generated account, none on other accounts, all before the data set's now", () => {
    expect(rows.length).toBeGreaterThan(60 * 5);
    expect(rows.length).toBeLessThan(60 * 20);
    expect(rows.some((r) => r.account_id === demoAccount)).toBe(false);
    expect(rows.every((r) => r.logged_at <= asOf && r.occurred_at <= r.logged_at)).toBe(true);
    expect(rows.every((r) => r.logged_by_id === ownerId)).toBe(true);
    expect(new Set(rows.map((r) => r.type))).toEqual(
      new Set(["call", "visit", "meeting", "reception", "email", "note"]),
    );
  });

  test("each filing delay is the working time after the deadline, as the app measures it", async () => {
    const calendar = { ...(await getWorkingCalendar()), timeZone: TZ };
    const late = rows.filter((r) => r.filing_delay_minutes > 0);
    expect(late.length).toBeGreaterThan(10);
    for (const r of rows) {
      const expected = filingDelayMinutes({
        type: r.type,
        occurredAt: r.occurred_at,
        loggedAt: r.logged_at,
        limits: DEFAULT_FILING_LIMIT_HOURS,
        calendar,
      });
      expect({ at: r.occurred_at, minutes: r.filing_delay_minutes }).toEqual({
        at: r.occurred_at,
        minutes: expected,
      });
    }
  });

  test("return visits and follow-ups done in window, done late, overdue and pending", () => {
    const outcomes = (kind: string) =>
      tasks.filter((t) => t.kind === kind).map((t) => `${t.status} ${t.outcome}`);
    expect(outcomes("return_visit")).toEqual(
      expect.arrayContaining(["done in window", "done late", "open overdue", "open pending"]),
    );
    expect(outcomes("follow_up")).toContain("done in window");
    const returnVisits = tasks.filter((t) => t.kind === "return_visit");
    const total = returnVisits.reduce((s, t) => s + t.n, 0);
    const inWindow = returnVisits.find((t) => t.outcome === "in window")!.n;
    expect(inWindow / total).toBeGreaterThan(0.6);
    expect(inWindow / total).toBeLessThan(0.98);
  });
});
