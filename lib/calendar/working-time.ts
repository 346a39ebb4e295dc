import { addDays, daysBetween, weekdayOf, type IsoDate } from "@/lib/dates";
import { zonedInstant, zonedTime } from "./zone";

/**
 * An organisation's working time: which weekdays are worked, the working hours of
 * a working day, and the exceptions — public holidays off and make-up working days
 * (调休) on. Dates are calendar dates in `timeZone`.
 */
export type WorkingCalendar = {
  timeZone: string;
  /** ISO weekdays worked: 1 = Monday … 7 = Sunday. */
  weekdays: readonly number[];
  /** Start and end of the working day, in minutes after local midnight. */
  dayStart: number;
  dayEnd: number;
  /** Days off although their weekday is worked. */
  holidays: ReadonlySet<IsoDate>;
  /** Days worked although their weekday is not (调休). */
  makeUpDays: ReadonlySet<IsoDate>;
};

/** Longest walk through the calendar before giving up: ten years of days. */
const MAX_DAYS = 3660;

const noWorkingDay = () =>
  new RangeError("The working calendar has no working day within ten years");

type DayFacts = { working: boolean; next: IsoDate };
/** Most dates remembered per calendar before the memory is cleared. */
const MAX_REMEMBERED_DAYS = 20_000;
const remembered = new WeakMap<WorkingCalendar, Map<IsoDate, DayFacts>>();

/**
 * Whether `date` is worked and the date after it, remembered per calendar object
 * (a calendar is read once per request or job and not changed): the day walks
 * below ask about the same few hundred dates thousands of times in one sweep.
 */
function dayFacts(date: IsoDate, calendar: WorkingCalendar): DayFacts {
  let days = remembered.get(calendar);
  if (!days) remembered.set(calendar, (days = new Map()));
  let facts = days.get(date);
  if (!facts) {
    const working = calendar.makeUpDays.has(date)
      ? true
      : calendar.holidays.has(date)
        ? false
        : calendar.weekdays.includes(weekdayOf(date));
    facts = { working, next: addDays(date, 1) };
    if (days.size >= MAX_REMEMBERED_DAYS) days.clear();
    days.set(date, facts);
  }
  return facts;
}

export function isWorkingDay(day: IsoDate | Date, calendar: WorkingCalendar): boolean {
  const date = typeof day === "string" ? day : zonedTime(day, calendar.timeZone).date;
  return dayFacts(date, calendar).working;
}

/** Whether `instant` falls inside working hours of a working day. */
export function isWorkingTime(instant: Date, calendar: WorkingCalendar): boolean {
  const { date, minute } = zonedTime(instant, calendar.timeZone);
  return isWorkingDay(date, calendar) && minute >= calendar.dayStart && minute < calendar.dayEnd;
}

/** Hours in one working day. */
export const workingDayHours = (calendar: WorkingCalendar) =>
  (calendar.dayEnd - calendar.dayStart) / 60;

/**
 * The instant `hours` working hours after `start`. Time outside working hours does
 * not count; a result that lands exactly on the end of a working day stays there
 * rather than moving to the next morning. Zero hours returns `start` itself.
 */
export function addWorkingHours(start: Date, hours: number, calendar: WorkingCalendar): Date {
  if (!Number.isFinite(hours) || hours < 0) {
    throw new RangeError(`Working hours must be zero or more: ${hours}`);
  }
  if (hours === 0) return start;
  let remaining = hours * 60;
  let { date, minute } = zonedTime(start, calendar.timeZone);
  for (let i = 0; i < MAX_DAYS; i++) {
    const day = dayFacts(date, calendar);
    if (day.working && minute < calendar.dayEnd) {
      const from = Math.max(minute, calendar.dayStart);
      const available = calendar.dayEnd - from;
      if (remaining <= available) return zonedInstant(date, from + remaining, calendar.timeZone);
      remaining -= available;
    }
    date = day.next;
    minute = 0;
  }
  throw noWorkingDay();
}

/**
 * Working hours from `from` to `to`: the overlap of that span with the working
 * hours of each working day. Negative when `to` is before `from`.
 */
