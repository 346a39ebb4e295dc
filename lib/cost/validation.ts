import { z } from "zod";
import { CURRENCIES, DEFAULT_CURRENCY, parseMoney, type Currency } from "./money";
import { COST_CATEGORIES, COST_KINDS } from "./totals";

/*
 * Error messages are message keys relative to the `cost` namespace; bare keys
 * (required, tooLong, invalid) fall back to `common.validation`.
 */

export const COST_NAMESPACE = "cost";

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

const moneyText = z.string("invalid").nullish();

/** A required money field typed as text, parsed exactly into minor units. */
function requiredMoney(currency: string) {
  return moneyText.transform((text, ctx) => {
    const result = parseMoney(text ?? "", currency);
    if (result.ok) return result.minor;
    ctx.addIssue({ code: "custom", message: result.error });
    return z.NEVER;
  });
}

/** Like `requiredMoney`, but empty means "not yet known" (null). */
function optionalMoney(currency: string) {
  return moneyText.transform((text, ctx) => {
    const result = parseMoney(text ?? "", currency);
    if (result.ok) return result.minor;
    if (result.error === "required") return null;
    ctx.addIssue({ code: "custom", message: result.error });
    return z.NEVER;
  });
}

/** One cost line, amounts in the plan's currency. */
export function costLineSchemaFor(currency: string = DEFAULT_CURRENCY) {
  return z.object({
    kind: z.enum(COST_KINDS, "required"),
    category: z.enum(COST_CATEGORIES, "required"),
    description: z.string("invalid").trim().max(500, "tooLong").default(""),
    planned: requiredMoney(currency),
    actual: optionalMoney(currency),
  });
}
export const costLineSchema = costLineSchemaFor(DEFAULT_CURRENCY);
export type CostLineInput = z.input<typeof costLineSchema>;
export type CostLineForm = z.output<typeof costLineSchema>;

/** Budget and currency of a cost plan; the budget is parsed in the chosen currency. */
export const costPlanHeaderSchema = z
  .object({
    currency: z.enum(CURRENCIES, "invalid").default(DEFAULT_CURRENCY),
    budget: z.string("invalid").nullish(),
  })
  .transform((header, ctx): { currency: Currency; budgetMinor: number | null } => {
    const result = parseMoney(header.budget ?? "", header.currency);
    if (result.ok) return { currency: header.currency, budgetMinor: result.minor };
    if (result.error === "required") return { currency: header.currency, budgetMinor: null };
    ctx.addIssue({ code: "custom", message: result.error, path: ["budget"] });
    return z.NEVER;
  });
export type CostPlanHeaderInput = z.input<typeof costPlanHeaderSchema>;
export type CostPlanHeader = z.output<typeof costPlanHeaderSchema>;

/** A director's decision on a submitted plan; returning it needs a reason. */
export const costPlanReviewSchema = z
  .object({
    decision: z.enum(["approve", "return"], "required"),
    comment: z.string("invalid").trim().max(2000, "tooLong").default(""),
  })
  .superRefine((review, ctx) => {
    if (review.decision === "return" && review.comment === "") {
      ctx.addIssue({
        code: "custom",
        message: "validation.returnCommentRequired",
        path: ["comment"],
      });
    }
  });
export type CostPlanReview = z.output<typeof costPlanReviewSchema>;
