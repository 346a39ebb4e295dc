import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/db";
import { accounts, stageTransitions } from "@/db/schema";
import { createUser, truncateAll } from "@/db/testing/fixtures";
import type { Actor } from "@/lib/policy";
import { drops, timeInStage } from "./dashboards";
import { clearDashboardCache } from "./dashboards-cache";

const DAY = 86_400_000;
const filters = { from: "2025-01-01", to: "2025-12-31" };
let director: Actor, m1: Actor, m2: Actor;
let serial = 0;

/** An account of `owner` that spent `days` in stakeholders, then was dropped. */
async function droppedAfter(owner: string, days: number) {
  const created = new Date("2025-03-01T04:00:00Z");
  const [row] = await db
    .insert(accounts)
    .values({ code: `c${++serial}`, name: `Cache ${serial}`, ownerId: owner, stage: "dropped" })
    .returning({ id: accounts.id });
  const left = new Date(created.getTime() + days * DAY);
  await db.insert(stageTransitions).values([
    {
      accountId: row!.id,
      toStage: "stakeholders",
      kind: "create",
      at: created,
      exitedAt: left,
      durationDays: days,
    },
    {
      accountId: row!.id,
      fromStage: "stakeholders",
      toStage: "dropped",
      kind: "drop",
      at: left,
      note: "x",
    },
  ]);
  return row!.id;
}

const stakeholders = async (actor: Actor) =>
  (await timeInStage({ actor, filters })).stages.find((s) => s.stage === "stakeholders")!;

beforeAll(async () => {
  await truncateAll();
  clearDashboardCache();
  [director, m1, m2] = await Promise.all([
    createUser("director"),
    createUser("manager"),
    createUser("manager"),
  ]);
  await droppedAfter(m1.id, 2);
  await droppedAfter(m2.id, 20);
  await droppedAfter(m2.id, 30);
});

describe("dashboard result cache", () => {
  test("never shows one manager another's numbers, nor a director's", async () => {
    for (let round = 0; round < 2; round++) {
      // The second round is answered from the cache where a query is cached.
      const [d, a, b] = await Promise.all([
        stakeholders(director),
        stakeholders(m1),
        stakeholders(m2),
      ]);
      expect([d.stays, d.timing?.median]).toEqual([3, 20]);
      expect([a.stays, a.timing?.median]).toEqual([1, 2]);
      expect([b.stays, b.timing?.median]).toEqual([2, 25]);
      expect((await drops({ actor: m1, filters })).total).toBe(1);
      expect((await drops({ actor: m2, filters })).total).toBe(2);
      expect((await drops({ actor: director, filters })).total).toBe(3);
    }
  });

  test("a move, an owner change or a deletion shows at once", async () => {
    expect((await stakeholders(director)).stays).toBe(3);
    const id = await droppedAfter(m1.id, 4);
    expect((await stakeholders(director)).stays).toBe(4);
    expect((await drops({ actor: director, filters: { ...filters, grade: "normal" } })).total).toBe(
      4,
    );
    await db.execute(sql`update accounts set grade = 'important' where id = ${id}`);
    expect((await drops({ actor: director, filters: { ...filters, grade: "normal" } })).total).toBe(
      3,
    );
    await db.execute(sql`delete from accounts where id = ${id}`);
    expect((await stakeholders(director)).stays).toBe(3);
  });
});
