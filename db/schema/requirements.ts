import { sql } from "drizzle-orm";
import {
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { REQUIREMENT_DOC_STATUSES, type RequirementDocContent } from "@/lib/requirements/model";
import { accounts } from "./accounts";
import { users } from "./users";

export const requirementDocStatusEnum = pgEnum("requirement_doc_status", REQUIREMENT_DOC_STATUSES);

/**
 * Versions of an account's one living requirements document. Editing an approved or
 * frozen version starts a new draft version; older versions are never changed.
 */
export const requirementDocVersions = pgTable(
  "requirement_doc_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    accountId: uuid("account_id")
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    number: integer("number").notNull(),
    status: requirementDocStatusEnum("status").notNull().default("draft"),
    content: jsonb("content").$type<RequirementDocContent>().notNull(),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    submittedById: uuid("submitted_by_id").references(() => users.id),
    approvedAt: timestamp("approved_at", { withTimezone: true }),
    approvedById: uuid("approved_by_id").references(() => users.id),
    createdById: uuid("created_by_id").references(() => users.id),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => sql`now()`),
  },
  (t) => [
    uniqueIndex("requirement_doc_versions_number_idx").on(t.accountId, t.number),
    index("requirement_doc_versions_status_idx").on(t.accountId, t.status),
  ],
);

export type RequirementDocVersion = typeof requirementDocVersions.$inferSelect;
