import type { GateFacts } from "./gates";

/** Facts under which every gate passes; tests break one thing at a time. */
export const passingFacts = (overrides: Partial<GateFacts> = {}): GateFacts => ({
  ownerId: "owner-1",
  stakeholders: [
    { side: "ours", decisionRole: "customer_manager", isPrimary: false },
    { side: "customer", decisionRole: "decision_maker", isPrimary: false },
  ],
  evaluation: { status: "approved", recommendation: "go", complete: true },
  requirements: {
    approved: true,
    hasObjectives: true,
    hasScopeStatement: true,
    prioritizedRequirementCount: 3,
  },
  scope: { inScopeCount: 2, customProductsMissingAgreement: 0, openChangeRequests: 0 },
  schedule: { stepCount: 9, stepsMissingPlannedDates: 0, hasBaseline: true },
  costPlan: { lineCount: 4, approved: true },
  ...overrides,
});
