import "server-only";
import { aliasedTable, and, asc, eq } from "drizzle-orm";
import { db } from "@/db";
import { accounts, costLines, costPlans, users } from "@/db/schema";
import type { Actor } from "@/lib/policy";
import { visibleAccounts } from "./visibility";

const submitter = aliasedTable(users, "submitter");
const decider = aliasedTable(users, "decider");

/** The account's cost plan with its lines (by date, undated last), or null when it has none. */
export async function getCostPlan({ actor, accountId }: { actor: Actor; accountId: string }) {
  const [row] = await db
    .select({ plan: costPlans, submittedByName: submitter.name, decidedByName: decider.name })
    .from(costPlans)
    .innerJoin(accounts, eq(accounts.id, costPlans.accountId))
    .leftJoin(submitter, eq(submitter.id, costPlans.submittedById))
    .leftJoin(decider, eq(decider.id, costPlans.decidedById))
    .where(and(eq(costPlans.accountId, accountId), visibleAccounts(actor)));
  if (!row) return null;
  const lines = await db
    .select()
    .from(costLines)
    .where(eq(costLines.costPlanId, row.plan.id))
    .orderBy(asc(costLines.kind), asc(costLines.date), asc(costLines.createdAt), asc(costLines.id));
  return { ...row, lines };
}
export type CostPlanDetail = NonNullable<Awaited<ReturnType<typeof getCostPlan>>>;
export type CostLineRow = CostPlanDetail["lines"][number];

/** The state of the account's cost plan (for the account page), or null when it has none. */
export async function costPlanStatus({ actor, accountId }: { actor: Actor; accountId: string }) {
  const [row] = await db
    .select({ status: costPlans.status })
    .from(costPlans)
    .innerJoin(accounts, eq(accounts.id, costPlans.accountId))
    .where(and(eq(costPlans.accountId, accountId), visibleAccounts(actor)));
  return row?.status ?? null;
}
