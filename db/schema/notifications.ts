import { sql } from "drizzle-orm";
import {
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { NotificationParams } from "@/lib/notifications/kinds";
import { users } from "./users";

/**
 * The notification centre: one row per recipient, created by jobs through
 * `notify()` (lib/notifications/notify.ts). `link` is the app path of the record it
 * is about; `dedupeKey` makes a job that runs twice notify once.
 */
export const notifications = pgTable(
  "notifications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    params: jsonb("params").$type<NotificationParams>().notNull().default({}),
    link: text("link").notNull(),
    dedupeKey: text("dedupe_key"),
    /** Milliseconds, as a JS Date holds them: the list pages by (created_at, id). */
    createdAt: timestamp("created_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    readAt: timestamp("read_at", { withTimezone: true }),
  },
  (t) => [
    index("notifications_user_created_idx").on(t.userId, t.createdAt),
    index("notifications_unread_idx")
      .on(t.userId)
      .where(sql`${t.readAt} is null`),
    uniqueIndex("notifications_dedupe_idx")
      .on(t.userId, t.dedupeKey)
      .where(sql`${t.dedupeKey} is not null`),
  ],
);

export const MAIL_STATUSES = ["unsent", "sent", "failed", "expired"] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];
export const mailStatusEnum = pgEnum("mail_status", MAIL_STATUSES);

/**
 * Every mail the app sends, written by `sendMail()` (lib/mail/send.ts): `unsent`
 * when no SMTP_URL is configured (admins read them at /admin/outbox), else `sent`
 * or `failed` with the SMTP error.
 */
export const outbox = pgTable(
  "outbox",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    to: text("to").notNull(),
    subject: text("subject").notNull(),
    text: text("text").notNull(),
    status: mailStatusEnum("status").notNull().default("unsent"),
    error: text("error"),
    attempts: integer("attempts").notNull().default(0),
    /**
     * When the outbox-retry job may (re)send the mail (lib/mail/retry.ts): the time it was
     * written for a mail written without SMTP (due once SMTP is set), the in-flight lease for
     * a fresh one, the backoff after a failure; null once sent, expired or failed for good.
     * Never null while the mail waits, so the job reads `outbox_due_idx` by range.
     */
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).defaultNow(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
  },
  (t) => [
    index("outbox_created_idx").on(t.createdAt),
    index("outbox_due_idx")
      .on(t.nextAttemptAt)
      .where(sql`status in ('unsent', 'failed')`),
  ],
);

export type Notification = typeof notifications.$inferSelect;
export type OutboxMail = typeof outbox.$inferSelect;
