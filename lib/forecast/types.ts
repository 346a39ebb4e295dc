import type { Grade } from "@/db/schema/accounts";
import { TIMED_STAGES, type TimedStage } from "@/db/queries/dashboards-types";
import type { Stage } from "@/lib/stages/stages";

/** The stages an open account can wait in before execution: the dashboards' timed stages. */
export const FORECAST_STAGES = TIMED_STAGES;
export type ForecastStage = TimedStage;

export const isForecastStage = (stage: string): stage is ForecastStage =>
  (FORECAST_STAGES as readonly string[]).includes(stage);

/**
 * One histogram cell: how many stays in `stage` of accounts of this industry
 * (0 = none) and grade ended in `bucket` (its first day) by a move to `next`.
 */
export type HistogramRow = {
  industryId: number;
  grade: Grade;
  stage: ForecastStage;
  next: Stage;
  bucket: number;
  count: number;
};

/** The comparison groups, finest first: the forecast uses the first with enough stays. */
export const GROUP_LEVELS = ["industryGrade", "industry", "all"] as const;
export type GroupLevel = (typeof GROUP_LEVELS)[number];

/** Fewer stays than this in a group (per stage) and the next broader group is used. */
export const MIN_SAMPLES = 20;
