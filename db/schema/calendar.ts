import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  integer,
  pgEnum,
  pgTable,
  smallint,
  text,
  timestamp,
} from "drizzle-orm/pg-core";
import { CALENDAR_DAY_KINDS, FESTIVALS } from "@/lib/calendar/cn-holidays";

export const calendarDayKindEnum = pgEnum("calendar_day_kind", CALENDAR_DAY_KINDS);
export const festivalEnum = pgEnum("festival", FESTIVALS);

/**
 * The working calendar's exceptions, kept by admins: public holidays (off although
 * a working weekday) and make-up working days (调休: worked although a weekend).
 * Migration 0009 loads 2026's official schedule and 2027's statutory days (provisional).
 */
export const calendarDays = pgTable("calendar_days", {
  date: date("date", { mode: "string" }).primaryKey(),
  kind: calendarDayKindEnum("kind").notNull(),
  festival: festivalEnum("festival"),
  note: text("note").notNull().default(""),
  provisional: boolean("provisional").notNull().default(false),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** The one row of working weekdays (ISO 1 = Monday … 7 = Sunday) and hours (minutes). */
export const workingHours = pgTable(
  "working_hours",
  {
    id: smallint("id").primaryKey().default(1),
    weekdays: smallint("weekdays")
      .array()
      .notNull()
      .default(sql`'{1,2,3,4,5}'`),
    dayStart: smallint("day_start").notNull().default(540),
    dayEnd: smallint("day_end").notNull().default(1080),
    version: integer("version").notNull().default(1),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("working_hours_one_row", sql`${t.id} = 1`),
    check(
      "working_hours_day",
      sql`0 <= ${t.dayStart} and ${t.dayStart} < ${t.dayEnd} and ${t.dayEnd} <= 1440`,
    ),
  ],
);

export type CalendarDay = typeof calendarDays.$inferSelect;
