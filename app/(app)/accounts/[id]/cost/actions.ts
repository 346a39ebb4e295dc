"use server";
import { APPROVAL_AUDIT_ACTIONS } from "@/lib/approvals/decisions";
import { and, eq, sql } from "drizzle-orm";
import type { Tx } from "@/db";
import { costLines, costPlans } from "@/db/schema";
import { onAccount } from "@/lib/actions/account-policy";
import { authedAction } from "@/lib/actions/action";
import { updateVersioned } from "@/lib/actions/versioned";
import { ActionError, conflict, notFound } from "@/lib/actions/errors";
import {
  createCostLineSchema,
  deleteCostLineSchema,
  reviewCostPlanSchema,
  saveCostPlanHeaderSchema,
  submitCostPlanSchema,
  updateCostLineSchema,
} from "@/lib/validations/cost";

const paths = (accountId: string) => [`/accounts/${accountId}`, `/accounts/${accountId}/cost`];

type Plan = typeof costPlans.$inferSelect;
type Line = typeof costLines.$inferSelect;

/** The account's plan, created (in CNY, without budget) on first use. */
async function ensurePlan(tx: Tx, accountId: string): Promise<Plan> {
  await tx.insert(costPlans).values({ accountId }).onConflictDoNothing();
  const [plan] = await tx.select().from(costPlans).where(eq(costPlans.accountId, accountId));
  return plan!;
}

/**
 * A change to what was planned takes the plan out of review or approval: it is
 * a draft again and needs a new approval. Returns whether that happened.
 */
async function reopen(tx: Tx, plan: Plan): Promise<boolean> {
  if (plan.status !== "submitted" && plan.status !== "approved") return false;
  await tx
    .update(costPlans)
    .set({ status: "draft", version: sql`${costPlans.version} + 1` })
    .where(eq(costPlans.id, plan.id));
  return true;
}

/** The form was filled in for the plan's currency; a changed currency would change every amount. */
function requireCurrency(plan: Plan, currency: string) {
  if (plan.currency !== currency) throw new ActionError("conflict", "cost.errors.currencyChanged");
}

const PLANNED_FIELDS = [
  "kind",
  "category",
  "plannedMinor",
  "hoursHundredths",
  "rateMinor",
] as const;
const plannedChanged = (before: Line, after: Line) =>
  PLANNED_FIELDS.some((f) => before[f] !== after[f]);

const lineAudit = (line: Line) => ({
  kind: line.kind,
  category: line.category,
  description: line.description,
  plannedMinor: line.plannedMinor,
  actualMinor: line.actualMinor,
});

export const saveCostPlanHeaderAction = authedAction({
  schema: saveCostPlanHeaderSchema,
  policy: onAccount("account.update", "accountId"),
  run: async ({ tx, input, audit }) => {
    const [existing] = await tx
      .select()
      .from(costPlans)
      .where(eq(costPlans.accountId, input.accountId));
    if (existing && input.version == null) throw conflict();
    const plan = existing ?? (await ensurePlan(tx, input.accountId));
    if (input.currency !== plan.currency) {
      const [line] = await tx
        .select({ id: costLines.id })
        .from(costLines)
        .where(eq(costLines.costPlanId, plan.id))
        .limit(1);
      if (line) {
        throw new ActionError("validation", "common.errors.validation", undefined, undefined, {
          currency: ["validation.currencyLocked"],
        });
      }
    }
    const { before, after } = await updateVersioned(
      tx,
      costPlans,
      plan.id,
      input.version ?? plan.version,
      {
        currency: input.currency,
        budgetMinor: input.budgetMinor,
      },
    );
    const changed = before.currency !== after.currency || before.budgetMinor !== after.budgetMinor;
    const reopened = changed && (await reopen(tx, before));
    await audit({
      entity: "costPlan",
      entityId: plan.id,
      accountId: input.accountId,
      action: "update",
      before: { currency: before.currency, budgetMinor: before.budgetMinor, status: before.status },
      after: { currency: after.currency, budgetMinor: after.budgetMinor, reopened },
    });
    return { reopened };
  },
  revalidate: (input) => paths(input.accountId),
});

export const createCostLineAction = authedAction({
  schema: createCostLineSchema,
  policy: onAccount("account.update", "accountId"),
  run: async ({ tx, input, audit }) => {
    const plan = await ensurePlan(tx, input.accountId);
    requireCurrency(plan, input.currency);
    const [created] = await tx
      .insert(costLines)
      .values({ ...input.line, costPlanId: plan.id, accountId: input.accountId })
      .returning();
    const reopened = await reopen(tx, plan);
    await audit({
      entity: "costLine",
      entityId: created!.id,
      accountId: input.accountId,
      action: "create",
      after: { ...lineAudit(created!), reopened },
    });
    return { id: created!.id, reopened };
  },
  revalidate: (input) => paths(input.accountId),
});

