import "server-only";
import { asc, between } from "drizzle-orm";
import { db } from "@/db";
import { calendarDays, workingHours } from "@/db/schema";
import { env } from "@/lib/env";
import type { WorkingCalendar } from "@/lib/calendar/working-time";

export const DEFAULT_WORKING_HOURS = { weekdays: [1, 2, 3, 4, 5], dayStart: 540, dayEnd: 1080 };

/** The saved weekdays and hours, or the defaults with version 0 before the first save. */
export async function getWorkingHours() {
  const [row] = await db.select().from(workingHours).limit(1);
  return row
    ? { weekdays: row.weekdays, dayStart: row.dayStart, dayEnd: row.dayEnd, version: row.version }
    : { ...DEFAULT_WORKING_HOURS, version: 0 };
}

/** The whole working calendar for the time rules (a few dozen exception rows a year). */
export async function getWorkingCalendar(): Promise<WorkingCalendar> {
  const [hours, days] = await Promise.all([
    getWorkingHours(),
    db.select({ date: calendarDays.date, kind: calendarDays.kind }).from(calendarDays),
  ]);
  return {
    timeZone: env.PCRM_TIME_ZONE,
    weekdays: hours.weekdays,
    dayStart: hours.dayStart,
    dayEnd: hours.dayEnd,
    holidays: new Set(days.filter((d) => d.kind === "holiday").map((d) => d.date)),
    makeUpDays: new Set(days.filter((d) => d.kind === "makeUpDay").map((d) => d.date)),
  };
}

/** Holidays and make-up days of one year, in date order (admin page). */
export async function listCalendarDays({ year }: { year: number }) {
  return db
    .select()
    .from(calendarDays)
    .where(between(calendarDays.date, `${year}-01-01`, `${year}-12-31`))
    .orderBy(asc(calendarDays.date));
}

/** Years that have exceptions, with the current one always included. */
export async function listCalendarYears(current: number) {
  const rows = await db
    .selectDistinct({ date: calendarDays.date })
    .from(calendarDays)
    .orderBy(asc(calendarDays.date));
  const years = new Set(rows.map((r) => Number(r.date.slice(0, 4))));
  years.add(current);
  return [...years].sort((a, b) => a - b);
}
