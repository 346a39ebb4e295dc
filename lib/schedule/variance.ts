import type { PlannedDates } from "./compute";
import { daysBetween, type IsoDate } from "@/lib/dates";

export type ScheduleStep = PlannedDates & {
  key: string;
  actualStart: IsoDate | null;
  actualFinish: IsoDate | null;
};

/** A saved baseline: the planned dates of each step, by step key. */
export type BaselineDates = Readonly<Record<string, PlannedDates>>;

export type StepVariance = {
  key: string;
  /** Days late (positive) or early (negative) against the baseline; null when the step is not in it. */
  startVarianceDays: number | null;
  finishVarianceDays: number | null;
  /** Whether the finish variance comes from the actual finish or from the current plan. */
  finishBasis: "actual" | "plan";
  /** Finished no later than the baseline finish; null while unfinished or without a baseline. */
  onTime: boolean | null;
};

export type VarianceSummary = {
  /** Finished steps that also have a baseline, i.e. the ones on-time share is measured on. */
  finishedCount: number;
  onTimeCount: number;
  /** 0–1, null when no step with a baseline has finished yet. */
  onTimeShare: number | null;
  /** Finish variance of the last step: how far the whole schedule slips. */
  finishSlipDays: number | null;
};

export const MAX_COMPARED_BASELINES = 3;

export function captureBaseline(steps: readonly (PlannedDates & { key: string })[]): BaselineDates {
  return Object.fromEntries(
    steps.map((s) => [s.key, { plannedStart: s.plannedStart, plannedFinish: s.plannedFinish }]),
  );
}

export function stepVariance(step: ScheduleStep, baseline: BaselineDates): StepVariance {
  const base = Object.hasOwn(baseline, step.key) ? baseline[step.key] : undefined;
  const finishBasis = step.actualFinish ? "actual" : "plan";
  if (!base) {
    return {
      key: step.key,
      startVarianceDays: null,
      finishVarianceDays: null,
      finishBasis,
      onTime: null,
    };
  }
  const finishVarianceDays = daysBetween(
    base.plannedFinish,
    step.actualFinish ?? step.plannedFinish,
  );
  return {
    key: step.key,
    startVarianceDays: daysBetween(base.plannedStart, step.actualStart ?? step.plannedStart),
    finishVarianceDays,
    finishBasis,
    onTime: step.actualFinish ? finishVarianceDays <= 0 : null,
  };
}

/** Not finished, and today is past the planned finish. */
export function isOverdue(
  step: Pick<ScheduleStep, "plannedFinish" | "actualFinish">,
  today: IsoDate,
): boolean {
  return step.actualFinish === null && daysBetween(step.plannedFinish, today) > 0;
}

function summarise(variances: readonly StepVariance[]): VarianceSummary {
  const finished = variances.filter((v) => v.onTime !== null);
  const onTimeCount = finished.filter((v) => v.onTime).length;
  return {
    finishedCount: finished.length,
    onTimeCount,
    onTimeShare: finished.length === 0 ? null : onTimeCount / finished.length,
    finishSlipDays: variances.at(-1)?.finishVarianceDays ?? null,
  };
}

export function scheduleVariance(
  steps: readonly ScheduleStep[],
  baseline: BaselineDates,
  today: IsoDate,
): {
  steps: (StepVariance & { overdue: boolean })[];
  summary: VarianceSummary & { overdueCount: number };
} {
  const rows = steps.map((s) => ({ ...stepVariance(s, baseline), overdue: isOverdue(s, today) }));
  return {
    steps: rows,
    summary: { ...summarise(rows), overdueCount: rows.filter((r) => r.overdue).length },
  };
}

export type BaselineComparison = {
  steps: (ScheduleStep & { baselines: ((PlannedDates & StepVariance) | null)[] })[];
  /** One summary per baseline, in the order given. */
  summaries: VarianceSummary[];
};

/** The current schedule against up to three saved baselines, e.g. original, first and latest re-plan. */
export function compareBaselines(
  steps: readonly ScheduleStep[],
  baselines: readonly BaselineDates[],
): BaselineComparison {
  if (baselines.length > MAX_COMPARED_BASELINES) {
    throw new RangeError(`At most ${MAX_COMPARED_BASELINES} baselines can be compared`);
  }
  const perBaseline = baselines.map((b) => steps.map((s) => stepVariance(s, b)));
  return {
    steps: steps.map((step, i) => ({
      ...step,
      baselines: baselines.map((b, j) => {
        const base = Object.hasOwn(b, step.key) ? b[step.key] : undefined;
        const variance = perBaseline[j]?.[i];
        return base && variance ? { ...base, ...variance } : null;
      }),
    })),
    summaries: perBaseline.map(summarise),
  };
}

export const STEP_STATUSES = ["notStarted", "inProgress", "finished", "overdue"] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];

/** Message keys, relative to the `schedule` namespace. */
export const STEP_STATUS_LABEL_KEYS: Readonly<Record<StepStatus, string>> = {
  notStarted: "status.notStarted",
  inProgress: "status.inProgress",
  finished: "status.finished",
  overdue: "status.overdue",
};

export function stepStatus(
  step: Pick<ScheduleStep, "plannedFinish" | "actualStart" | "actualFinish">,
  today: IsoDate,
): StepStatus {
  if (step.actualFinish) return "finished";
  if (isOverdue(step, today)) return "overdue";
  return step.actualStart ? "inProgress" : "notStarted";
}
