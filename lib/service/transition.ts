import type { WorkingCalendar } from "@/lib/calendar/working-time";
import { pauseClock, resumeClock, stopClock, type SlaClock } from "./sla";
import { canChangeStatus, isReopen } from "./status";
import type { ServiceStatus } from "./types";

export type StatusState = {
  status: ServiceStatus;
  clock: SlaClock;
  firstRespondedAt: Date | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
};

/**
 * The request after a status change at `now`, or null when the change is not
 * allowed. Leaving "new" is the first response; waiting on the customer pauses the
 * resolution clock and going back to work resumes it; resolving stops it; a reopen
 * clears the resolved and closed times and runs the clock again.
 */
export function changeStatus(
  state: StatusState,
  to: ServiceStatus,
  now: Date,
  calendar: WorkingCalendar,
): StatusState | null {
  if (!canChangeStatus(state.status, to)) return null;
  const next: StatusState = {
    ...state,
    status: to,
    firstRespondedAt: state.firstRespondedAt ?? now,
  };
  if (to === "waiting_on_customer") next.clock = pauseClock(state.clock, now, calendar);
  else if (to === "resolved") {
    next.clock = stopClock(state.clock, now, calendar);
    next.resolvedAt = now;
  } else if (to === "closed") next.closedAt = now;
  else next.clock = resumeClock(state.clock, now);
  if (isReopen(state.status, to)) {
    next.resolvedAt = null;
    next.closedAt = null;
  }
  return next;
}
