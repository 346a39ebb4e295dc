import { z } from "zod";
import { evaluationDraftSchema } from "@/lib/scorecard/validation";
import { limit } from "@/lib/validations/limits";
import { rowVersion } from "@/lib/validations/records";

/*
 * Action inputs of the evaluation workspace. The answers are checked against the
 * evaluation's own template version inside the action (evaluationDraftSchemaFor /
 * evaluationSubmitSchema), since only the server knows which version that is.
 */

const evaluationRef = {
  accountId: z.uuid(),
  evaluationId: z.uuid(),
  version: rowVersion,
};

export const startEvaluationSchema = z.object({
  accountId: z.uuid(),
  /** Empty: the default template. */
  templateId: z.union([z.literal(""), z.uuid("invalid")]).default(""),
});
export type StartEvaluationInput = z.input<typeof startEvaluationSchema>;

export const saveEvaluationSchema = evaluationDraftSchema.extend(evaluationRef);
export type SaveEvaluationInput = z.input<typeof saveEvaluationSchema>;

export const EVALUATION_DECISIONS = ["approved", "returned"] as const;
export type EvaluationDecision = (typeof EVALUATION_DECISIONS)[number];

export const decideEvaluationSchema = z
  .object({
    ...evaluationRef,
    decision: z.enum(EVALUATION_DECISIONS),
    comment: z.string("invalid").trim().max(2000, limit()).default(""),
  })
  .superRefine((value, ctx) => {
    if (value.decision === "returned" && !value.comment) {
      ctx.addIssue({ code: "custom", message: "validation.commentRequired", path: ["comment"] });
    }
  });
export type DecideEvaluationInput = z.input<typeof decideEvaluationSchema>;
