import { sql } from "drizzle-orm";
import { beforeEach, describe, expect, test } from "vitest";
import { db } from "@/db";
import {
  accounts,
  accountTeam,
  costPlans,
  requirementDocVersions,
  scopeChangeRequests,
} from "@/db/schema";
import { createUser, truncateAll } from "@/db/testing/fixtures";
import { pendingDecisions, unownedCount } from "./home";

let serial = 0;
async function account(name: string, values: Partial<typeof accounts.$inferInsert> = {}) {
  const [row] = await db
    .insert(accounts)
    .values({ code: `n8888${String(++serial).padStart(3, "0")}`, name, ...values })
    .returning();
  return row!;
}
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);
const changeRequest = (accountId: string, status: "open" | "approved", days: number) =>
  db.insert(scopeChangeRequests).values({
    accountId,
    change: "Add a sample run",
    reason: "Customer asked",
    costImpact: "+2,000",
    scheduleImpact: "+1 week",
    riskImpact: "low",
    status,
    createdAt: daysAgo(days),
  });

beforeEach(async () => {
  await truncateAll();
});

describe("records waiting for a decision", () => {
  test("submitted and open records of live visible accounts, oldest first, with the total", async () => {
    const [director, zhang, chen, executive] = await Promise.all([
      createUser("director"),
      createUser("manager"),
      createUser("manager"),
      createUser("executive"),
    ]);
    const zhangs = await account("Zhang Coatings", { ownerId: zhang.id });
    const chens = await account("Chen Paints", { ownerId: chen.id });
    const shared = await account("Chen Shared", { ownerId: chen.id });
    await db.insert(accountTeam).values({ accountId: shared.id, userId: zhang.id });
    const archived = await account("Old Archived", { ownerId: zhang.id, archivedAt: new Date() });
    const dropped = await account("Dropped Co", { ownerId: zhang.id, stage: "dropped" });

    await db.insert(costPlans).values([
      {
        accountId: zhangs.id,
        status: "submitted",
        submittedAt: daysAgo(5),
        submittedById: zhang.id,
      },
      { accountId: archived.id, status: "submitted", submittedAt: daysAgo(9) },
      { accountId: chens.id, status: "approved", submittedAt: daysAgo(8) },
    ]);
    await db.insert(requirementDocVersions).values([
      {
        accountId: shared.id,
        number: 1,
        status: "submitted",
        content: sql`'{}'::jsonb`,
        submittedAt: daysAgo(3),
        submittedById: chen.id,
      },
      { accountId: dropped.id, number: 1, status: "submitted", content: sql`'{}'::jsonb` },
    ]);
    await changeRequest(chens.id, "open", 7);
    await changeRequest(zhangs.id, "approved", 6);

    const seen = async (actor: typeof director, limit?: number) => {
      const { items, total } = await pendingDecisions({ actor, limit });
      return { total, items: items.map((i) => [i.kind, i.accountName, i.byName]) };
    };
    // Archived and dropped accounts' records and decided ones are not waiting.
    expect(await seen(director)).toEqual({
      total: 3,
      items: [
        ["changeRequest", "Chen Paints", null],
        ["costPlan", "Zhang Coatings", zhang.name],
        ["requirements", "Chen Shared", chen.name],
      ],
    });
    expect(await seen(executive, 2)).toEqual({
      total: 3,
      items: [
        ["changeRequest", "Chen Paints", null],
        ["costPlan", "Zhang Coatings", zhang.name],
      ],
    });
    // A manager sees own accounts and those whose team they are on.
    expect(await seen(zhang)).toEqual({
      total: 2,
      items: [
        ["costPlan", "Zhang Coatings", zhang.name],
        ["requirements", "Chen Shared", chen.name],
      ],
    });
    expect((await seen(chen)).items.map(([, name]) => name)).toEqual([
      "Chen Paints",
      "Chen Shared",
    ]);
    const none = await createUser("manager");
    expect(await seen(none)).toEqual({ total: 0, items: [] });
  });
});

test("accounts without an owner are counted as the list's filter finds them", async () => {
  await account("Nobody's", {});
  await account("Nobody's archived", { archivedAt: new Date() });
  await account("Nobody's dropped", { stage: "dropped" });
  const [owner, director] = await Promise.all([createUser("manager"), createUser("director")]);
  await account("Owned", { ownerId: owner.id });
  expect(await unownedCount(director)).toBe(2);
  // Nobody's accounts are on no manager's team, so a manager counts none.
  expect(await unownedCount(owner)).toBe(0);
});
