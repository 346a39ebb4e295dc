import { sql } from "drizzle-orm";
import {
  boolean,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { EVALUATION_STATUSES } from "@/lib/scorecard/default-template";
import { RECOMMENDATIONS, type EvaluationAnswers } from "@/lib/scorecard/scoring";
import type { Template } from "@/lib/validations/scorecard";
import { accounts } from "./accounts";
import { users } from "./users";

export const evaluationStatusEnum = pgEnum("evaluation_status", EVALUATION_STATUSES);
export const recommendationEnum = pgEnum("recommendation", RECOMMENDATIONS);

/** A scorecard template; its content lives in immutable versions so past evaluations never change. */
export const scorecardTemplates = pgTable(
  "scorecard_templates",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    isDefault: boolean("is_default").notNull().default(false),
    active: boolean("active").notNull().default(true),
    currentVersionId: uuid("current_version_id"),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  // Exactly one default: two directors making different templates default at once conflict.
  (t) => [
    uniqueIndex("scorecard_templates_one_default_idx")
      .on(t.isDefault)
      .where(sql`${t.isDefault}`),
  ],
);

export const scorecardTemplateVersions = pgTable(
  "scorecard_template_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    templateId: uuid("template_id")
      .notNull()
      .references(() => scorecardTemplates.id),
    number: integer("number").notNull(),
    definition: jsonb("definition").$type<Template>().notNull(),
    createdById: uuid("created_by_id").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("scorecard_template_versions_number_idx").on(t.templateId, t.number)],
);

/** One evaluation of an account against one template version; re-evaluation adds a new row. */
export const evaluations = pgTable(
  "evaluations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    accountId: uuid("account_id")
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    templateVersionId: uuid("template_version_id")
      .notNull()
      .references(() => scorecardTemplateVersions.id),
    status: evaluationStatusEnum("status").notNull().default("draft"),
    answers: jsonb("answers").$type<EvaluationAnswers>().notNull().default({}),
    total: numeric("total", { precision: 5, scale: 1 }),
    recommendation: recommendationEnum("recommendation"),
    complete: boolean("complete").notNull().default(false),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    submittedById: uuid("submitted_by_id").references(() => users.id),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    decidedById: uuid("decided_by_id").references(() => users.id),
    decisionComment: text("decision_comment").notNull().default(""),
    createdById: uuid("created_by_id").references(() => users.id),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => sql`now()`),
  },
  (t) => [
    index("evaluations_account_idx").on(t.accountId, t.createdAt),
    // What waits for a director (home page): the few submitted ones, not every evaluation.
    index("evaluations_submitted_idx")
      .on(t.submittedAt)
      .where(sql`${t.status} = 'submitted'`),
  ],
);

export type Evaluation = typeof evaluations.$inferSelect;
