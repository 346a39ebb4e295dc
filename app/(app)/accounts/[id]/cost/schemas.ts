import { z } from "zod";
import { CURRENCIES } from "@/lib/cost/money";
import {
  costLineSchemaFor,
  costPlanHeaderSchema,
  costPlanReviewSchema,
} from "@/lib/cost/validation";
import { rowVersion } from "@/lib/validations/records";

/*
 * Action inputs around the shared schemas of lib/cost (which the forms use
 * directly). Amounts arrive as typed text and are parsed exactly, in the
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
