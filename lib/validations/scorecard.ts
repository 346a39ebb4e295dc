import "./zod-jitless";
import { z } from "zod";
import type { ApprovalDecision } from "@/lib/approvals/decisions";
import { criterionProblems, isScoreOnScale, type ScorecardTemplate } from "@/lib/scorecard/scoring";
import { limit } from "./limits";
import { rowVersion } from "./records";

/*
 * Error messages are message keys relative to the `scorecard` namespace; bare
 * keys (required, tooLong, invalid) fall back to `common.validation`.
 */

export const EVIDENCE_MAX = 2000;
const CRITERION_KEY = /^[A-Za-z][A-Za-z0-9_-]*$/;

const answerSchema = z.object({
  score: z
    .number("validation.scoreInvalid")
    .int("validation.scoreInvalid")
    .nullable()
    .default(null),
  evidence: z.string("invalid").trim().max(EVIDENCE_MAX, limit()).default(""),
});

const answersSchema = z.record(z.string().max(64, limit()), answerSchema, "invalid");

/** A draft may be incomplete; scores are integers or empty. */
export const evaluationDraftSchema = z.object({ answers: answersSchema });
export type EvaluationDraftInput = z.input<typeof evaluationDraftSchema>;
export type EvaluationDraft = z.output<typeof evaluationDraftSchema>;

type Answers = EvaluationDraft["answers"];

function checkAnswers(
  template: ScorecardTemplate,
  answers: Answers,
  ctx: z.RefinementCtx,
  requireComplete: boolean,
): void {
  const known = new Set(template.criteria.map((c) => c.key));
  for (const key of Object.keys(answers)) {
    if (!known.has(key)) {
      ctx.addIssue({
        code: "custom",
        message: "validation.unknownCriterion",
        path: ["answers", key],
      });
    }
  }
  for (const criterion of template.criteria) {
    const answer = answers[criterion.key];
    const score = answer?.score ?? null;
    if (score !== null && !isScoreOnScale(criterion, score)) {
      ctx.addIssue({
        code: "custom",
        message: "validation.scoreOutOfRange",
        path: ["answers", criterion.key, "score"],
      });
      continue;
    }
    if (!requireComplete) continue;
    for (const problem of criterionProblems(criterion, answer)) {
      ctx.addIssue({
        code: "custom",
        message: problem === "score" ? "validation.scoreRequired" : "validation.evidenceRequired",
        path: ["answers", criterion.key, problem],
      });
    }
  }
}

/** A draft checked against its template: known criteria, scores on the scale. */
export function evaluationDraftSchemaFor(template: ScorecardTemplate) {
  return evaluationDraftSchema.superRefine((value, ctx) =>
    checkAnswers(template, value.answers, ctx, false),
  );
}

/** Submission: every criterion scored on its scale, required evidence given. */
export function evaluationSubmitSchema(template: ScorecardTemplate) {
  return evaluationDraftSchema.superRefine((value, ctx) =>
    checkAnswers(template, value.answers, ctx, true),
  );
}

export const WEIGHT_MAX = 1000;
export const SCALE_BOUND = 100;
export const CRITERIA_MAX = 50;

const criterionSchema = z
  .object({
    key: z
      .string("required")
      .trim()
      .min(1, "required")
      .max(64, limit())
      .regex(CRITERION_KEY, "validation.keyFormat"),
    label: z.string("required").trim().min(1, "required").max(200, limit()),
    description: z.string().trim().max(2000, limit()).default(""),
    weight: z
      .number("validation.weightPositive")
      .int("validation.weightPositive")
      .positive("validation.weightPositive")
      .max(WEIGHT_MAX, limit("validation.weightTooLarge")),
    scaleMin: z
      .number("validation.scaleInvalid")
      .int("validation.scaleInvalid")
      .min(0, "validation.scaleInvalid")
      .max(SCALE_BOUND, "validation.scaleInvalid"),
    scaleMax: z
      .number("validation.scaleInvalid")
      .int("validation.scaleInvalid")
      .min(0, "validation.scaleInvalid")
      .max(SCALE_BOUND, "validation.scaleInvalid"),
    evidenceRequired: z.boolean().default(false),
    /** Meaning of each scale point, scaleMin first; empty when not described. */
    pointLabels: z.array(z.string().trim().max(200, limit())).default([]),
  })
  .superRefine((c, ctx) => {
    if (c.scaleMin >= c.scaleMax) {
      ctx.addIssue({ code: "custom", message: "validation.scaleOrder", path: ["scaleMax"] });
      return;
    }
    if (c.pointLabels.length > 0 && c.pointLabels.length !== c.scaleMax - c.scaleMin + 1) {
      ctx.addIssue({
        code: "custom",
        message: "validation.pointLabelsCount",
        path: ["pointLabels"],
      });
    }
  });

const thresholdSchema = z
  .number("validation.thresholdInvalid")
  .int("validation.thresholdInvalid")
  .min(0, "validation.thresholdInvalid")
  .max(100, "validation.thresholdInvalid");

/** A scorecard template as a director edits it. */
export const templateSchema = z
  .object({
    name: z.string("required").trim().min(1, "required").max(100, limit()),
    criteria: z
      .array(criterionSchema)
      .min(1, "validation.criteriaRequired")
      .max(CRITERIA_MAX, "validation.tooManyCriteria"),
    thresholds: z.object({ go: thresholdSchema, hold: thresholdSchema }),
  })
  .superRefine((t, ctx) => {
    const seen = new Set<string>();
    t.criteria.forEach((c, index) => {
      if (seen.has(c.key)) {
        ctx.addIssue({
          code: "custom",
          message: "validation.keyDuplicate",
          path: ["criteria", index, "key"],
        });
      }
      seen.add(c.key);
    });
    if (t.thresholds.hold >= t.thresholds.go) {
      ctx.addIssue({
        code: "custom",
        message: "validation.thresholdOrder",
        path: ["thresholds", "hold"],
      });
    }
  });
export type TemplateInput = z.input<typeof templateSchema>;
export type Template = z.output<typeof templateSchema>;

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

export const EVALUATION_DECISIONS = ["approved", "returned"] as const satisfies ApprovalDecision[];
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

/* Action inputs of the scorecard templates (templates/scorecards). */
const templateRef = { id: z.uuid(), version: rowVersion };

export const createScorecardTemplateSchema = templateSchema;
/** Saving an edit publishes a new version; evaluations keep the version they were made on. */
export const updateScorecardTemplateSchema = templateSchema.extend(templateRef);
export const setScorecardTemplateActiveSchema = z.object({ ...templateRef, active: z.boolean() });
export const makeDefaultScorecardTemplateSchema = z.object(templateRef);
