import {
  addWorkingHours,
  workingHoursBetween,
  type WorkingCalendar,
} from "@/lib/calendar/working-time";

/** The working-hour budgets of one request, copied from the SLA policy of its type × priority. */
export type SlaBudget = { firstResponseHours: number; resolutionHours: number };

/**
 * A request's SLA clocks. The first-response clock runs from `receivedAt` until the
 * first response. The resolution clock runs in working time from `receivedAt`,
 * pauses while waiting on the customer and stops when resolved: `usedSeconds` is the
 * working time used before `runningSince` (null while paused or stopped).
 */
export type SlaClock = SlaBudget & {
  receivedAt: Date;
  usedSeconds: number;
  runningSince: Date | null;
  pausedSince: Date | null;
};

const seconds = (hours: number) => Math.round(hours * 3600);

/** A new request's clock: running since it was received, nothing used. */
export const startClock = (receivedAt: Date, budget: SlaBudget): SlaClock => ({
  ...budget,
  receivedAt,
  usedSeconds: 0,
  runningSince: receivedAt,
  pausedSince: null,
});

/** Working hours of the resolution budget used by `now`. */
export function usedHours(clock: SlaClock, now: Date, calendar: WorkingCalendar): number {
  const running =
    clock.runningSince && now > clock.runningSince
      ? workingHoursBetween(clock.runningSince, now, calendar)
      : 0;
  return clock.usedSeconds / 3600 + running;
}

/** The clock with the time used so far banked and no longer running. */
function banked(clock: SlaClock, now: Date, calendar: WorkingCalendar): SlaClock {
  return { ...clock, usedSeconds: seconds(usedHours(clock, now, calendar)), runningSince: null };
}

/** Waiting on the customer: the resolution clock pauses. */
export const pauseClock = (clock: SlaClock, now: Date, calendar: WorkingCalendar): SlaClock =>
  clock.runningSince ? { ...banked(clock, now, calendar), pausedSince: now } : clock;

/** Back to work (from waiting, or a reopened request): the clock runs again from `now`. */
export const resumeClock = (clock: SlaClock, now: Date): SlaClock =>
  clock.runningSince ? clock : { ...clock, runningSince: now, pausedSince: null };

/** Resolved: the clock stops with the time used. */
export const stopClock = (clock: SlaClock, now: Date, calendar: WorkingCalendar): SlaClock => ({
  ...banked(clock, now, calendar),
  pausedSince: null,
});

/**
 * A new budget (the priority or type changed): the time already used is kept and
 * the deadlines follow from the new budget.
 */
export function rebudget(
  clock: SlaClock,
  budget: SlaBudget,
  now: Date,
  calendar: WorkingCalendar,
): SlaClock {
  if (!clock.runningSince) return { ...clock, ...budget };
  return { ...banked(clock, now, calendar), ...budget, runningSince: now };
}

/**
 * The instant `hours` of the resolution budget are used up, on the running clock;
 * null while it is paused or stopped. A threshold already passed is due at once
 * (`runningSince`).
 */
export function instantOfUse(clock: SlaClock, hours: number, calendar: WorkingCalendar) {
  if (!clock.runningSince) return null;
  const left = hours - clock.usedSeconds / 3600;
  return left <= 0 ? clock.runningSince : addWorkingHours(clock.runningSince, left, calendar);
}

/** The deadlines to store: first response from receipt, resolution on the running clock. */
export function deadlines(clock: SlaClock, calendar: WorkingCalendar) {
  return {
    firstResponseDueAt: addWorkingHours(clock.receivedAt, clock.firstResponseHours, calendar),
    resolutionDueAt: instantOfUse(clock, clock.resolutionHours, calendar),
  };
}

export type ClockView = {
  budgetHours: number;
  usedHours: number;
  /** Negative once breached. */
  remainingHours: number;
  breached: boolean;
  state: "running" | "paused" | "stopped";
};

/** What the request page shows of the resolution clock at `now`. */
export function resolutionView(clock: SlaClock, now: Date, calendar: WorkingCalendar): ClockView {
  const used = usedHours(clock, now, calendar);
  return {
    budgetHours: clock.resolutionHours,
    usedHours: used,
    remainingHours: clock.resolutionHours - used,
    breached: used > clock.resolutionHours,
    state: clock.runningSince ? "running" : clock.pausedSince ? "paused" : "stopped",
  };
}

/** The first-response clock at `now`: stopped by the first response. */
export function firstResponseView(
  clock: SlaClock,
  respondedAt: Date | null,
  now: Date,
  calendar: WorkingCalendar,
): ClockView {
  const end = respondedAt ?? now;
  const used = end > clock.receivedAt ? workingHoursBetween(clock.receivedAt, end, calendar) : 0;
  return {
    budgetHours: clock.firstResponseHours,
    usedHours: used,
    remainingHours: clock.firstResponseHours - used,
    breached: used > clock.firstResponseHours,
    state: respondedAt ? "stopped" : "running",
  };
}