async function findLine(tx: Tx, accountId: string, id: string) {
  const [row] = await tx
    .select({ line: costLines, plan: costPlans })
    .from(costLines)
    .innerJoin(costPlans, eq(costPlans.id, costLines.costPlanId))
    .where(and(eq(costLines.id, id), eq(costLines.accountId, accountId)));
  return row ?? null;
}

/** Recording actual amounts, dates and notes keeps an approval; changing the plan does not. */
export const updateCostLineAction = authedAction({
  schema: updateCostLineSchema,
  policy: onAccount("account.update", "accountId"),
  run: async ({ tx, input, audit }) => {
    const found = await findLine(tx, input.accountId, input.id);
    if (!found) throw notFound();
    requireCurrency(found.plan, input.currency);
    const { before, after } = await updateVersioned(
      tx,
      costLines,
      found.line.id,
      input.version,
      input.line,
    );
    const reopened = plannedChanged(before, after) && (await reopen(tx, found.plan));
    await audit({
      entity: "costLine",
      entityId: after.id,
      accountId: input.accountId,
      action: "update",
      before: lineAudit(before),
      after: { ...lineAudit(after), reopened },
    });
    return { version: after.version, reopened };
  },
  revalidate: (input) => paths(input.accountId),
});

export const deleteCostLineAction = authedAction({
  schema: deleteCostLineSchema,
  policy: onAccount("account.update", "accountId"),
  run: async ({ tx, input, audit }) => {
    const found = await findLine(tx, input.accountId, input.id);
    if (!found) throw notFound();
    const [deleted] = await tx
      .delete(costLines)
      .where(and(eq(costLines.id, input.id), eq(costLines.version, input.version)))
      .returning();
    if (!deleted) throw conflict();
    const reopened = await reopen(tx, found.plan);
    await audit({
      entity: "costLine",
      entityId: input.id,
      accountId: input.accountId,
      action: "delete",
      before: lineAudit(deleted),
      after: { reopened },
    });
    return { reopened };
  },
  revalidate: (input) => paths(input.accountId),
});

async function planFor(tx: Tx, accountId: string) {
  const [plan] = await tx.select().from(costPlans).where(eq(costPlans.accountId, accountId));
  if (!plan) throw new ActionError("refused", "cost.errors.noPlan");
  return plan;
}

export const submitCostPlanAction = authedAction({
  schema: submitCostPlanSchema,
  policy: onAccount("account.update", "accountId"),
  run: async ({ tx, user, input, audit }) => {
    const plan = await planFor(tx, input.accountId);
    if (plan.status === "submitted" || plan.status === "approved") {
      throw new ActionError("refused", "cost.errors.notDraft");
    }
    const [line] = await tx
      .select({ id: costLines.id })
      .from(costLines)
      .where(eq(costLines.costPlanId, plan.id))
      .limit(1);
    if (!line) throw new ActionError("refused", "cost.errors.noLines");
    const { after } = await updateVersioned(tx, costPlans, plan.id, input.version, {
      status: "submitted",
      submittedAt: new Date(),
      submittedById: user.id,
    });
    await audit({
      entity: "costPlan",
      entityId: plan.id,
      accountId: input.accountId,
      action: "submit",
      before: { status: plan.status },
      after: { status: after.status },
    });
    return { version: after.version };
  },
  revalidate: (input) => paths(input.accountId),
});

/** A director approves the submitted plan, or returns it with what must change. */
export const reviewCostPlanAction = authedAction({
  schema: reviewCostPlanSchema,
  policy: onAccount("approval.decide", "accountId"),
  run: async ({ tx, user, input, audit }) => {
    const plan = await planFor(tx, input.accountId);
    if (plan.status !== "submitted") throw new ActionError("refused", "cost.errors.notSubmitted");
    const status = input.decision;
    const { after } = await updateVersioned(tx, costPlans, plan.id, input.version, {
      status,
      decidedAt: new Date(),
      decidedById: user.id,
      decisionComment: input.comment,
    });
    await audit({
      entity: "costPlan",
      entityId: plan.id,
      accountId: input.accountId,
      action: APPROVAL_AUDIT_ACTIONS[input.decision],
      before: { status: plan.status },
      after: { status: after.status, comment: after.decisionComment },
    });
    return { status: after.status };
  },
  revalidate: (input) => paths(input.accountId),
});
