import { sql } from "drizzle-orm";
import {
  check,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { ACTIVITY_TYPES } from "@/lib/activities/types";
import { accounts } from "./accounts";
import { users } from "./users";

export const activityTypeEnum = pgEnum("activity_type", ACTIVITY_TYPES);

/**
 * What a customer manager did with an account: a call, visit, meeting, reception of
 * a visiting customer, e-mail or note. `occurredAt` is when it happened (entered),
 * `loggedAt` when it was filed (server clock); `filingDelayMinutes` is how late the
 * filing was in working time (lib/activities/filing.ts), 0 when on time.
 */
export const activities = pgTable(
  "activities",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    accountId: uuid("account_id")
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    type: activityTypeEnum("type").notNull(),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull(),
    loggedAt: timestamp("logged_at", { withTimezone: true }).notNull().defaultNow(),
    filingDelayMinutes: integer("filing_delay_minutes").notNull().default(0),
    /** Customer-side stakeholders of this account. */
    contactIds: uuid("contact_ids")
      .array()
      .notNull()
      .default(sql`'{}'`),
    /** Our-side users who took part. */
    participantIds: uuid("participant_ids")
      .array()
      .notNull()
      .default(sql`'{}'`),
    subject: text("subject").notNull(),
    content: text("content").notNull().default(""),
    outcome: text("outcome").notNull().default(""),
    nextFollowUp: date("next_follow_up", { mode: "string" }),
    loggedById: uuid("logged_by_id").references(() => users.id),
    version: integer("version").notNull().default(1),
    updatedAt: timestamp("updated_at", { withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => sql`now()`),
  },
  (t) => [
    index("activities_account_occurred_idx").on(t.accountId, t.occurredAt.desc(), t.id),
    // Dashboards and the week calendar read a period of every account's activities:
    // index-only for the dashboards' counts (bench: seed:large, 1M activities).
    index("activities_occurred_idx").on(t.occurredAt, t.accountId, t.type, t.filingDelayMinutes),
  ],
);

/** Admin-editable filing limits per activity type (types without a row use the defaults). */
export const activityFilingLimits = pgTable(
  "activity_filing_limits",
  {
    type: activityTypeEnum("type").primaryKey(),
    hours: integer("hours").notNull(),
    version: integer("version").notNull().default(1),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("activity_filing_limits_hours", sql`${t.hours} between 1 and 720`)],
);

export type Activity = typeof activities.$inferSelect;
