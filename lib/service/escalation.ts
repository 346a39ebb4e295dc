import type { WorkingCalendar } from "@/lib/calendar/working-time";
import { instantOfUse, usedHours, type SlaClock } from "./sla";
import type { EscalationTarget } from "./types";

/**
 * One rung of the escalation ladder (data, `escalation_steps`): due once the
 * resolution clock has used `thresholdPercent` % of the budget plus `extraHours`
 * working hours, e.g. 50 % → the owner, 100 % → the sales director, 100 % + 8 h →
 * an executive.
 */
export type LadderStep = {
  id: string;
  thresholdPercent: number;
  extraHours: number;
  target: EscalationTarget;
};

/** Working hours of use at which `step` is due for a budget of `budgetHours`. */
export const stepThresholdHours = (step: LadderStep, budgetHours: number) =>
  (budgetHours * step.thresholdPercent) / 100 + step.extraHours;

/** The steps due at `now` that have not fired yet, lowest threshold first. */
export function dueSteps(
  clock: SlaClock,
  steps: readonly LadderStep[],
  fired: ReadonlySet<string>,
  now: Date,
  calendar: WorkingCalendar,
): LadderStep[] {
  const used = usedHours(clock, now, calendar);
  return steps
    .filter((s) => !fired.has(s.id))
    .filter((s) => used >= stepThresholdHours(s, clock.resolutionHours))
    .sort(
      (a, b) =>
        stepThresholdHours(a, clock.resolutionHours) - stepThresholdHours(b, clock.resolutionHours),
    );
}

/**
 * When the sweep should next look at the request: the instant the earliest step
 * not yet fired becomes due on the running clock; null when the clock is paused or
 * stopped, or every step has fired.
 */
export function nextEscalationAt(
  clock: SlaClock,
  steps: readonly LadderStep[],
  fired: ReadonlySet<string>,
  calendar: WorkingCalendar,
): Date | null {
  let next: Date | null = null;
  for (const step of steps) {
    if (fired.has(step.id)) continue;
    const at = instantOfUse(clock, stepThresholdHours(step, clock.resolutionHours), calendar);
    if (at && (!next || at < next)) next = at;
  }
  return next;
}
