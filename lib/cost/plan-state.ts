import { COST_CATEGORIES, COST_KINDS } from "./totals";

export const COST_PLAN_STATUSES = ["draft", "submitted", "approved", "returned"] as const;
export type CostPlanStatus = (typeof COST_PLAN_STATUSES)[number];

/** Message keys, relative to the `cost` namespace. */
export const COST_PLAN_STATUS_LABEL_KEYS: Readonly<Record<CostPlanStatus, string>> = {
  draft: "status.draft",
  submitted: "status.submitted",
  approved: "status.approved",
  returned: "status.returned",
};
export const COST_KIND_LABEL_KEYS = Object.fromEntries(
  COST_KINDS.map((k) => [k, `kind.${k}`]),
) as Readonly<Record<(typeof COST_KINDS)[number], string>>;
export const COST_CATEGORY_LABEL_KEYS = Object.fromEntries(
  COST_CATEGORIES.map((c) => [c, `category.${c}`]),
) as Readonly<Record<(typeof COST_CATEGORIES)[number], string>>;

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
