import { z } from "zod";
import { isDateInRange } from "@/lib/dates";
import { CURRENCIES, DEFAULT_CURRENCY, parseMoney, type Currency } from "./money";
import { COST_CATEGORIES, COST_KINDS, parseHours, staffCost } from "./totals";
import { limit } from "@/lib/validations/limits";

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

/** A money field typed as text, parsed exactly into minor units; empty is null. */
function optionalMoney(currency: string) {
  return moneyText.transform((text, ctx) => {
    const result = parseMoney(text ?? "", currency);
    if (result.ok) return result.minor;
    if (result.error === "required") return null;
    ctx.addIssue({ code: "custom", message: result.error });
    return z.NEVER;
  });
}

/** Hours typed as text ("7.5") in hundredths of an hour; empty is null. */
const optionalHours = z
  .string("invalid")
  .nullish()
  .transform((text, ctx) => {
    const result = parseHours(text ?? "");
    if (result.ok) return result.hundredths;
    if (result.error === "required") return null;
    ctx.addIssue({ code: "custom", message: result.error });
    return z.NEVER;
  });

const optionalIsoDate = z
  .string("invalid")
  .trim()
  .nullish()
  .transform((v) => v || null)
  .refine((v) => v === null || isDateInRange(v), "validation.dateInvalid");

type Issues = readonly { path?: readonly PropertyKey[] }[];
const failedOn = (field: string, issues: Issues) => issues.some((i) => i.path?.[0] === field);

/**
 * One cost line, amounts typed in the plan's currency. Input field names are
 * the form's (`planned`, `hours`…); the output is in stored units
 * (`plannedMinor`, `hoursHundredths`…).
 *
 * A staff line may give hours and an hourly rate instead of a planned amount:
 * planned = hours × rate (exact, rounded half up to the minor unit). A planned
 * amount typed as well must equal that product. Other categories drop hours
 * and rate.
 */
export function costLineSchemaFor(currency: string = DEFAULT_CURRENCY) {
  return z
    .object({
      kind: z.enum(COST_KINDS, "required"),
      category: z.enum(COST_CATEGORIES, "required"),
      description: z.string("invalid").trim().max(500, limit()).default(""),
      planned: optionalMoney(currency),
      actual: optionalMoney(currency),
      hours: optionalHours,
      rate: optionalMoney(currency),
      date: optionalIsoDate,
      note: z.string("invalid").trim().max(2000, limit()).default(""),
    })
    .superRefine(
      (line, ctx) => {
        // Runs even after other fields failed, so every problem shows at once;
        // a field with its own error is not looked at again.
        const issue = (field: string, message: string) =>
          ctx.addIssue({ code: "custom", message, path: [field] });
        const staff = line.category === "staff";
        const hoursFailed = failedOn("hours", ctx.issues);
        const rateFailed = failedOn("rate", ctx.issues);
        const hours = staff && !hoursFailed ? line.hours : null;
        const rate = staff && !rateFailed ? line.rate : null;
        if (hours != null && rate == null && !rateFailed) issue("rate", "validation.rateRequired");
        if (rate != null && hours == null && !hoursFailed) {
          issue("hours", "validation.hoursRequired");
        }
        if (failedOn("planned", ctx.issues)) return;
        if (hours != null && rate != null) {
          const product = staffCostOrNull(hours, rate);
          if (product === null) issue("planned", "validation.moneyTooLarge");
          else if (line.planned != null && line.planned !== product) {
            issue("planned", "validation.plannedNotHoursTimesRate");
          }
        } else if (line.planned == null && hours == null && rate == null) {
          issue("planned", "required");
        }
      },
      { when: () => true },
    )
    .transform((line) => {
      const staff = line.category === "staff";
      const hoursHundredths = staff ? line.hours : null;
      const rateMinor = staff ? line.rate : null;
      const product =
        hoursHundredths != null && rateMinor != null ? staffCost(hoursHundredths, rateMinor) : null;
      return {
        kind: line.kind,
        category: line.category,
        description: line.description,
        plannedMinor: product ?? line.planned ?? 0,
        actualMinor: line.actual,
        hoursHundredths,
        rateMinor,
        date: line.date,
        note: line.note,
      };
    });
}

function staffCostOrNull(hoursHundredths: number, rateMinor: number): number | null {
  try {
    return staffCost(hoursHundredths, rateMinor);
  } catch {
    return null;
  }
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
    comment: z.string("invalid").trim().max(2000, limit()).default(""),
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
