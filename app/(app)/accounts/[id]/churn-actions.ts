"use server";
import { eq, sql } from "drizzle-orm";
import { accounts, churnCases, type ChurnCase } from "@/db/schema";
import { onAccount, onRecordAccount } from "@/lib/actions/account-policy";
import { authedAction } from "@/lib/actions/action";
import { ActionError, fieldError } from "@/lib/actions/errors";
import { planChurnStep, STEP_DATE_COLUMN, type ChurnCaseStatus } from "@/lib/churn/flow";
import { caseSummary, openCaseOf } from "@/lib/churn/record";
import { flagAtRiskSchema, churnStepSchema } from "@/lib/validations/churn";

const paths = (accountId: string) => [`/accounts/${accountId}`, "/accounts/at-risk"];

/** Flags an account at risk of churning (opens its churn case); refused while one is open. */
export const flagAtRiskAction = authedAction({
  schema: flagAtRiskSchema,
  policy: onAccount("churn.manage", "accountId"),
  run: async ({ tx, user, input, audit }) => {
    const [account] = await tx
      .select({ stage: accounts.stage })
      .from(accounts)
      .where(eq(accounts.id, input.accountId));
    if (!account) throw new ActionError("not_found", "common.errors.notFound");
    if (account.stage === "churned" || account.stage === "dropped") {
      throw new ActionError("refused", "value.churn.errors.notActive");
    }
    if (await openCaseOf(tx, input.accountId)) {
      throw new ActionError("conflict", "value.churn.errors.alreadyOpen");
    }
    const { fields } = input;
    const [row] = (await tx
      .insert(churnCases)
      .values({
        accountId: input.accountId,
        status: "at_risk",
        churnType: fields.churnType || null,
        lostYearlyRevenueMinor: fields.lostYearlyRevenue,
        evidence: fields.evidence,
        atRiskAt: new Date(),
        openedById: user.id,
      })
      .returning()) as [ChurnCase];
    await audit({
      entity: "churnCase",
      action: "flag",
      entityId: row.id,
      accountId: input.accountId,
      after: caseSummary(row),
    });
    return { id: row.id, version: row.version };
  },
  // One open case per account: a concurrent flag that lost the race is a conflict.
  constraints: {
    churn_cases_open_idx: () => new ActionError("conflict", "value.churn.errors.alreadyOpen"),
  },
  revalidate: (input) => paths(input.accountId),
});

const STEP_AUDIT = { win_back: "winBack", recovered: "recover", lost: "lose" } as const;

/** A step on an open case: start a win-back, recovered (kept), lost for good. */
export const churnStepAction = authedAction({
  schema: churnStepSchema,
  policy: onRecordAccount(churnCases, "churn.manage"),
  run: async ({ tx, input, audit }) => {
    const [current] = await tx
      .select()
      .from(churnCases)
      .where(eq(churnCases.id, input.id))
      .for("update");
    if (!current) throw new ActionError("not_found", "common.errors.notFound");
    if (current.version !== input.version) {
      throw new ActionError("conflict", "value.churn.errors.changed");
    }
    const [account] = await tx
      .select({ stage: accounts.stage })
      .from(accounts)
      .where(eq(accounts.id, current.accountId));
    const plan = planChurnStep({
      from: current.status as ChurnCaseStatus,
      to: input.to,
      note: input.fields.note,
      accountStage: account!.stage,
    });
    if (!plan.ok) {
      if (plan.reason === "churn.refusal.noteRequired") {
        throw fieldError("fields.note", "value.churn.refusal.noteRequired");
      }
      throw new ActionError("refused", `value.${plan.reason}`);
    }
    const [row] = (await tx
      .update(churnCases)
      .set({
        status: input.to,
        note: input.fields.note,
        [STEP_DATE_COLUMN[input.to]]: new Date(),
        version: sql`${churnCases.version} + 1`,
      })
      .where(eq(churnCases.id, current.id))
      .returning()) as [ChurnCase];
    await audit({
      entity: "churnCase",
      action: STEP_AUDIT[input.to],
      entityId: row.id,
      accountId: row.accountId,
      before: caseSummary(current),
      after: caseSummary(row),
    });
    return { status: row.status, version: row.version, accountId: row.accountId };
  },
  revalidate: (_input, data) => paths(data.accountId),
});
