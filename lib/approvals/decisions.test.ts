import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { AUDIT_KINDS } from "@/lib/audit/kinds";
import { COST_PLAN_STATUSES } from "@/lib/cost/plan-state";
import { REQUIREMENT_DOC_STATUSES } from "@/lib/requirements/model";
import { CHANGE_REQUEST_STATUSES } from "@/lib/scope/rules";
import { EVALUATION_STATUSES } from "@/lib/scorecard/default-template";
import { costPlanReviewSchema } from "@/lib/validations/cost";
import { decideRequirementDocSchema } from "@/lib/validations/requirements";
import { changeRequestDecisionSchema } from "@/lib/validations/scope";
import { decideEvaluationSchema } from "@/lib/validations/scorecard";
import { APPROVAL_AUDIT_ACTIONS, APPROVAL_DECISIONS } from "./decisions";

/** The decision values a schema accepts: every value of a field named `decision`. */
function decisionValues(schema: z.ZodType): string[] {
  const accepted: string[] = [];
  for (const word of ["approve", "approved", "return", "returned", "reject", "rejected", "ok"]) {
    const issues = schema.safeParse({ decision: word }).error?.issues ?? [];
    if (!issues.some((i) => i.path[0] === "decision")) accepted.push(word);
  }
  return accepted;
}

const approvals = {
  evaluation: { schema: decideEvaluationSchema, statuses: EVALUATION_STATUSES },
  requirementDoc: { schema: decideRequirementDocSchema, statuses: REQUIREMENT_DOC_STATUSES },
  costPlan: { schema: costPlanReviewSchema, statuses: COST_PLAN_STATUSES },
  scopeChangeRequest: { schema: changeRequestDecisionSchema, statuses: CHANGE_REQUEST_STATUSES },
} as const;

const words: readonly string[] = APPROVAL_DECISIONS;
const auditWords: readonly string[] = Object.values(APPROVAL_AUDIT_ACTIONS);

describe.each(Object.entries(approvals))("approval %s", (entity, { schema, statuses }) => {
  it("is decided with the shared words", () => {
    const accepted = decisionValues(schema);
    expect(accepted).toContain("approved");
    expect(accepted.filter((w) => !words.includes(w))).toEqual([]);
  });

  it("stores its outcome with the same words", () => {
    const outcomes = statuses.filter((s) => /^(approv|return|reject|accept|declin|deny)/.test(s));
    expect(outcomes.length).toBeGreaterThan(0);
    expect(outcomes.filter((s) => !words.includes(s))).toEqual([]);
  });

  it("audits each decision it accepts under the shared audit action", () => {
    const kinds: readonly string[] = AUDIT_KINDS[entity as keyof typeof AUDIT_KINDS];
    for (const decision of decisionValues(schema)) {
      expect(kinds).toContain(
        APPROVAL_AUDIT_ACTIONS[decision as keyof typeof APPROVAL_AUDIT_ACTIONS],
      );
    }
    const decisionKinds = kinds.filter((k) => /^(approv|return|reject|accept|declin|deny)/.test(k));
    expect(decisionKinds.filter((k) => !auditWords.includes(k))).toEqual([]);
  });
});