export function workingHoursBetween(from: Date, to: Date, calendar: WorkingCalendar): number {
  if (to.getTime() < from.getTime()) return -workingHoursBetween(to, from, calendar);
  const a = zonedTime(from, calendar.timeZone);
  const b = zonedTime(to, calendar.timeZone);
  if (daysBetween(a.date, b.date) > LONG_SPAN_DAYS) {
    // A long span (a request open for months): its two end days as below, the whole
    // days between counted without walking them.
    const dayMinutes = calendar.dayEnd - calendar.dayStart;
    const edge = (date: IsoDate, start: number, end: number) =>
      isWorkingDay(date, calendar)
        ? Math.max(0, Math.min(calendar.dayEnd, end) - Math.max(calendar.dayStart, start))
        : 0;
    const inner = workingDaysBetween(addDays(a.date, 1), addDays(b.date, -1), calendar);
    return (edge(a.date, a.minute, Infinity) + inner * dayMinutes + edge(b.date, 0, b.minute)) / 60;
  }
  let minutes = 0;
  let date = a.date;
  for (;;) {
    const day = dayFacts(date, calendar);
    if (day.working) {
      const start = Math.max(calendar.dayStart, date === a.date ? a.minute : 0);
      const end = Math.min(calendar.dayEnd, date === b.date ? b.minute : Infinity);
      if (end > start) minutes += end - start;
    }
    if (date >= b.date) break;
    date = day.next;
  }
  return minutes / 60;
}

/**
 * The working day `days` working days after `date` (before it when negative); the
 * day itself does not count. `addWorkingDays(d, 0)` is `d` when it is a working
 * day, else the next one — "on the next working day" for events on a day off.
 */
export function addWorkingDays(date: IsoDate, days: number, calendar: WorkingCalendar): IsoDate {
  if (!Number.isInteger(days)) throw new RangeError(`Not a whole number of days: ${days}`);
  if (days === 0) return nextWorkingDay(date, calendar, true);
  const step = days > 0 ? 1 : -1;
  let left = Math.abs(days);
  let day = date;
  for (let i = 0; i < MAX_DAYS; i++) {
    day = addDays(day, step);
    if (isWorkingDay(day, calendar) && --left === 0) return day;
  }
  throw noWorkingDay();
}

/** The first working day after `date` (or `date` itself with `inclusive`). */
export function nextWorkingDay(
  date: IsoDate,
  calendar: WorkingCalendar,
  inclusive = false,
): IsoDate {
  let day = inclusive ? date : addDays(date, 1);
  for (let i = 0; i < MAX_DAYS; i++, day = addDays(day, 1)) {
    if (isWorkingDay(day, calendar)) return day;
  }
  throw noWorkingDay();
}

/**
 * Working days in `from`…`to`, both included (0 when `to` is before `from`),
 * without walking the days: whole weeks by their worked weekdays, the days left
 * over one by one, then the holidays on a worked weekday taken off and the make-up
 * days on another weekday added (a few dozen exceptions a year).
 */
export function workingDaysBetween(from: IsoDate, to: IsoDate, calendar: WorkingCalendar): number {
  const span = daysBetween(from, to) + 1;
  if (span <= 0) return 0;
  const weeks = Math.floor(span / 7);
  let days = weeks * calendar.weekdays.length;
  const first = weekdayOf(from);
  for (let i = weeks * 7; i < span; i++) {
    if (calendar.weekdays.includes(((first - 1 + i) % 7) + 1)) days++;
  }
  const { daysOff, daysOn } = exceptionsOf(calendar);
  for (const date of daysOff) if (date >= from && date <= to) days--;
  for (const date of daysOn) if (date >= from && date <= to) days++;
  return days;
}

const exceptions = new WeakMap<WorkingCalendar, { daysOff: IsoDate[]; daysOn: IsoDate[] }>();

/** The holidays on a worked weekday and the make-up days on another, once per calendar object. */
function exceptionsOf(calendar: WorkingCalendar) {
  let found = exceptions.get(calendar);
  if (!found) {
    const worked = (date: IsoDate) => calendar.weekdays.includes(weekdayOf(date));
    found = {
      daysOff: [...calendar.holidays].filter((d) => worked(d) && !calendar.makeUpDays.has(d)),
      daysOn: [...calendar.makeUpDays].filter((d) => !worked(d)),
    };
    exceptions.set(calendar, found);
  }
  return found;
}

/** Spans longer than this many days count their whole days with `workingDaysBetween`. */
const LONG_SPAN_DAYS = 14;

/** The instant a working day's hours end, e.g. the deadline "by the end of day D". */
export const endOfWorkingDay = (date: IsoDate, calendar: WorkingCalendar): Date =>
  zonedInstant(date, calendar.dayEnd, calendar.timeZone);
