import { addDays, isIsoDate, weekdayOf, type IsoDate } from "@/lib/dates";

/** The Monday of the week `date` is in (weeks run Monday to Sunday). */
export const mondayOf = (date: IsoDate): IsoDate => addDays(date, 1 - weekdayOf(date));

export type Week = {
  /** Monday. */
  start: IsoDate;
  /** The Monday after Sunday: the week is [start, end). */
  end: IsoDate;
  days: IsoDate[];
  previous: IsoDate;
  next: IsoDate;
};

/**
 * The week the home page's calendar shows: `?week=<any day of it>` from the URL, or
 * the week of `today` when it is missing or no date.
 */
export function agendaWeek(param: string | string[] | undefined, today: IsoDate): Week {
  const value = typeof param === "string" && isIsoDate(param) ? param : today;
  const start = mondayOf(value);
  return {
    start,
    end: addDays(start, 7),
    days: Array.from({ length: 7 }, (_, i) => addDays(start, i)),
    previous: addDays(start, -7),
    next: addDays(start, 7),
  };
}

export type AgendaBucket = "overdue" | "today" | "upcoming";

/** How many days ahead the agenda's "next 7 days" reaches. */
export const AGENDA_DAYS_AHEAD = 7;

/** Which list of the agenda an open task with this due date is in on `today`, or none. */
export function agendaBucket(dueDate: IsoDate, today: IsoDate): AgendaBucket | null {
  if (dueDate < today) return "overdue";
  if (dueDate === today) return "today";
  return dueDate <= addDays(today, AGENDA_DAYS_AHEAD) ? "upcoming" : null;
}

/** The quarter `today` is in as local dates [from, to), e.g. 2026-10-01 … 2027-01-01. */
export function quarterOfDate(today: IsoDate): { from: IsoDate; to: IsoDate } {
  const year = Number(today.slice(0, 4));
  const q = Math.floor((Number(today.slice(5, 7)) - 1) / 3);
  const from = `${year}-${String(q * 3 + 1).padStart(2, "0")}-01`;
  const to = q === 3 ? `${year + 1}-01-01` : `${year}-${String(q * 3 + 4).padStart(2, "0")}-01`;
  return { from, to };
}
