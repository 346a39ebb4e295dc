/**
 * Calendar dates as ISO "YYYY-MM-DD" strings. Arithmetic runs on UTC midnights
 * so that a server or browser time zone (and its DST changes) never moves a day.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Days since 1970-01-01, or NaN when `date` is not a real calendar date. */
function dayNumber(date: IsoDate): number {
  const match = ISO_DATE.exec(date);
  if (!match) return Number.NaN;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const ms = Date.UTC(y, m - 1, d);
  const back = new Date(ms);
  // Date.UTC rolls 2023-02-29 over to March; a round trip exposes it.
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) {
    return Number.NaN;
  }
  return ms / DAY_MS;
}

function fromDayNumber(days: number): IsoDate {
  return new Date(days * DAY_MS).toISOString().slice(0, 10);
}

function requireDay(date: IsoDate): number {
  const n = dayNumber(date);
  if (Number.isNaN(n)) throw new RangeError(`Not an ISO calendar date: ${date}`);
  return n;
}

export function isIsoDate(value: string): boolean {
  return !Number.isNaN(dayNumber(value));
}

/** The years a date typed into PCRM may have; beyond them it is a typo or a probe. */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2199;

/**
 * A real calendar date within FIRST_YEAR–LAST_YEAR: what every date field accepts,
 * so that date arithmetic (a schedule laid out from it) stays within what
 * PostgreSQL and ISO strings can hold.
 */
export function isDateInRange(value: string): boolean {
  if (!isIsoDate(value)) return false;
  const year = Number(value.slice(0, 4));
  return year >= FIRST_YEAR && year <= LAST_YEAR;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days)) throw new RangeError(`Not a whole number of days: ${days}`);
  return fromDayNumber(requireDay(date) + days);
}

/** `to − from` in days: positive when `to` is later. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return requireDay(to) - requireDay(from);
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a calendar date. */
export function weekdayOf(date: IsoDate): number {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay() || 7;
}

/** The month ("YYYY-MM") after `month`. */
export function nextMonth(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
}

/** Today's calendar date in a time zone (the user's, not the server's) at the instant `now`. */
export function todayIn(timeZone: string, now: Date): IsoDate {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
}

/** Earliest and latest of the given dates (nulls skipped), e.g. a Gantt chart's axis. */
export function dateBounds(
  dates: readonly (IsoDate | null | undefined)[],
): { min: IsoDate; max: IsoDate } | null {
  let min: IsoDate | null = null;
  let max: IsoDate | null = null;
  for (const date of dates) {
    if (!date) continue;
    requireDay(date);
    // Valid ISO dates order lexicographically.
    if (min === null || date < min) min = date;
    if (max === null || date > max) max = date;
  }
  return min === null || max === null ? null : { min, max };
}
