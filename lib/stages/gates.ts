import type { PipelineStage } from "./stages";

export type StakeholderFact = {
  side: "customer" | "ours";
  decisionRole: string;
  isPrimary: boolean;
};

/**
 * What the gates look at, gathered by the caller. For the later features
 * `undefined` means the feature does not exist yet and `null` means the
 * account has no such record; both refuse, with different reasons.
 */
export type GateFacts = {
  ownerId: string | null;
  stakeholders: StakeholderFact[];
  evaluation?: {
    status: "draft" | "submitted" | "approved" | "returned";
    recommendation: "go" | "hold" | "no_go";
    complete: boolean;
  } | null;
  requirements?: {
    approved: boolean;
    hasObjectives: boolean;
    hasScopeStatement: boolean;
    prioritizedRequirementCount: number;
  } | null;
  scope?: {
    inScopeCount: number;
    customProductsMissingAgreement: number;
    openChangeRequests: number;
  } | null;
  schedule?: { stepCount: number; stepsMissingPlannedDates: number; hasBaseline: boolean } | null;
  costPlan?: { lineCount: number; approved: boolean } | null;
};

/** `code` is a message key in the `stages` namespace; `params` feed its ICU placeholders. */
export type GateReason = { code: string; params?: Record<string, string | number> };

export const GATE_REASON_CODES = [
  "gate.notAvailable",
  "gate.stakeholders.noOwner",
  "gate.stakeholders.noCustomerDecisionMaker",
  "gate.evaluation.missing",
  "gate.evaluation.incomplete",
  "gate.evaluation.notApproved",
  "gate.evaluation.notGo",
  "gate.requirements.missing",
  "gate.requirements.notApproved",
  "gate.requirements.noObjectives",
  "gate.requirements.noScopeStatement",
  "gate.requirements.noPrioritizedRequirement",
  "gate.scope.missing",
  "gate.scope.noInScopeItem",
  "gate.scope.customProductsMissingAgreement",
  "gate.scope.openChangeRequests",
  "gate.schedule.missing",
  "gate.schedule.noSteps",
  "gate.schedule.stepsMissingPlannedDates",
  "gate.schedule.noBaseline",
  "gate.costPlan.missing",
  "gate.costPlan.noLines",
  "gate.costPlan.notApproved",
  "gate.execution.final",
] as const;
export type GateReasonCode = (typeof GATE_REASON_CODES)[number];

const reason = (code: GateReasonCode, params?: GateReason["params"]): GateReason =>
  params ? { code, params } : { code };

type Check<T> = (record: T) => GateReason[];

/** Keeps the reasons whose condition failed, in order, so a refusal lists everything missing. */
const failing = (...checks: [failed: boolean, reason: GateReason][]): GateReason[] =>
  checks.filter(([failed]) => failed).map(([, r]) => r);

/** Shared handling of the undefined / null convention for the later features. */
function checkRecord<T>(record: T | null | undefined, missing: GateReasonCode, check: Check<T>) {
  if (record === undefined) return [reason("gate.notAvailable")];
  if (record === null) return [reason(missing)];
  return check(record);
}

const checkStakeholders: Check<GateFacts> = (f) =>
  failing(
    [!f.ownerId, reason("gate.stakeholders.noOwner")],
    [
      !f.stakeholders.some(
        (s) => s.side === "customer" && (s.decisionRole === "decision_maker" || s.isPrimary),
      ),
      reason("gate.stakeholders.noCustomerDecisionMaker"),
    ],
  );

const checkEvaluation: Check<NonNullable<GateFacts["evaluation"]>> = (e) =>
  failing(
    [!e.complete, reason("gate.evaluation.incomplete")],
    [e.status !== "approved", reason("gate.evaluation.notApproved", { status: e.status })],
    [
      e.recommendation !== "go",
      reason("gate.evaluation.notGo", { recommendation: e.recommendation }),
    ],
  );

const checkRequirements: Check<NonNullable<GateFacts["requirements"]>> = (r) =>
  failing(
    [!r.approved, reason("gate.requirements.notApproved")],
    [!r.hasObjectives, reason("gate.requirements.noObjectives")],
    [!r.hasScopeStatement, reason("gate.requirements.noScopeStatement")],
    [r.prioritizedRequirementCount < 1, reason("gate.requirements.noPrioritizedRequirement")],
  );

const checkScope: Check<NonNullable<GateFacts["scope"]>> = (s) =>
  failing(
    [s.inScopeCount < 1, reason("gate.scope.noInScopeItem")],
    [
      s.customProductsMissingAgreement > 0,
      reason("gate.scope.customProductsMissingAgreement", {
        count: s.customProductsMissingAgreement,
      }),
    ],
    [
      s.openChangeRequests > 0,
      reason("gate.scope.openChangeRequests", { count: s.openChangeRequests }),
    ],
  );

const checkSchedule: Check<NonNullable<GateFacts["schedule"]>> = (s) =>
  failing(
    [s.stepCount < 1, reason("gate.schedule.noSteps")],
    [
      s.stepsMissingPlannedDates > 0,
      reason("gate.schedule.stepsMissingPlannedDates", { count: s.stepsMissingPlannedDates }),
    ],
    [!s.hasBaseline, reason("gate.schedule.noBaseline")],
  );

const checkCostPlan: Check<NonNullable<GateFacts["costPlan"]>> = (c) =>
  failing(
    [c.lineCount < 1, reason("gate.costPlan.noLines")],
    [!c.approved, reason("gate.costPlan.notApproved")],
  );

/** Every reason the account cannot leave `stage`; an empty list means the gate passes. */
export function checkGate(stage: PipelineStage, facts: GateFacts): GateReason[] {
  switch (stage) {
    case "stakeholders":
      return checkStakeholders(facts);
    case "evaluation":
      return checkRecord(facts.evaluation, "gate.evaluation.missing", checkEvaluation);
    case "requirements":
      return checkRecord(facts.requirements, "gate.requirements.missing", checkRequirements);
    case "scope":
      return checkRecord(facts.scope, "gate.scope.missing", checkScope);
    case "schedule":
      return checkRecord(facts.schedule, "gate.schedule.missing", checkSchedule);
    case "cost_plan":
      return checkRecord(facts.costPlan, "gate.costPlan.missing", checkCostPlan);
    case "execution":
      return [reason("gate.execution.final")];
  }
}

export const passesGate = (stage: PipelineStage, facts: GateFacts): boolean =>
  checkGate(stage, facts).length === 0;
