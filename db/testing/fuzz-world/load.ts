import { and, desc, eq } from "drizzle-orm";
import { db } from "@/db";
import {
  accounts,
  activities,
  churnCases,
  tasks,
  costLines,
  escalationLog,
  escalationSteps,
  costPlans,
  evaluations,
  imports,
  referenceItems,
  requirementDocVersions,
  scheduleSteps,
  scheduleTemplates,
  scopeChangeRequests,
  scopeItems,
  scorecardTemplates,
  serviceRequests,
  stakeholders,
  users,
  orders,
  products,
} from "@/db/schema";

const one = async <T>(rows: Promise<T[]>) => {
  const [row] = await rows;
  if (!row) throw new Error("fuzz world: a record is missing");
  return row;
};

export type Seeds = {
  users: Record<"admin" | "director" | "owner" | "other" | "executive", typeof users.$inferSelect>;
  reference: Record<"industry" | "source" | "area", typeof referenceItems.$inferSelect>;
  account: typeof accounts.$inferSelect;
  late: typeof accounts.$inferSelect;
  foreign: typeof accounts.$inferSelect;
  requestId: string;
  importId: string;
};

/** The world's records as they are now (versions move as the fuzz test's calls succeed). */
export async function loadFuzzWorld(seeds: Seeds) {
  const accountId = seeds.account.id;
  const user = (id: string) => one(db.select().from(users).where(eq(users.id, id)));
  const item = (id: number) =>
    one(db.select().from(referenceItems).where(eq(referenceItems.id, id)));
  const acc = (id: string) => one(db.select().from(accounts).where(eq(accounts.id, id)));
  return {
    seeds,
    users: {
      admin: await user(seeds.users.admin.id),
      director: await user(seeds.users.director.id),
      owner: await user(seeds.users.owner.id),
      other: await user(seeds.users.other.id),
      executive: await user(seeds.users.executive.id),
    },
    reference: {
      industry: await item(seeds.reference.industry.id),
      source: await item(seeds.reference.source.id),
      area: await item(seeds.reference.area.id),
    },
    account: await acc(accountId),
    late: await acc(seeds.late.id),
    foreign: await acc(seeds.foreign.id),
    request: await one(
      db.select().from(scopeChangeRequests).where(eq(scopeChangeRequests.id, seeds.requestId)),
    ),
    importRecord: await one(db.select().from(imports).where(eq(imports.id, seeds.importId))),
    // Records a fuzzed delete may have removed: a made-up id then (the call is "not found").
    // The oldest first: the world's own record, not whichever row the heap returns first.
    scopeItem: orGone(
      await db
        .select()
        .from(scopeItems)
        .where(eq(scopeItems.accountId, accountId))
        .orderBy(scopeItems.createdAt, scopeItems.id),
    ),
    stakeholder: orGone(
      await db
        .select()
        .from(stakeholders)
        .where(eq(stakeholders.accountId, accountId))
        .orderBy(stakeholders.createdAt, stakeholders.id),
    ),
    activity: orGone(
      await db
        .select()
        .from(activities)
        .where(eq(activities.accountId, accountId))
        .orderBy(activities.loggedAt, activities.id),
    ),
    serviceRequest: orGone(
      await db
        .select()
        .from(serviceRequests)
        .where(eq(serviceRequests.accountId, accountId))
        .orderBy(serviceRequests.createdAt, serviceRequests.id),
    ),
    ladderStep: await one(
      db.select().from(escalationSteps).orderBy(escalationSteps.position).limit(1),
    ),
    product: orGone(await db.select().from(products).orderBy(products.createdAt, products.id)),
    order: orGone(
      await db
        .select()
        .from(orders)
        .where(eq(orders.accountId, accountId))
        .orderBy(orders.createdAt, orders.id),
    ),
    churnCase: orGone(
      await db
        .select()
        .from(churnCases)
        .where(eq(churnCases.accountId, accountId))
        .orderBy(desc(churnCases.createdAt), churnCases.id),
    ),
    escalation: (
      await db
        .select({ id: escalationLog.id })
        .from(escalationLog)
        .orderBy(escalationLog.firedAt, escalationLog.id)
    )[0] ?? {
      id: GONE.id,
    },
    returnVisit: orGone(
      await db
        .select()
        .from(tasks)
        .where(and(eq(tasks.accountId, accountId), eq(tasks.kind, "return_visit")))
        .orderBy(tasks.createdAt, tasks.id),
    ),
    followUp: orGone(
      await db
        .select()
        .from(tasks)
        .where(and(eq(tasks.accountId, accountId), eq(tasks.kind, "follow_up")))
        .orderBy(tasks.createdAt, tasks.id),
    ),
    step: orGone(
      await db
        .select()
        .from(scheduleSteps)
        .where(eq(scheduleSteps.accountId, accountId))
        .orderBy(scheduleSteps.createdAt, scheduleSteps.position, scheduleSteps.id),
    ),
    costPlan: await one(db.select().from(costPlans).where(eq(costPlans.accountId, accountId))),
    costLine: orGone(
      await db
        .select()
        .from(costLines)
        .where(eq(costLines.accountId, accountId))
        .orderBy(costLines.createdAt, costLines.id),
    ),
    evaluation: await one(
      db
        .select()
        .from(evaluations)
        .where(eq(evaluations.accountId, accountId))
        .orderBy(desc(evaluations.createdAt)),
    ),
    requirementDoc: await one(
      db
        .select()
        .from(requirementDocVersions)
        .where(eq(requirementDocVersions.accountId, accountId))
        .orderBy(desc(requirementDocVersions.number)),
    ),
    scheduleTemplate: await one(
      db.select().from(scheduleTemplates).where(eq(scheduleTemplates.isDefault, true)),
    ),
    scorecardTemplate: await one(
      db.select().from(scorecardTemplates).where(eq(scorecardTemplates.isDefault, true)),
    ),
  };
}

const GONE = { id: "00000000-0000-4000-8000-000000000000", version: 1 };
const orGone = <T extends { id: string; version: number }>(rows: T[]) =>
  rows[0] ?? ({ ...GONE } as T);

export type FuzzWorld = Awaited<ReturnType<typeof loadFuzzWorld>>;
