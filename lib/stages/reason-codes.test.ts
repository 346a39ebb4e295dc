import { describe, expect, test } from "vitest";
import { checkGate, GATE_REASON_CODES, type GateReason } from "./gates";
import { ALL_REASON_CODES, MOVE_REASON_CODES, planMove, type MoveRequest } from "./machine";
import { passingFacts } from "./test-facts";

const codesOf = (reasons: GateReason[]) => reasons.map((r) => r.code);
const plan = (request: Partial<MoveRequest> & Pick<MoveRequest, "from" | "to">) => {
  const result = planMove({ facts: passingFacts(), actor: { role: "manager" }, ...request });
  return result.ok ? [] : codesOf(result.reasons);
};
const unknown = "nowhere" as unknown as "execution";

/** One real way to produce each code; keeps ALL_REASON_CODES exact in both directions. */
const PRODUCERS: Record<string, () => string[]> = {
  "gate.notAvailable": () => codesOf(checkGate("scope", passingFacts({ scope: undefined }))),
  "gate.stakeholders.noOwner": () =>
    codesOf(checkGate("stakeholders", passingFacts({ ownerId: null }))),
  "gate.stakeholders.noCustomerDecisionMaker": () =>
    codesOf(checkGate("stakeholders", passingFacts({ stakeholders: [] }))),
  "gate.evaluation.missing": () =>
    codesOf(checkGate("evaluation", passingFacts({ evaluation: null }))),
  "gate.evaluation.incomplete": () =>
    codesOf(
      checkGate(
        "evaluation",
        passingFacts({ evaluation: { status: "approved", recommendation: "go", complete: false } }),
      ),
    ),
  "gate.evaluation.notApproved": () =>
    codesOf(
      checkGate(
        "evaluation",
        passingFacts({ evaluation: { status: "returned", recommendation: "go", complete: true } }),
      ),
    ),
  "gate.evaluation.notGo": () =>
    codesOf(
      checkGate(
        "evaluation",
        passingFacts({
          evaluation: { status: "approved", recommendation: "no_go", complete: true },
        }),
      ),
    ),
  "gate.requirements.missing": () =>
    codesOf(checkGate("requirements", passingFacts({ requirements: null }))),
  "gate.requirements.notApproved": () => requirements({ approved: false }),
  "gate.requirements.noObjectives": () => requirements({ hasObjectives: false }),
  "gate.requirements.noScopeStatement": () => requirements({ hasScopeStatement: false }),
  "gate.requirements.noPrioritizedRequirement": () =>
    requirements({ prioritizedRequirementCount: 0 }),
  "gate.scope.missing": () => codesOf(checkGate("scope", passingFacts({ scope: null }))),
  "gate.scope.noInScopeItem": () => scope({ inScopeCount: 0 }),
  "gate.scope.customProductsMissingAgreement": () => scope({ customProductsMissingAgreement: 1 }),
  "gate.scope.openChangeRequests": () => scope({ openChangeRequests: 1 }),
  "gate.schedule.missing": () => codesOf(checkGate("schedule", passingFacts({ schedule: null }))),
  "gate.schedule.noSteps": () => schedule({ stepCount: 0 }),
  "gate.schedule.stepsMissingPlannedDates": () => schedule({ stepsMissingPlannedDates: 1 }),
  "gate.schedule.noBaseline": () => schedule({ hasBaseline: false }),
  "gate.costPlan.missing": () => codesOf(checkGate("cost_plan", passingFacts({ costPlan: null }))),
  "gate.costPlan.noLines": () =>
    codesOf(checkGate("cost_plan", passingFacts({ costPlan: { lineCount: 0, approved: true } }))),
  "gate.costPlan.notApproved": () =>
    codesOf(checkGate("cost_plan", passingFacts({ costPlan: { lineCount: 1, approved: false } }))),
  "gate.execution.final": () => codesOf(checkGate("execution", passingFacts())),
  "move.readOnly": () => plan({ from: "scope", to: "schedule", actor: { role: "executive" } }),
  "move.unknownStage": () => plan({ from: "scope", to: unknown }),
  "move.sameStage": () => plan({ from: "scope", to: "scope" }),
  "move.skip": () => plan({ from: "scope", to: "cost_plan" }),
  "move.back.reasonRequired": () => plan({ from: "scope", to: "evaluation" }),
  "move.drop.fromExecution": () => plan({ from: "execution", to: "dropped", reason: "x" }),
  "move.drop.reasonRequired": () => plan({ from: "scope", to: "dropped" }),
  "move.churn.onlyFromExecution": () => plan({ from: "scope", to: "churned", reason: "x" }),
  "move.churn.typeRequired": () => plan({ from: "execution", to: "churned", reason: "x" }),
  "move.churn.reasonRequired": () =>
    plan({ from: "execution", to: "churned", churnType: "price_seeker" }),
  "move.reopen.onlyToStakeholders": () => plan({ from: "dropped", to: "scope", reason: "x" }),
  "move.reopen.reasonRequired": () => plan({ from: "dropped", to: "stakeholders" }),
  "move.override.notAllowed": () =>
    plan({
      from: "stakeholders",
      to: "evaluation",
      facts: passingFacts({ ownerId: null }),
      override: true,
      reason: "x",
    }),
  "move.override.reasonRequired": () =>
    plan({
      from: "stakeholders",
      to: "evaluation",
      facts: passingFacts({ ownerId: null }),
      actor: { role: "director" },
      override: true,
    }),
};

function requirements(change: object) {
  return codesOf(
    checkGate(
      "requirements",
      passingFacts({ requirements: { ...passingFacts().requirements!, ...change } }),
    ),
  );
}
function scope(change: object) {
  return codesOf(
    checkGate("scope", passingFacts({ scope: { ...passingFacts().scope!, ...change } })),
  );
}
function schedule(change: object) {
  return codesOf(
    checkGate("schedule", passingFacts({ schedule: { ...passingFacts().schedule!, ...change } })),
  );
}

describe("ALL_REASON_CODES", () => {
  test("is the gate codes followed by the move codes, without duplicates", () => {
    expect(ALL_REASON_CODES).toEqual([...GATE_REASON_CODES, ...MOVE_REASON_CODES]);
    expect(new Set(ALL_REASON_CODES).size).toBe(ALL_REASON_CODES.length);
  });

  test("lists exactly the codes that can be produced", () => {
    expect(Object.keys(PRODUCERS).sort()).toEqual([...ALL_REASON_CODES].sort());
  });

  test.each(Object.entries(PRODUCERS))("%s is really emitted", (code, produce) => {
    expect(produce()).toContain(code);
  });
});
