import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import {
  DEFAULT_WINDOW_DAYS,
  RETURN_VISIT_METHODS,
  TASK_KINDS,
  TASK_STATUSES,
} from "@/lib/tasks/types";
import { accounts } from "./accounts";
import { stakeholders } from "./stakeholders";
import { users } from "./users";

export const taskKindEnum = pgEnum("task_kind", TASK_KINDS);
export const taskStatusEnum = pgEnum("task_status", TASK_STATUSES);
export const returnVisitMethodEnum = pgEnum("return_visit_method", RETURN_VISIT_METHODS);

/**
 * Return visits (回访) and follow-ups on an account. A triggered task names its
 * source (`trigger_key` + `source_id`, unique: one task per source event); a task
 * made by hand has neither. `due_date` is the current due day (rescheduling moves
 * it); `window_ends_on` is the original one, which coverage is measured against.
 * `reminded_at` / `overdue_notified_at` are set by the reminder and overdue jobs.
 */
export const tasks = pgTable(
  "tasks",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    kind: taskKindEnum("kind").notNull(),
    accountId: uuid("account_id")
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    assigneeId: uuid("assignee_id").references(() => users.id),
    /** Empty for triggered tasks: the screen names them by their trigger. */
    title: text("title").notNull().default(""),
    notes: text("notes").notNull().default(""),
    /** When the trigger fired (or the task was made): the window's start. */
    windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
    /** Last day of the original window, a date in PCRM_TIME_ZONE. */
    windowEndsOn: date("window_ends_on", { mode: "string" }).notNull(),
    /** Current due day in PCRM_TIME_ZONE (moved by a reschedule). */
    dueDate: date("due_date", { mode: "string" }).notNull(),
    status: taskStatusEnum("status").notNull().default("open"),
    triggerKey: text("trigger_key"),
    /** The source record's id as text (uuid or a bigint like a stage transition's). */
    sourceId: text("source_id"),
    /** Completion of a return visit: 回访方式, the contact reached, 满意度 1–5, notes. */
    method: returnVisitMethodEnum("method"),
    contactId: uuid("contact_id").references(() => stakeholders.id, { onDelete: "set null" }),
    satisfaction: smallint("satisfaction"),
    completionNotes: text("completion_notes").notNull().default(""),
    completedAt: timestamp("completed_at", { withTimezone: true }),
    completedById: uuid("completed_by_id").references(() => users.id),
    /** The latest reschedule's reason; every reschedule is in the audit log. */
    rescheduleReason: text("reschedule_reason"),
    rescheduleCount: integer("reschedule_count").notNull().default(0),
    createdById: uuid("created_by_id").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    remindedAt: timestamp("reminded_at", { withTimezone: true }),
    overdueNotifiedAt: timestamp("overdue_notified_at", { withTimezone: true }),
    version: integer("version").notNull().default(1),
    updatedAt: timestamp("updated_at", { withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => sql`now()`),
  },
  (t) => [
    uniqueIndex("tasks_source_uq").on(t.triggerKey, t.sourceId),
    index("tasks_open_assignee_due_idx")
      .on(t.assigneeId, t.dueDate)
      .where(sql`${t.status} = 'open'`),
    index("tasks_open_due_idx")
      .on(t.dueDate)
      .where(sql`${t.status} = 'open'`),
    index("tasks_account_idx").on(t.accountId, t.status, t.dueDate),
    // Deleting a contact sets its tasks' contact to null: without this, a seq scan per contact
    // (an import's undo deletes 100k contacts).
    index("tasks_contact_idx")
      .on(t.contactId)
      .where(sql`${t.contactId} is not null`),
    // The agenda's week calendar: one assignee's tasks due on the week's days, open or done.
    index("tasks_assignee_due_idx").on(t.assigneeId, t.dueDate),
    index("tasks_coverage_idx")
      .on(t.assigneeId, t.windowStart)
      .where(sql`${t.kind} = 'return_visit'`),
    index("tasks_coverage_window_idx")
      .on(t.windowStart)
      .where(sql`${t.kind} = 'return_visit'`),
    check(
      "tasks_satisfaction",
      sql`${t.satisfaction} is null or ${t.satisfaction} between 1 and 5`,
    ),
    check("tasks_source_pair", sql`(${t.triggerKey} is null) = (${t.sourceId} is null)`),
  ],
);

/**
 * The events that create return visits, as data: window in days and on/off per
 * trigger key (lib/tasks/types.ts). Seeded with every known key; a key without a
 * row uses the defaults (7 days, on).
 */
export const returnVisitTriggers = pgTable(
  "return_visit_triggers",
  {
    key: text("key").primaryKey(),
    windowDays: integer("window_days").notNull().default(DEFAULT_WINDOW_DAYS),
    enabled: boolean("enabled").notNull().default(true),
    version: integer("version").notNull().default(1),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("return_visit_triggers_window", sql`${t.windowDays} between 1 and 90`)],
);

export type Task = typeof tasks.$inferSelect;
export type ReturnVisitTriggerRow = typeof returnVisitTriggers.$inferSelect;
