import { DEFAULT_SCORECARD_TEMPLATE } from "@/lib/scorecard/default-template";
import type { FuzzWorld } from "../fuzz-world";
import { account, type Entries } from "./shared";

const fullAnswers = Object.fromEntries(
  DEFAULT_SCORECARD_TEMPLATE.criteria.map((c) => [c.key, { score: c.scaleMax, evidence: "合同" }]),
);
const evaluation = (w: FuzzWorld) => ({
  ...account(w),
  evaluationId: w.evaluation.id,
  version: w.evaluation.version,
});

/** app/(app)/accounts/[id]/evaluation/actions.ts */
export const evaluationPayloads: Entries = {
  startEvaluationAction: { as: "owner", base: (w) => ({ ...account(w), templateId: "" }) },
  saveEvaluationDraftAction: {
    as: "owner",
    base: (w) => ({ ...evaluation(w), answers: { purchaseIntent: { score: 3, evidence: "" } } }),
  },
  submitEvaluationAction: {
    as: "owner",
    base: (w) => ({
      ...evaluation(w),
      answers: fullAnswers,
    }),
  },
  decideEvaluationAction: {
    as: "director",
    base: (w) => ({ ...evaluation(w), decision: "returned", comment: "证据不足" }),
  },
};
