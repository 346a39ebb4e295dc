import { sql } from "drizzle-orm";
import { date, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

const at = (name: string) => timestamp(name, { withTimezone: true });

/**
 * The customer relationship report of a quarter (客户关系报告, seed 001) as a dated
 * record: the director's comments on the quarter's numbers, saved as a draft and
 * then finalised (after which it no longer changes). A draft's numbers are read
 * from the data for the quarter's days; finalising stores them in `snapshot`, which
 * the report then shows. Every save is audited.
 */
export const relationshipReports = pgTable("relationship_reports", {
  id: uuid("id").primaryKey().defaultRandom(),
  /** "2026-Q3" (lib/value/report-quarter.ts); one report per quarter. */
  quarter: text("quarter").notNull().unique(),
  periodFrom: date("period_from").notNull(),
  periodTo: date("period_to").notNull(),
  comments: text("comments").notNull().default(""),
  /** draft | final */
  status: text("status").notNull().default("draft"),
  finalizedAt: at("finalized_at"),
  /**
   * The figures as finalised (lib/dashboards/relationship-report.ts
   * RelationshipReportData); null for a draft.
   */
  snapshot: jsonb("snapshot").$type<Record<string, unknown>>(),
  finalizedById: uuid("finalized_by_id").references(() => users.id),
  createdById: uuid("created_by_id").references(() => users.id),
  updatedById: uuid("updated_by_id").references(() => users.id),
  version: integer("version").notNull().default(1),
  createdAt: at("created_at").notNull().defaultNow(),
  updatedAt: at("updated_at")
    .notNull()
    .defaultNow()
    .$onUpdate(() => sql`now()`),
});

export type RelationshipReport = typeof relationshipReports.$inferSelect;
