import { sql } from "drizzle-orm";
import {
  bigint,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { CHURN_CASE_STATUSES } from "@/lib/churn/flow";
import { accounts, churnTypeEnum } from "./accounts";
import { users } from "./users";

export const churnCaseStatusEnum = pgEnum("churn_case_status", CHURN_CASE_STATUSES);

const at = (name: string) => timestamp(name, { withTimezone: true });

/**
 * One account's churn and win-back (seed 003): flagged at risk, churned (with one of
 * the five types, the yearly revenue lost and the evidence), won back, then recovered
 * or lost for good. Each step stamps its date; each is audited. An account has at
 * most one open case (`churn_cases_open_idx`).
 */
export const churnCases = pgTable(
  "churn_cases",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    accountId: uuid("account_id")
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    status: churnCaseStatusEnum("status").notNull(),
    churnType: churnTypeEnum("churn_type"),
    /** Revenue a year the customer brought (or would have), in minor units. */
    lostYearlyRevenueMinor: bigint("lost_yearly_revenue_minor", { mode: "number" }),
    currency: text("currency").notNull().default("CNY"),
    evidence: text("evidence").notNull().default(""),
    /** The latest step's note (every note is in the audit log). */
    note: text("note").notNull().default(""),
    atRiskAt: at("at_risk_at"),
    churnedAt: at("churned_at"),
    winBackAt: at("win_back_at"),
    closedAt: at("closed_at"),
    openedById: uuid("opened_by_id").references(() => users.id),
    version: integer("version").notNull().default(1),
    createdAt: at("created_at").notNull().defaultNow(),
    updatedAt: at("updated_at")
      .notNull()
      .defaultNow()
      .$onUpdate(() => sql`now()`),
  },
  (t) => [
    index("churn_cases_account_idx").on(t.accountId, t.createdAt),
    uniqueIndex("churn_cases_open_idx")
      .on(t.accountId)
      .where(sql`${t.status} in ('at_risk', 'churned', 'win_back')`),
    index("churn_cases_status_idx").on(t.status, t.churnedAt),
  ],
);

export type ChurnCase = typeof churnCases.$inferSelect;
