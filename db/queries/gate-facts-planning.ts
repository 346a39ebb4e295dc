import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Tx } from "@/db";
import {
  costLines,
  costPlans,
  scheduleBaselines,
  schedules,
  scheduleSteps,
  scopeChangeRequests,
  scopeItems,
} from "@/db/schema";
import { scheduleGateFacts } from "@/lib/schedule/compute";
import { scopeGateFacts } from "@/lib/scope/rules";
import type { GateFacts } from "@/lib/stages/gates";

type PlanningFacts = Pick<GateFacts, "scope" | "schedule" | "costPlan">;

/** Scope facts, or null while the account has neither scope items nor change requests. */
async function scopeFacts(tx: Tx, accountId: string): Promise<PlanningFacts["scope"]> {
  const [items, requests] = await Promise.all([
    tx
      .select({
        type: scopeItems.type,
        productKind: scopeItems.productKind,
        inScope: scopeItems.inScope,
        agreementRef: scopeItems.agreementRef,
      })
      .from(scopeItems)
      .where(eq(scopeItems.accountId, accountId)),
    tx
      .select({ status: scopeChangeRequests.status })
      .from(scopeChangeRequests)
      .where(eq(scopeChangeRequests.accountId, accountId)),
  ]);
  if (items.length === 0 && requests.length === 0) return null;
  return scopeGateFacts(items, requests);
}

async function scheduleFacts(tx: Tx, accountId: string): Promise<PlanningFacts["schedule"]> {
  const [schedule] = await tx
    .select({ id: schedules.id })
    .from(schedules)
    .where(eq(schedules.accountId, accountId));
  if (!schedule) return null;
  const [steps, [baselines]] = await Promise.all([
    tx
      .select({
        plannedStart: scheduleSteps.plannedStart,
        plannedFinish: scheduleSteps.plannedFinish,
      })
      .from(scheduleSteps)
      .where(eq(scheduleSteps.scheduleId, schedule.id)),
    tx
      .select({ count: sql<number>`count(*)::int` })
      .from(scheduleBaselines)
      .where(eq(scheduleBaselines.scheduleId, schedule.id)),
  ]);
  return scheduleGateFacts(steps, (baselines?.count ?? 0) > 0);
}

async function costPlanFacts(tx: Tx, accountId: string): Promise<PlanningFacts["costPlan"]> {
  const [plan] = await tx
    .select({ id: costPlans.id, status: costPlans.status })
    .from(costPlans)
    .where(eq(costPlans.accountId, accountId));
  if (!plan) return null;
  const [lines] = await tx
    .select({ count: sql<number>`count(*)::int` })
    .from(costLines)
    .where(eq(costLines.costPlanId, plan.id));
  return { lineCount: lines?.count ?? 0, approved: plan.status === "approved" };
}

/** Scope, schedule and cost-plan facts for the gates; null where the account has no such record. */
export async function loadPlanningFacts(tx: Tx, accountId: string): Promise<PlanningFacts> {
  const [scope, schedule, costPlan] = await Promise.all([
    scopeFacts(tx, accountId),
    scheduleFacts(tx, accountId),
    costPlanFacts(tx, accountId),
  ]);
  return { scope, schedule, costPlan };
}
