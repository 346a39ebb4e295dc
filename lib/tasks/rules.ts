import { addDays, daysBetween, type IsoDate } from "@/lib/dates";
import { zonedTime } from "@/lib/calendar/zone";
import type { TaskStatus } from "./types";

/**
 * When a trigger fires at `at`, the return visit's window opens then and ends
 * `windowDays` calendar days later, counted in the organisation's time zone: an
 * event on Monday with a 7-day window is due the next Monday (seed 003: within a week).
 */
export function triggeredWindow({
  at,
  windowDays,
  timeZone,
}: {
  at: Date;
  windowDays: number;
  timeZone: string;
}): { windowStart: Date; startDate: IsoDate; dueDate: IsoDate } {
  const startDate = zonedTime(at, timeZone).date;
  return { windowStart: at, startDate, dueDate: addDays(startDate, windowDays) };
}

/**
 * The reminder goes out this many days before the due date: day 5 of the default
 * 7-day window (issue #15). A shorter window is reminded on its first day.
 */
export const REMINDER_LEAD_DAYS = 2;

/** The day a task's assignee is reminded: `due − 2 days`, never before the window opens. */
export function reminderDate(dueDate: IsoDate, startDate?: IsoDate): IsoDate {
  const day = addDays(dueDate, -REMINDER_LEAD_DAYS);
  return startDate && day < startDate ? startDate : day;
}

type Due = { status: TaskStatus; dueDate: IsoDate };

/**
 * Whether an open task's reminder is due on `today`: from its reminder day up to and
 * including the due date (after that it is overdue, which has its own notice). The
 * job sends it once (`reminded_at`). As SQL: `status = 'open' and reminded_at is null
 * and due_date between today and today + REMINDER_LEAD_DAYS` (`reminderRange`).
 */
export function needsReminder(task: Due & { startDate?: IsoDate }, today: IsoDate): boolean {
  return (
    task.status === "open" &&
    today >= reminderDate(task.dueDate, task.startDate) &&
    today <= task.dueDate
  );
}

/** The due dates whose reminder is due on `today`, inclusive: for the reminder job's query. */
export const reminderRange = (today: IsoDate) => ({
  from: today,
  to: addDays(today, REMINDER_LEAD_DAYS),
});

/**
 * Overdue: still open after its last day. A task due today is not overdue yet; as SQL
 * `status = 'open' and due_date < today`.
 */
export const isOverdue = (task: Due, today: IsoDate): boolean =>
  task.status === "open" && task.dueDate < today;

/** Days a task is overdue on `today` (0 when it is not). */
export function daysOverdue(task: Due, today: IsoDate): number {
  return isOverdue(task, today) ? daysBetween(task.dueDate, today) : 0;
}
