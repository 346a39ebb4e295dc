import type { CostPlanStatus } from "./validation";

/**
 * A change to what the plan plans (a line's kind, category or amount, the budget,
 * adding or removing a line) takes a submitted or approved plan back to draft, even
 * with the account in execution. The message (under `cost`) the form shows before
 * saving such a change, or null when saving changes nothing about the plan's state.
 */
export function reopenWarning(status: CostPlanStatus | null | undefined): string | null {
  if (status === "approved") return "warnings.reopensApproved";
  if (status === "submitted") return "warnings.reopensSubmitted";
  return null;
}
