import { describe, expect, test } from "vitest";
import { checkGate, passesGate, type GateFacts } from "./gates";
import { PIPELINE_STAGES } from "./stages";
import { passingFacts } from "./test-facts";

const codes = (stage: Parameters<typeof checkGate>[0], facts: GateFacts) =>
  checkGate(stage, facts).map((r) => r.code);

describe("every gate before execution", () => {
  test.each(PIPELINE_STAGES.filter((s) => s !== "execution"))(
    "%s passes on complete facts",
    (stage) => {
      expect(checkGate(stage, passingFacts())).toEqual([]);
      expect(passesGate(stage, passingFacts())).toBe(true);
    },
  );

  test("execution has no forward move", () => {
    expect(checkGate("execution", passingFacts())).toEqual([{ code: "gate.execution.final" }]);
  });
});

describe("stakeholders gate", () => {
  const customer = (decisionRole: string, isPrimary = false) =>
    ({ side: "customer", decisionRole, isPrimary }) as const;

  test("passes without any later feature's facts", () => {
    expect(
      checkGate("stakeholders", { ownerId: "u1", stakeholders: [customer("decision_maker")] }),
    ).toEqual([]);
  });

  test("a customer-side primary contact is enough", () => {
    const facts = passingFacts({ stakeholders: [customer("influencer", true)] });
    expect(codes("stakeholders", facts)).toEqual([]);
  });

  test("no owner", () => {
    expect(codes("stakeholders", passingFacts({ ownerId: null }))).toEqual([
      "gate.stakeholders.noOwner",
    ]);
    expect(codes("stakeholders", passingFacts({ ownerId: "" }))).toEqual([
      "gate.stakeholders.noOwner",
    ]);
  });

  test("customer-side stakeholders who neither decide nor are primary do not count", () => {
    const facts = passingFacts({ stakeholders: [customer("influencer"), customer("user")] });
    expect(codes("stakeholders", facts)).toEqual(["gate.stakeholders.noCustomerDecisionMaker"]);
  });

  test("our own decision maker or primary contact does not count", () => {
    const facts = passingFacts({
      stakeholders: [
        { side: "ours", decisionRole: "decision_maker", isPrimary: true },
        customer("gatekeeper"),
      ],
    });
    expect(codes("stakeholders", facts)).toEqual(["gate.stakeholders.noCustomerDecisionMaker"]);
  });

  test("lists both reasons when both fail", () => {
    expect(codes("stakeholders", { ownerId: null, stakeholders: [] })).toEqual([
      "gate.stakeholders.noOwner",
      "gate.stakeholders.noCustomerDecisionMaker",
    ]);
  });
});

describe("later features: undefined is not available, null is missing", () => {
  test.each([
    ["evaluation", "evaluation", "gate.evaluation.missing"],
    ["requirements", "requirements", "gate.requirements.missing"],
    ["scope", "scope", "gate.scope.missing"],
    ["schedule", "schedule", "gate.schedule.missing"],
    ["cost_plan", "costPlan", "gate.costPlan.missing"],
  ] as const)("%s", (stage, key, missing) => {
    const notBuilt = passingFacts();
    delete notBuilt[key];
    expect(checkGate(stage, notBuilt)).toEqual([{ code: "gate.notAvailable" }]);
    expect(checkGate(stage, passingFacts({ [key]: undefined }))).toEqual([
      { code: "gate.notAvailable" },
    ]);
    expect(checkGate(stage, passingFacts({ [key]: null }))).toEqual([{ code: missing }]);
  });
});

describe("evaluation gate", () => {
  const evaluation = (e: Partial<NonNullable<GateFacts["evaluation"]>>) =>
    passingFacts({
      evaluation: { status: "approved", recommendation: "go", complete: true, ...e },
    });

  test("incomplete", () => {
    expect(codes("evaluation", evaluation({ complete: false }))).toEqual([
      "gate.evaluation.incomplete",
    ]);
  });

  test.each(["draft", "submitted", "returned"] as const)("not approved: %s", (status) => {
    expect(checkGate("evaluation", evaluation({ status }))).toEqual([
      { code: "gate.evaluation.notApproved", params: { status } },
    ]);
  });

  test.each(["hold", "no_go"] as const)("approved but %s", (recommendation) => {
    expect(checkGate("evaluation", evaluation({ recommendation }))).toEqual([
      { code: "gate.evaluation.notGo", params: { recommendation } },
    ]);
  });

  test("lists every failing reason", () => {
    const facts = evaluation({ complete: false, status: "draft", recommendation: "no_go" });
    expect(codes("evaluation", facts)).toEqual([
      "gate.evaluation.incomplete",
      "gate.evaluation.notApproved",
      "gate.evaluation.notGo",
    ]);
  });
});

