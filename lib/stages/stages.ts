export const PIPELINE_STAGES = [
  "stakeholders",
  "evaluation",
  "requirements",
  "scope",
  "schedule",
  "cost_plan",
  "execution",
] as const;
export const OUTCOMES = ["dropped", "churned"] as const;
export const STAGES = [...PIPELINE_STAGES, ...OUTCOMES] as const;

export type PipelineStage = (typeof PIPELINE_STAGES)[number];
export type Outcome = (typeof OUTCOMES)[number];
export type Stage = (typeof STAGES)[number];

/** The five churn types of seed 003. */
export const CHURN_TYPES = [
  "abandoned_deliberately",
  "abandoned_unintentionally",
  "lured_by_competitor",
  "price_seeker",
  "lost_conditions",
] as const;
export type ChurnType = (typeof CHURN_TYPES)[number];

/** Expected days per stage before an account counts as overdue; `null` = no limit. */
export const DEFAULT_EXPECTED_DAYS: Record<PipelineStage, number | null> = {
  stakeholders: 14,
  evaluation: 14,
  requirements: 21,
  scope: 14,
  schedule: 14,
  cost_plan: 10,
  execution: null,
};

const MS_PER_DAY = 24 * 60 * 60 * 1000;

export const isStage = (value: unknown): value is Stage =>
  typeof value === "string" && (STAGES as readonly string[]).includes(value);

export const isChurnType = (value: unknown): value is ChurnType =>
  typeof value === "string" && (CHURN_TYPES as readonly string[]).includes(value);

export const isTerminal = (stage: Stage): stage is Outcome =>
  (OUTCOMES as readonly string[]).includes(stage);

export const isPipelineStage = (stage: Stage): stage is PipelineStage => !isTerminal(stage);

/** Position in `STAGES`; pipeline stages come first, so it also orders the pipeline. */
export const stageIndex = (stage: Stage): number => STAGES.indexOf(stage);

/** The stage a forward move goes to, or `null` from execution and the outcomes. */
export function nextStage(stage: Stage): PipelineStage | null {
  if (isTerminal(stage)) return null;
  return PIPELINE_STAGES[PIPELINE_STAGES.indexOf(stage) + 1] ?? null;
}

export const daysInStage = (enteredAt: Date, now: Date): number =>
  (now.getTime() - enteredAt.getTime()) / MS_PER_DAY;
