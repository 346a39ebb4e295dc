import { sql } from "drizzle-orm";
import {
  bigint,
  index,
  integer,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { CHURN_TYPES, STAGES } from "@/lib/stages/stages";
import { ABC_CLASSES } from "@/lib/value/abc";
import { referenceItems } from "./reference-data";
import { imports } from "./imports";
import { users } from "./users";

export const ACCOUNT_TYPES = ["buyer", "competitor", "partner", "supplier"] as const;
export const GRADES = ["important", "normal", "potential"] as const;
export const ACCOUNT_STATUSES = ["active", "inactive"] as const;
export type Grade = (typeof GRADES)[number];

export const stageEnum = pgEnum("stage", STAGES);
export const churnTypeEnum = pgEnum("churn_type", CHURN_TYPES);
export const accountTypeEnum = pgEnum("account_type", ACCOUNT_TYPES);
export const gradeEnum = pgEnum("grade", GRADES);
export const accountStatusEnum = pgEnum("account_status", ACCOUNT_STATUSES);
export const abcClassEnum = pgEnum("abc_class", ABC_CLASSES);

/** A customer, run as a project: seed 002's customer data dictionary plus the stage it is in. */
export const accounts = pgTable(
  "accounts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    code: text("code").notNull().unique(),
    name: text("name").notNull(),
    countryRegion: text("country_region").notNull().default(""),
    province: text("province").notNull().default(""),
    city: text("city").notNull().default(""),
    postalCode: text("postal_code").notNull().default(""),
    address: text("address").notNull().default(""),
    phone: text("phone").notNull().default(""),
    fax: text("fax").notNull().default(""),
    email: text("email").notNull().default(""),
    homepage: text("homepage").notNull().default(""),
    annualRevenue: numeric("annual_revenue", { precision: 18, scale: 2 }),
    employeeCount: integer("employee_count"),
    industryId: integer("industry_id").references(() => referenceItems.id),
    sourceId: integer("source_id").references(() => referenceItems.id),
    areaId: integer("area_id").references(() => referenceItems.id),
    type: accountTypeEnum("type").notNull().default("buyer"),
    status: accountStatusEnum("status").notNull().default("active"),
    grade: gradeEnum("grade").notNull().default("normal"),
    ownerId: uuid("owner_id").references(() => users.id),
    stage: stageEnum("stage").notNull().default("stakeholders"),
    stageEnteredAt: timestamp("stage_entered_at", { withTimezone: true }).notNull().defaultNow(),
    /**
     * The furthest pipeline stage the account has ever entered, kept by a trigger on
     * stage_transitions (migration 0006). Moves go one stage at a time, so the funnel's
     * "reached stage X" is `furthest_stage >= X` (the enum sorts in pipeline order).
     */
    furthestStage: stageEnum("furthest_stage"),
    churnType: churnTypeEnum("churn_type"),
    /** Value class (ABC) from the latest recompute (lib/value/recompute.ts); null before the first. */
    abcClass: abcClassEnum("abc_class"),
    outcomeReason: text("outcome_reason"),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    createdById: uuid("created_by_id").references(() => users.id),
    /** The import that created or last updated it (undo finds its records by it). */
    importId: uuid("import_id").references(() => imports.id),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => sql`now()`),
  },
  (t) => [
    index("accounts_owner_idx").on(t.ownerId, t.stage),
    index("accounts_stage_idx").on(t.stage, t.stageEnteredAt),
    // Per-stage counts of the board and the home page (with the overdue ones) from the
    // index alone; the overdue filter is a range on it per stage.
    index("accounts_open_stage_idx")
      .on(t.stage, t.stageEnteredAt)
      .where(sql`${t.archivedAt} is null`),
    index("accounts_created_idx").on(t.createdAt, t.id),
    // The funnel reads a period's cohort from the index alone.
    index("accounts_cohort_idx").on(t.createdAt, t.ownerId, t.stage, t.furthestStage),
    index("accounts_name_sort_idx").on(t.name, t.id),
    index("accounts_industry_idx").on(t.industryId),
    index("accounts_source_idx").on(t.sourceId),
    index("accounts_grade_idx").on(t.grade),
    index("accounts_abc_idx").on(t.abcClass, t.name, t.id),
    index("accounts_phone_idx").on(t.phone),
    index("accounts_email_idx").on(sql`lower(${t.email})`),
    index("accounts_import_idx")
      .on(t.importId)
      .where(sql`${t.importId} is not null`),
    index("accounts_name_trgm_idx").using("gin", sql`${t.name} gin_trgm_ops`),
    // accounts_name_grams_idx, GIN over account_name_grams(name) for name search, is in
    // migration 0003 with the function it needs, which drizzle cannot declare.
  ],
);

/** People on our side who work an account besides its owner; they see and change it too. */
export const accountTeam = pgTable(
  "account_team",
  {
    accountId: uuid("account_id")
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    addedAt: timestamp("added_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.userId] }),
    index("account_team_user_idx").on(t.userId),
  ],
);

/**
 * Codes an account had before (its grade changed the letter, or a director edited the
 * code): the exact-code search still finds the account by them.
 */
export const accountPreviousCodes = pgTable(
  "account_previous_codes",
  {
    accountId: uuid("account_id")
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    code: text("code").notNull(),
    replacedAt: timestamp("replaced_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.code] }),
    index("account_previous_codes_code_idx").on(t.code),
  ],
);

/** Serial numbers behind customer codes, one counter per grade letter + area code. */
export const codeCounters = pgTable("code_counters", {
  prefix: text("prefix").primaryKey(),
  last: bigint("last", { mode: "number" }).notNull(),
});

export type Account = typeof accounts.$inferSelect;