describe("requirements gate", () => {
  const requirements = (r: Partial<NonNullable<GateFacts["requirements"]>>) =>
    passingFacts({ requirements: { ...passingFacts().requirements!, ...r } });

  test.each([
    [{ approved: false }, "gate.requirements.notApproved"],
    [{ hasObjectives: false }, "gate.requirements.noObjectives"],
    [{ hasScopeStatement: false }, "gate.requirements.noScopeStatement"],
    [{ prioritizedRequirementCount: 0 }, "gate.requirements.noPrioritizedRequirement"],
  ] as const)("%o refuses with %s", (change, code) => {
    expect(checkGate("requirements", requirements(change))).toEqual([{ code }]);
  });

  test("one prioritized requirement is enough", () => {
    expect(codes("requirements", requirements({ prioritizedRequirementCount: 1 }))).toEqual([]);
  });

  test("lists every failing reason", () => {
    const facts = requirements({
      approved: false,
      hasObjectives: false,
      hasScopeStatement: false,
      prioritizedRequirementCount: 0,
    });
    expect(codes("requirements", facts)).toEqual([
      "gate.requirements.notApproved",
      "gate.requirements.noObjectives",
      "gate.requirements.noScopeStatement",
      "gate.requirements.noPrioritizedRequirement",
    ]);
  });
});

describe("scope gate", () => {
  const scope = (s: Partial<NonNullable<GateFacts["scope"]>>) =>
    passingFacts({ scope: { ...passingFacts().scope!, ...s } });

  test("nothing in scope", () => {
    expect(checkGate("scope", scope({ inScopeCount: 0 }))).toEqual([
      { code: "gate.scope.noInScopeItem" },
    ]);
  });

  test("custom products without agreement reference carry the count", () => {
    expect(checkGate("scope", scope({ customProductsMissingAgreement: 2 }))).toEqual([
      { code: "gate.scope.customProductsMissingAgreement", params: { count: 2 } },
    ]);
  });

  test("open change requests carry the count", () => {
    expect(checkGate("scope", scope({ openChangeRequests: 1 }))).toEqual([
      { code: "gate.scope.openChangeRequests", params: { count: 1 } },
    ]);
  });

  test("lists every failing reason", () => {
    const facts = scope({
      inScopeCount: 0,
      customProductsMissingAgreement: 3,
      openChangeRequests: 4,
    });
    expect(checkGate("scope", facts)).toEqual([
      { code: "gate.scope.noInScopeItem" },
      { code: "gate.scope.customProductsMissingAgreement", params: { count: 3 } },
      { code: "gate.scope.openChangeRequests", params: { count: 4 } },
    ]);
  });
});

describe("schedule gate", () => {
  const schedule = (s: Partial<NonNullable<GateFacts["schedule"]>>) =>
    passingFacts({ schedule: { ...passingFacts().schedule!, ...s } });

  test("no steps", () => {
    expect(checkGate("schedule", schedule({ stepCount: 0 }))).toEqual([
      { code: "gate.schedule.noSteps" },
    ]);
  });

  test("steps without planned dates carry the count", () => {
    expect(checkGate("schedule", schedule({ stepsMissingPlannedDates: 5 }))).toEqual([
      { code: "gate.schedule.stepsMissingPlannedDates", params: { count: 5 } },
    ]);
  });

  test("no baseline", () => {
    expect(checkGate("schedule", schedule({ hasBaseline: false }))).toEqual([
      { code: "gate.schedule.noBaseline" },
    ]);
  });

  test("an empty schedule lists every failing reason", () => {
    expect(codes("schedule", schedule({ stepCount: 0, hasBaseline: false }))).toEqual([
      "gate.schedule.noSteps",
      "gate.schedule.noBaseline",
    ]);
  });
});

describe("cost plan gate", () => {
  test.each([
    [{ lineCount: 0, approved: true }, ["gate.costPlan.noLines"]],
    [{ lineCount: 2, approved: false }, ["gate.costPlan.notApproved"]],
    [{ lineCount: 0, approved: false }, ["gate.costPlan.noLines", "gate.costPlan.notApproved"]],
  ] as const)("%o refuses with %o", (costPlan, expected) => {
    expect(codes("cost_plan", passingFacts({ costPlan }))).toEqual(expected);
  });
});

test("a gate only looks at its own stage's facts", () => {
  const broken = passingFacts({ ownerId: null, evaluation: null, scope: undefined });
  expect(codes("requirements", broken)).toEqual([]);
  expect(codes("schedule", broken)).toEqual([]);
  expect(codes("cost_plan", broken)).toEqual([]);
});
