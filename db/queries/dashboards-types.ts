import type { Grade } from "@/db/schema/accounts";
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
export type ThroughputPoint = { bucket: string; entered: number };
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
