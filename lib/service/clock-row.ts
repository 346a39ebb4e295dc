import type { WorkingCalendar } from "@/lib/calendar/working-time";
import { nextEscalationAt, type LadderStep } from "./escalation";
import { deadlines, type SlaClock } from "./sla";

/** The clock columns of a `service_requests` row. */
export type ClockRow = {
  receivedAt: Date;
  slaFirstResponseHours: number;
  slaResolutionHours: number;
  slaUsedSeconds: number;
  slaRunningSince: Date | null;
  pausedSince: Date | null;
};

export const clockOf = (row: ClockRow): SlaClock => ({
  receivedAt: row.receivedAt,
  firstResponseHours: row.slaFirstResponseHours,
  resolutionHours: row.slaResolutionHours,
  usedSeconds: row.slaUsedSeconds,
  runningSince: row.slaRunningSince,
  pausedSince: row.pausedSince,
});

/**
 * The columns to store for `clock`: the clock itself, its deadlines, and when the
 * escalation sweep next has a step to fire (`respondedAt`: the first response, which
 * ends the first-response steps; `fired`: the step ids already fired).
 */
export function clockColumns(
  clock: SlaClock,
  respondedAt: Date | null,
  ladder: readonly LadderStep[],
  fired: ReadonlySet<string>,
  calendar: WorkingCalendar,
) {
  return {
    slaFirstResponseHours: clock.firstResponseHours,
    slaResolutionHours: clock.resolutionHours,
    slaUsedSeconds: clock.usedSeconds,
    slaRunningSince: clock.runningSince,
    pausedSince: clock.pausedSince,
    ...deadlines(clock, calendar),
    nextEscalationAt: nextEscalationAt({ clock, respondedAt }, ladder, fired, calendar),
  };
}
