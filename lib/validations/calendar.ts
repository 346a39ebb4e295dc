import "./zod-jitless";
import { z } from "zod";
import { CALENDAR_DAY_KINDS, FESTIVALS } from "@/lib/calendar/cn-holidays";
import { isIsoDate } from "@/lib/dates";
import { limit } from "./limits";

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;

/** "09:30" ⇄ 570 minutes after midnight. */
export const minutesOf = (time: string) => {
  const [h, m] = time.split(":").map(Number) as [number, number];
  return h * 60 + m;
};
export const timeOf = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

const time = z.string().trim().regex(TIME, "invalidTime");
const toArray = (v: unknown) => (v == null || v === "" ? [] : Array.isArray(v) ? v : [v]);

/** Working weekdays (ISO 1 = Monday … 7 = Sunday) and the working day's hours ("HH:MM"). */
export const workingHoursSchema = z
  .object({
    weekdays: z.preprocess(
      toArray,
      z.array(z.coerce.number().int().min(1).max(7)).min(1, "noWeekday"),
    ),
    dayStart: time,
    dayEnd: time,
    version: z.coerce.number().int().min(0),
  })
  .refine(
    (v) =>
      !TIME.test(v.dayStart) || !TIME.test(v.dayEnd) || minutesOf(v.dayStart) < minutesOf(v.dayEnd),
    {
      path: ["dayEnd"],
      message: "endBeforeStart",
    },
  );
export type WorkingHoursInput = z.input<typeof workingHoursSchema>;

const isoDate = z.string().trim().refine(isIsoDate, "invalidDate");

/** A holiday or make-up working day; saving a date that is listed replaces it. */
export const calendarDaySchema = z.object({
  date: isoDate,
  kind: z.enum(CALENDAR_DAY_KINDS, "required"),
  festival: z.preprocess((v) => (v === "" ? null : v), z.enum(FESTIVALS).nullable()),
  note: z.string().trim().max(200, limit()).default(""),
});
export type CalendarDayInput = z.input<typeof calendarDaySchema>;

export const removeCalendarDaySchema = z.object({ date: isoDate });
