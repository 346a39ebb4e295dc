import { workingHoursBetween, type WorkingCalendar } from "@/lib/calendar/working-time";
import type { ActivityType } from "./types";

/**
 * Filing limits in clock hours after the activity happened (seed 003 §5.2: a
 * reception is recorded within two days; everything else within 24 hours).
 * Admins may change them; these are the values when nothing was saved.
 */
export const DEFAULT_FILING_LIMIT_HOURS: Record<ActivityType, number> = {
  call: 24,
  visit: 24,
  meeting: 24,
  reception: 48,
  email: 24,
  note: 24,
};

/** The longest limit an admin may set: 30 days. */
export const MAX_FILING_LIMIT_HOURS = 720;

export type FilingLimits = Record<ActivityType, number>;

/** When an activity should have been filed at the latest. */
export const filingDeadline = (occurredAt: Date, limitHours: number): Date =>
  new Date(occurredAt.getTime() + limitHours * 3_600_000);

/**
 * How late an activity was filed, in working minutes: the working time (per the
 * working calendar) between its filing deadline and when it was logged; 0 when it
 * was filed in time. Nights, weekends and holidays after the deadline do not count
 * against the manager. A late entry is never refused — this only measures it.
 */
export function filingDelayMinutes({
  type,
  occurredAt,
  loggedAt,
  limits,
  calendar,
}: {
  type: ActivityType;
  occurredAt: Date;
  /** The server's clock when the entry was logged. */
  loggedAt: Date;
  limits: FilingLimits;
  calendar: WorkingCalendar;
}): number {
  const deadline = filingDeadline(occurredAt, limits[type]);
  if (loggedAt.getTime() <= deadline.getTime()) return 0;
  return Math.round(workingHoursBetween(deadline, loggedAt, calendar) * 60);
}

/** Working hours for display, to one decimal ("3", "2.5"). */
export const delayHours = (minutes: number): number => Math.round(minutes / 6) / 10;
