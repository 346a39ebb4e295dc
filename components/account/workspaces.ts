import type { PipelineStage } from "@/lib/stages/stages";

/** Where each stage's work is done (the stakeholders stage is the account page itself). */
export const STAGE_WORKSPACE: Partial<Record<PipelineStage, string>> = {
  evaluation: "evaluation",
  requirements: "requirements",
  scope: "scope",
  schedule: "schedule",
  cost_plan: "cost",
};
