import { addDays, daysBetween, type IsoDate } from "@/lib/dates";

export type PlannedDates = { plannedStart: IsoDate; plannedFinish: IsoDate };
export type DurationStep = { durationDays: number };

function checkDuration(durationDays: number): void {
  if (!Number.isInteger(durationDays) || durationDays < 0) {
    throw new RangeError(`Duration must be a whole number of days ≥ 0: ${durationDays}`);
  }
}

/**
 * Dates of one step that may start on `cursor`, and the first day free for the
 * next step. A 0-day step is a milestone: it sits on `cursor` and takes no
 * time, so the following step starts on the milestone's own day.
 */
function place(cursor: IsoDate, durationDays: number): PlannedDates & { next: IsoDate } {
  checkDuration(durationDays);
  if (durationDays === 0) return { plannedStart: cursor, plannedFinish: cursor, next: cursor };
  const plannedFinish = addDays(cursor, durationDays - 1);
  return { plannedStart: cursor, plannedFinish, next: addDays(plannedFinish, 1) };
}

/** First day the step after `step` may start (finish-to-start). */
export function nextStartAfter(step: DurationStep & PlannedDates): IsoDate {
  return step.durationDays === 0 ? step.plannedFinish : addDays(step.plannedFinish, 1);
}

/**
 * Lays template steps end to end (finish-to-start) from `startDate`, keeping
 * any extra fields of each step. Dates are inclusive calendar days:
 * - a step of N ≥ 1 days starting on D finishes on D + N − 1; the next starts on D + N;
 * - a 0-day step is a milestone with start = finish = the day after the previous
 *   finish (or `startDate` when first), and the step after it starts that same day.
 */
export function planFromTemplate<T extends { key: string } & DurationStep>(
  startDate: IsoDate,
  steps: readonly T[],
): (T & PlannedDates)[] {
  let cursor = startDate;
  return steps.map((step) => {
    const { plannedStart, plannedFinish, next } = place(cursor, step.durationDays);
    cursor = next;
    return { ...step, plannedStart, plannedFinish };
  });
}

/**
 * After the step at `fromIndex` was edited, moves every later step so the chain
 * stays finish-to-start with unchanged durations. Earlier steps and the edited
 * step itself are returned as they are.
 */
export function reflow<T extends DurationStep & PlannedDates>(
  steps: readonly T[],
  fromIndex: number,
): T[] {
  const anchor = steps[fromIndex];
  if (!anchor) throw new RangeError(`No step at index ${fromIndex}`);
  let cursor = nextStartAfter(anchor);
  return steps.map((step, index) => {
    if (index <= fromIndex) return step;
    const { plannedStart, plannedFinish, next } = place(cursor, step.durationDays);
    cursor = next;
    return { ...step, plannedStart, plannedFinish };
  });
}

/** Duration implied by planned dates, for a step whose dates were typed in by hand. */
export function durationFromDates(
  plannedStart: IsoDate,
  plannedFinish: IsoDate,
  milestone = false,
) {
  const span = daysBetween(plannedStart, plannedFinish);
  if (span < 0) throw new RangeError("Finish before start");
  if (milestone && span > 0) throw new RangeError("A milestone starts and finishes on one day");
  return milestone ? 0 : span + 1;
}

/** What the schedule gate checks (see `GateFacts["schedule"]` in lib/stages/gates.ts). */
export function scheduleGateFacts(
  steps: readonly { plannedStart: IsoDate | null; plannedFinish: IsoDate | null }[],
  hasBaseline: boolean,
): { stepCount: number; stepsMissingPlannedDates: number; hasBaseline: boolean } {
  return {
    stepCount: steps.length,
    stepsMissingPlannedDates: steps.filter((s) => !s.plannedStart || !s.plannedFinish).length,
    hasBaseline,
  };
}
