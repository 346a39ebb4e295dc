import { todayIn } from "@/lib/dates";

/**
 * Quarters in PCRM_TIME_ZONE, as `2026-Q4`. The quiet period is one quarter: no
 * contact is surveyed twice in the same quarter (a unique index on contact and quarter).
 */
export function quarterOf(now: Date, timeZone: string): string {
  const today = todayIn(timeZone, now);
  const month = Number(today.slice(5, 7));
  return `${today.slice(0, 4)}-Q${Math.ceil(month / 3)}`;
}

/** Whether a contact surveyed in `surveyedQuarters` may be surveyed at `now`. */
export function outsideQuietPeriod(
  surveyedQuarters: readonly string[],
  now: Date,
  timeZone: string,
): boolean {
  return !surveyedQuarters.includes(quarterOf(now, timeZone));
}
