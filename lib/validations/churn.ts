import "./zod-jitless";
import { z } from "zod";
import { DEFAULT_CURRENCY, parseMoney } from "@/lib/cost/money";
import { PANEL_STEPS } from "@/lib/churn/flow";
import { CHURN_TYPES } from "@/lib/stages/stages";
import { limit } from "./limits";
import { rowVersion } from "./records";

/*
 * Error messages are keys under `value.validation`, falling back to
 * `common.validation` (required, tooLong, invalid).
 */

/** Lost yearly revenue typed as text ("120,000", "¥12万" is refused), in minor units; empty is null. */
export const lostRevenueText = z
  .string("invalid")
  .nullish()
  .transform((text, ctx) => {
    const result = parseMoney(text ?? "", DEFAULT_CURRENCY);
    if (result.ok) return result.minor;
    if (result.error === "required") return null;
    ctx.addIssue({ code: "custom", message: `cost.${result.error}` });
    return z.NEVER;
  });

/** The same field as the form checks it: the typed text stays text (the action parses it). */
const lostRevenueInput = z
  .string("invalid")
  .nullish()
  .superRefine((text, ctx) => {
    const result = parseMoney(text ?? "", DEFAULT_CURRENCY);
    if (!result.ok && result.error !== "required") {
      ctx.addIssue({ code: "custom", message: `cost.${result.error}` });
    }
  });

const evidence = z.string("invalid").trim().max(4000, limit());

/** Flagging an account at risk: what shows it (required), a guessed type, the revenue at stake. */
export const atRiskFieldsSchema = z.object({
  churnType: z.union([z.enum(CHURN_TYPES), z.literal("")]).default(""),
  lostYearlyRevenue: lostRevenueInput,
  evidence: evidence.min(1, "required"),
});
export type AtRiskFieldsInput = z.input<typeof atRiskFieldsSchema>;

export const flagAtRiskSchema = z.object({
  accountId: z.uuid(),
  fields: atRiskFieldsSchema.extend({ lostYearlyRevenue: lostRevenueText }),
});

/** A step on the case panel: start a win-back, recovered, lost for good. */
export const churnStepFieldsSchema = z.object({
  note: z.string("invalid").trim().max(2000, limit()).default(""),
});
export type ChurnStepFieldsInput = z.input<typeof churnStepFieldsSchema>;

export const churnStepSchema = z.object({
  id: z.uuid(),
  version: rowVersion,
  to: z.enum(PANEL_STEPS),
  fields: churnStepFieldsSchema,
});

/** What the churn move adds to the case: the yearly revenue lost and the evidence. */
export const churnMoveExtrasSchema = z.object({
  lostYearlyRevenue: lostRevenueText,
  evidence: evidence.default(""),
});
