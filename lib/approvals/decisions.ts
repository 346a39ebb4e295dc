/**
 * The decision words of every approval (evaluation, requirements version, cost plan,
 * scope change request): what a decision is sent and stored as, and the audit action
 * it writes. "returned" sends the work back to be changed and submitted again;
 * "rejected" closes a request for good.
 */
export const APPROVAL_DECISIONS = ["approved", "returned", "rejected"] as const;
export type ApprovalDecision = (typeof APPROVAL_DECISIONS)[number];

/** The audit action each decision writes (`lib/audit/kinds.ts`). */
export const APPROVAL_AUDIT_ACTIONS = {
  approved: "approve",
  returned: "return",
  rejected: "reject",
} as const satisfies Record<ApprovalDecision, string>;
