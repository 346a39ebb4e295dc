import type { Grade } from "@/db/schema/accounts";
import type { AbcClass } from "@/lib/value/abc";
import type { ChurnType, PipelineStage } from "@/lib/stages/stages";

/**
 * What every dashboard view is filtered by. `from`/`to` are inclusive calendar
 * days (YYYY-MM-DD) in PCRM_TIME_ZONE; the account filters use current values.
 */
export type DashboardFilters = {
  from: string;
  to: string;
  ownerId?: string;
  industryId?: number;
  grade?: Grade;
  sourceId?: number;
  /** The account's current ABC class; only the views marked `byClass` read it. */
  abcClass?: AbcClass;
};

/** Stages whose waiting time leadership watches; execution is the goal, not a wait. */
export const TIMED_STAGES = [
  "stakeholders",
  "evaluation",
  "requirements",
  "scope",
  "schedule",
  "cost_plan",
] as const satisfies readonly PipelineStage[];
export type TimedStage = (typeof TIMED_STAGES)[number];

/** Upper bounds (days, exclusive) of the distribution buckets; the last bucket is open. */
export const DURATION_BUCKETS = [3, 7, 14, 30, 60, 90] as const;
export const BUCKET_COUNT = DURATION_BUCKETS.length + 1;

export type Percentiles = { p25: number; median: number; p75: number; p90: number };

export type StageTiming = {
  stage: TimedStage;
  stays: number;
  /** `null` when no stay in this stage ended in the period. */
  timing: Percentiles | null;
  /** Stays per bucket of DURATION_BUCKETS (BUCKET_COUNT entries). */
  buckets: number[];
};
export type MedianTrendPoint = { month: string; stage: TimedStage; stays: number; median: number };

export type FunnelStep = { stage: PipelineStage; reached: number };
export type Funnel = {
  created: number;
  steps: FunnelStep[];
  open: number;
  dropped: number;
  churned: number;
};
export type CountBy<K extends string> = { key: K; count: number };
export type DropsReport = {
  byStage: CountBy<PipelineStage>[];
  /** Most frequent reasons (trimmed note text), most frequent first. */
  reasons: { reason: string; count: number }[];
  total: number;
};
export type ChurnReport = { byType: CountBy<ChurnType>[]; total: number };

export type CycleCohort = {
  month: string;
  created: number;
  reached: number;
  median: number | null;
  p75: number | null;
  p90: number | null;
};
/** `days` of the bucket's `span` days lie in the period (fewer at its ends). */
export type ThroughputPoint = { bucket: string; entered: number; days: number; span: number };
export type Throughput = { unit: "week" | "month"; points: ThroughputPoint[] };

export type AgingStageRow = {
  stage: PipelineStage;
  expectedDays: number;
  open: number;
  overdue: number;
  oldestDays: number | null;
};
export type AgingOwnerRow = {
  ownerId: string | null;
  ownerName: string | null;
  byStage: Partial<Record<PipelineStage, number>>;
  overdue: number;
};
export type Aging = { stages: AgingStageRow[]; owners: AgingOwnerRow[] };

export type OwnerTiming = {
  ownerId: string | null;
  ownerName: string | null;
  stays: number;
  /** Sum of the owner's stage medians: a typical stakeholders → execution time. */
  typicalDays: number | null;
  medianByStage: Partial<Record<TimedStage, number>>;
  reachedExecution: number;
  open: number;
  overdue: number;
};

/**
 * Schedule variance over schedule steps, measured as the account's schedule page
 * measures it: a finished step's actual finish against its latest baseline's
 * planned finish (positive = days late). `finished` counts the steps that have
 * both; `unmeasured` finished steps lack a baseline entry; `overdueOpen` are
 * unfinished steps whose current planned finish fell in the period and is past.
 */
export type SlipStats = {
  finished: number;
  onTime: number;
  meanSlip: number | null;
  medianSlip: number | null;
  p90Slip: number | null;
  unmeasured: number;
  overdueOpen: number;
};
/** `label` is what was typed for a step outside the seeded sequence, "" for the seeded steps. */
export type StepSlipRow = SlipStats & { key: string; label: string };
export type OwnerSlipRow = SlipStats & { ownerId: string | null; ownerName: string | null };
export type LateAccountRow = {
  accountId: string;
  accountName: string;
  ownerName: string | null;
  finished: number;
  onTime: number;
  meanSlip: number;
  maxSlip: number;
};
export type ScheduleDelivery = {
  total: SlipStats;
  steps: StepSlipRow[];
  owners: OwnerSlipRow[];
  /** The accounts with the latest finished step in the period, worst first. */
  lateAccounts: LateAccountRow[];
};

/**
 * Cost plan against actual, in integer minor units of one currency, the way the
 * cost workspace totals a plan (lib/cost/totals.ts): `forecast` is the actual where
 * reported and the planned amount otherwise, `variance` = forecast − planned.
 */
export type CostSums = {
  currency: string;
  plans: number;
  plannedMinor: number;
  actualMinor: number;
  forecastMinor: number;
  varianceMinor: number;
  linesWithoutActual: number;
  /** Plans with a budget, and those whose actual spend is past it. */
  withBudget: number;
  overBudget: number;
  /** Plans whose forecast is above the plan. */
  overPlan: number;
};
export type CostOwnerRow = CostSums & { ownerId: string | null; ownerName: string | null };
export type CostIndustryRow = CostSums & {
  industryId: number | null;
  industryEn: string | null;
  industryZh: string | null;
};
export type CostAccountRow = {
  accountId: string;
  accountName: string;
  ownerName: string | null;
  currency: string;
  plannedMinor: number;
  actualMinor: number;
  forecastMinor: number;
  varianceMinor: number;
  budgetMinor: number | null;
  overBudget: boolean;
};
export type CostDelivery = {
  /** One row per currency, most plans first. */
  totals: CostSums[];
  owners: CostOwnerRow[];
  industries: CostIndustryRow[];
  /** Plans furthest over plan (by variance share), worst first. */
  overAccounts: CostAccountRow[];
};
