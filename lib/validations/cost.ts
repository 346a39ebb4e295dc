import "./zod-jitless";
import { z } from "zod";
import type { ApprovalDecision } from "@/lib/approvals/decisions";
import { isDateInRange } from "@/lib/dates";
import { CURRENCIES, DEFAULT_CURRENCY, parseMoney, type Currency } from "@/lib/cost/money";
import { COST_CATEGORIES, COST_KINDS, parseHours, staffCost } from "@/lib/cost/totals";
import { limit } from "./limits";
import { rowVersion } from "./records";

/*
 * Error messages are message keys relative to the `cost` namespace; bare keys
 * (required, tooLong, invalid) fall back to `common.validation`.
 */

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
    decision: z.enum(["approved", "returned"] satisfies ApprovalDecision[], "required"),
    comment: z.string("invalid").trim().max(2000, limit()).default(""),
  })
  .superRefine((review, ctx) => {
    if (review.decision === "returned" && review.comment === "") {
      ctx.addIssue({
        code: "custom",
        message: "validation.returnCommentRequired",
        path: ["comment"],
      });
    }
  });
export type CostPlanReview = z.output<typeof costPlanReviewSchema>;

/*
 * Action inputs around the schemas above (which the forms use directly). Amounts arrive as typed text and are parsed exactly, in the
 * plan's currency, which the form sends along and the action checks.
 */

const accountId = z.uuid("invalid");
const version = rowVersion;
const currency = z.enum(CURRENCIES, "invalid");

/** A cost line as typed (see `costLineSchemaFor`). */
export type CostLineFormInput = {
  kind: "direct" | "indirect";
  category: "travel" | "samples" | "reception" | "staff" | "marketing" | "other";
  description: string;
  planned: string;
  actual: string;
  hours: string;
  rate: string;
  date: string;
  note: string;
};

/** Parses the typed line in the currency the form was filled in for. */
function parseLine(v: { currency: string } & Record<string, unknown>, ctx: z.RefinementCtx) {
  const line = costLineSchemaFor(v.currency).safeParse(v);
  if (line.success) return line.data;
  for (const issue of line.error.issues) {
    ctx.addIssue({ code: "custom", message: issue.message, path: issue.path });
  }
  return z.NEVER;
}

/** The line as typed plus the account and the plan's currency. */
export const createCostLineSchema = z.looseObject({ accountId, currency }).transform((v, ctx) => ({
  accountId: v.accountId,
  currency: v.currency,
  line: parseLine(v, ctx),
}));

/** The same for an existing line, with its id and the version the user saw. */
export const updateCostLineSchema = z
  .looseObject({ accountId, currency, id: z.uuid("invalid"), version })
  .transform((v, ctx) => ({
    accountId: v.accountId,
    currency: v.currency,
    id: v.id,
    version: v.version,
    line: parseLine(v, ctx),
  }));
export const deleteCostLineSchema = z.object({ accountId, id: z.uuid("invalid"), version });

export type CostPlanHeaderFormInput = { currency: string; budget: string };
export const saveCostPlanHeaderSchema = z
  .object({ accountId, version: version.nullish() })
  .and(costPlanHeaderSchema);

export const submitCostPlanSchema = z.object({ accountId, version });
export const reviewCostPlanSchema = z.object({ accountId, version }).and(costPlanReviewSchema);
