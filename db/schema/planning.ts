import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  date,
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
import { accounts } from "./accounts";
import { referenceItems } from "./reference-data";
import { users } from "./users";

const timestamps = {
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true })
    .notNull()
    .defaultNow()
    .$onUpdate(() => sql`now()`),
};
const accountRef = () =>
  uuid("account_id")
    .notNull()
    .references(() => accounts.id, { onDelete: "cascade" });

// Scope (范围计划)
export const scopeItemTypeEnum = pgEnum("scope_item_type", ["product", "service"]);
export const productKindEnum = pgEnum("product_kind", ["standard", "custom"]);
export const serviceKindEnum = pgEnum("service_kind", [
  "technical",
  "pre_sale",
  "in_sale",
  "after_sale",
]);
export const changeRequestStatusEnum = pgEnum("change_request_status", [
  "open",
  "approved",
  "rejected",
]);

export const scopeItems = pgTable(
  "scope_items",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    accountId: accountRef(),
    type: scopeItemTypeEnum("type").notNull(),
    productKind: productKindEnum("product_kind"),
    serviceKind: serviceKindEnum("service_kind"),
    name: text("name").notNull(),
    inScope: boolean("in_scope").notNull().default(true),
    agreementRef: text("agreement_ref").notNull().default(""),
    note: text("note").notNull().default(""),
    version: integer("version").notNull().default(1),
    ...timestamps,
  },
  (t) => [index("scope_items_account_idx").on(t.accountId)],
);

/** After the scope stage, scope changes are requests a director approves; `proposal` is the item change. */
export const scopeChangeRequests = pgTable(
  "scope_change_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    accountId: accountRef(),
    change: text("change").notNull(),
    reason: text("reason").notNull(),
    costImpact: text("cost_impact").notNull(),
    scheduleImpact: text("schedule_impact").notNull(),
    riskImpact: text("risk_impact").notNull(),
    proposal: jsonb("proposal").$type<Record<string, unknown>>(),
    status: changeRequestStatusEnum("status").notNull().default("open"),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    decidedById: uuid("decided_by_id").references(() => users.id),
    decisionComment: text("decision_comment").notNull().default(""),
    createdById: uuid("created_by_id").references(() => users.id),
    version: integer("version").notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index("scope_change_requests_account_idx").on(t.accountId, t.status),
    index("scope_change_requests_open_idx")
      .on(t.createdAt)
      .where(sql`${t.status} = 'open'`),
  ],
);

// Schedule (进度计划)
export type TemplateStep = { key: string; label: string; durationDays: number };

export const scheduleTemplates = pgTable(
  "schedule_templates",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    industryId: integer("industry_id").references(() => referenceItems.id),
    targetDaysToOrder: integer("target_days_to_order"),
    steps: jsonb("steps").$type<TemplateStep[]>().notNull(),
    isDefault: boolean("is_default").notNull().default(false),
    active: boolean("active").notNull().default(true),
    version: integer("version").notNull().default(1),
    ...timestamps,
  },
  // One default, and one active template per industry, even when two saves race.
  (t) => [
    uniqueIndex("schedule_templates_one_default_idx")
      .on(t.isDefault)
      .where(sql`${t.isDefault}`),
    uniqueIndex("schedule_templates_industry_active_idx")
      .on(t.industryId)
      .where(sql`${t.active}`),
  ],
);

export const schedules = pgTable("schedules", {
  id: uuid("id").primaryKey().defaultRandom(),
  accountId: accountRef().unique(),
  templateId: uuid("template_id").references(() => scheduleTemplates.id),
  startDate: date("start_date", { mode: "string" }).notNull(),
  targetDaysToOrder: integer("target_days_to_order"),
  version: integer("version").notNull().default(1),
  ...timestamps,
});

export const scheduleSteps = pgTable(
  "schedule_steps",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    scheduleId: uuid("schedule_id")
      .notNull()
      .references(() => schedules.id, { onDelete: "cascade" }),
    accountId: accountRef(),
    position: integer("position").notNull(),
    key: text("key").notNull(),
    label: text("label").notNull().default(""),
    durationDays: integer("duration_days").notNull(),
    plannedStart: date("planned_start", { mode: "string" }),
    plannedFinish: date("planned_finish", { mode: "string" }),
    actualStart: date("actual_start", { mode: "string" }),
    actualFinish: date("actual_finish", { mode: "string" }),
    /*
     * Copies kept by database triggers (migration 0004), never written by the app, so
     * the schedule dashboard reads steps without joining accounts or reading baseline
     * JSON: `baselineFinish` is the step's planned finish (by key) in the schedule's
     * latest baseline, null when not in it; `ownerId` is the account's owner and
     * `accountClosed` whether the account is dropped, churned or archived. They are set
     * when a step is inserted and rewritten when a baseline is saved or the account's
     * owner or open/closed state changes.
     */
    baselineFinish: date("baseline_finish", { mode: "string" }),
    ownerId: uuid("owner_id"),
    accountClosed: boolean("account_closed").notNull().default(false),
    version: integer("version").notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index("schedule_steps_schedule_idx").on(t.scheduleId, t.position),
    index("schedule_steps_account_idx").on(t.accountId),
    // Covering indexes: the schedule dashboard's two range scans read only these
    // (db/queries/dashboards-schedule.ts).
    index("schedule_steps_finished_idx").on(
      t.actualFinish,
      t.ownerId,
      t.accountId,
      t.key,
      t.baselineFinish,
      t.position,
      t.label,
    ),
    index("schedule_steps_open_due_idx")
      .on(t.plannedFinish, t.ownerId, t.accountId, t.key, t.position, t.label)
      .where(sql`${t.actualFinish} is null and not ${t.accountClosed}`),
  ],
);

