import {
  addWorkingHours,
  workingHoursBetween,
  type WorkingCalendar,
} from "@/lib/calendar/working-time";
import { instantOfUse, usedHours, type SlaClock } from "./sla";
import type { EscalationTarget, SlaClockKind } from "./types";

/**
 * One rung of the escalation ladder (data, `escalation_steps`): due once the clock
 * it watches has used `thresholdPercent` % of its budget plus `extraHours` working
 * hours, e.g. first response overdue → the sales director; resolution 50 % → the
 * owner, 100 % → the sales director, 100 % + 8 h → an executive.
 */
export type LadderStep = {
  id: string;
  clock: SlaClockKind;
  thresholdPercent: number;
  extraHours: number;
  target: EscalationTarget;
};

/**
 * What the ladder reads of a request: its clock and when it was first answered
 * (the first-response clock runs from receipt until then and never pauses).
 */
export type EscalationSubject = { clock: SlaClock; respondedAt: Date | null };

const budgetOf = (kind: SlaClockKind, clock: SlaClock) =>
  kind === "first_response" ? clock.firstResponseHours : clock.resolutionHours;

/** Working hours of use at which `step` is due for a budget of `budgetHours`. */
export const stepThresholdHours = (step: Omit<LadderStep, "id">, budgetHours: number) =>
  (budgetHours * step.thresholdPercent) / 100 + step.extraHours;

/**
 * Working hours used at `now` on the clock `kind`; null for the first-response
 * clock once the request has been answered (its steps can no longer come due).
 */
export function usedOn(
  kind: SlaClockKind,
  subject: EscalationSubject,
  now: Date,
  calendar: WorkingCalendar,
): number | null {
  if (kind === "resolution") return usedHours(subject.clock, now, calendar);
  if (subject.respondedAt) return null;
  const from = subject.clock.receivedAt;
  return now > from ? workingHoursBetween(from, now, calendar) : 0;
}

/**
 * The steps due at `now` that have not fired yet, earliest due first, each with
 * the working hours its clock had used at `now`. Each clock's use is measured at
 * most once, and not at all when none of its steps is left to fire (a request
 * open for months walks the calendar day by day).
 */
export function dueStepsWithUse(
  subject: EscalationSubject,
  steps: readonly LadderStep[],
  fired: ReadonlySet<string>,
  now: Date,
  calendar: WorkingCalendar,
): { step: LadderStep; usedHours: number }[] {
  const used = new Map<SlaClockKind, number | null>();
  const usedOnce = (kind: SlaClockKind) => {
    if (!used.has(kind)) used.set(kind, usedOn(kind, subject, now, calendar));
    return used.get(kind)!;
  };
  const due: { step: LadderStep; usedHours: number; over: number }[] = [];
  for (const step of steps) {
    if (fired.has(step.id)) continue;
    const hours = usedOnce(step.clock);
    const threshold = stepThresholdHours(step, budgetOf(step.clock, subject.clock));
    if (hours !== null && hours >= threshold) {
      due.push({ step, usedHours: hours, over: hours - threshold });
    }
  }
  return due.sort((a, b) => b.over - a.over).map(({ step, usedHours }) => ({ step, usedHours }));
}

/** The steps due at `now` that have not fired yet, earliest due first. */
export const dueSteps = (
  subject: EscalationSubject,
  steps: readonly LadderStep[],
  fired: ReadonlySet<string>,
  now: Date,
  calendar: WorkingCalendar,
): LadderStep[] => dueStepsWithUse(subject, steps, fired, now, calendar).map((d) => d.step);

/** The instant `step` comes due, or null when it cannot (answered, paused or stopped). */
function dueInstant(step: LadderStep, subject: EscalationSubject, calendar: WorkingCalendar) {
  const threshold = stepThresholdHours(step, budgetOf(step.clock, subject.clock));
  if (step.clock === "resolution") return instantOfUse(subject.clock, threshold, calendar);
  if (subject.respondedAt) return null;
  return addWorkingHours(subject.clock.receivedAt, threshold, calendar);
}

/**
 * When the sweep should next look at the request: the instant the earliest step
 * not yet fired becomes due; null when none can (every step fired, the request
 * answered and its resolution clock paused or stopped).
 */
export function nextEscalationAt(
  subject: EscalationSubject,
  steps: readonly LadderStep[],
  fired: ReadonlySet<string>,
  calendar: WorkingCalendar,
): Date | null {
  let next: Date | null = null;
  for (const step of steps) {
    if (fired.has(step.id)) continue;
    const at = dueInstant(step, subject, calendar);
    if (at && (!next || at < next)) next = at;
  }
  return next;
}