export type BaselineStep = {
  key: string;
  label: string;
  plannedStart: string | null;
  plannedFinish: string | null;
};

/** Frozen copies of the plan; up to three are compared with the current plan. */
export const scheduleBaselines = pgTable(
  "schedule_baselines",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    scheduleId: uuid("schedule_id")
      .notNull()
      .references(() => schedules.id, { onDelete: "cascade" }),
    accountId: accountRef(),
    number: integer("number").notNull(),
    name: text("name").notNull().default(""),
    steps: jsonb("steps").$type<BaselineStep[]>().notNull(),
    savedById: uuid("saved_by_id").references(() => users.id),
    savedAt: timestamp("saved_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("schedule_baselines_number_idx").on(t.scheduleId, t.number),
    // Deleting an account cascades here by account.
    index("schedule_baselines_account_idx").on(t.accountId),
  ],
);

// Cost plan (成本计划)
export const costPlanStatusEnum = pgEnum("cost_plan_status", [
  "draft",
  "submitted",
  "approved",
  "returned",
]);
export const costKindEnum = pgEnum("cost_kind", ["direct", "indirect"]);
export const costCategoryEnum = pgEnum("cost_category", [
  "travel",
  "samples",
  "reception",
  "staff",
  "marketing",
  "other",
]);

/** Money is integer minor units (fen/cents) in bigint columns, never floats. */
export const costPlans = pgTable(
  "cost_plans",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    accountId: accountRef().unique(),
    currency: text("currency").notNull().default("CNY"),
    budgetMinor: bigint("budget_minor", { mode: "number" }),
    status: costPlanStatusEnum("status").notNull().default("draft"),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    submittedById: uuid("submitted_by_id").references(() => users.id),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    decidedById: uuid("decided_by_id").references(() => users.id),
    decisionComment: text("decision_comment").notNull().default(""),
    /*
     * Copies kept by database triggers (migration 0004), never written by the app, so
     * the cost dashboard reads plans without their lines or accounts: the account's
     * owner and industry, and the totals of the lines as lib/cost/totals.ts computes
     * them (planned with staff lines as hours × rate, actual reported so far, forecast
     * = actual where reported else planned, lines without an actual).
     */
    ownerId: uuid("owner_id"),
    industryId: integer("industry_id"),
    linesPlannedMinor: bigint("lines_planned_minor", { mode: "number" }).notNull().default(0),
    linesActualMinor: bigint("lines_actual_minor", { mode: "number" }).notNull().default(0),
    linesForecastMinor: bigint("lines_forecast_minor", { mode: "number" }).notNull().default(0),
    linesWithoutActual: integer("lines_without_actual").notNull().default(0),
    version: integer("version").notNull().default(1),
    ...timestamps,
  },
  (t) => [
    // Covering: the cost dashboard reads plans approved in a period from the index alone.
    index("cost_plans_approved_idx")
      .on(
        t.decidedAt,
        t.ownerId,
        t.industryId,
        t.accountId,
        t.currency,
        t.budgetMinor,
        t.linesPlannedMinor,
        t.linesActualMinor,
        t.linesForecastMinor,
        t.linesWithoutActual,
      )
      .where(sql`${t.status} = 'approved'`),
    // What waits for a director (home page).
    index("cost_plans_submitted_idx")
      .on(t.submittedAt)
      .where(sql`${t.status} = 'submitted'`),
  ],
);

export const costLines = pgTable(
  "cost_lines",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    costPlanId: uuid("cost_plan_id")
      .notNull()
      .references(() => costPlans.id, { onDelete: "cascade" }),
    accountId: accountRef(),
    kind: costKindEnum("kind").notNull(),
    category: costCategoryEnum("category").notNull(),
    description: text("description").notNull().default(""),
    plannedMinor: bigint("planned_minor", { mode: "number" }).notNull(),
    actualMinor: bigint("actual_minor", { mode: "number" }),
    hoursHundredths: integer("hours_hundredths"),
    rateMinor: bigint("rate_minor", { mode: "number" }),
    date: date("date", { mode: "string" }),
    note: text("note").notNull().default(""),
    version: integer("version").notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index("cost_lines_plan_idx").on(t.costPlanId),
    index("cost_lines_account_idx").on(t.accountId),
  ],
);
