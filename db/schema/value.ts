import {
  bigint,
  bigserial,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { ABC_BASES } from "@/lib/value/abc";
import { abcClassEnum, accounts } from "./accounts";
import { users } from "./users";

export const abcBasisEnum = pgEnum("abc_basis", ABC_BASES);

const at = (name: string) => timestamp(name, { withTimezone: true });
const minor = (name: string) => bigint(name, { mode: "number" });

/** The ABC thresholds directors edit: one row (id 1). Shares in basis points. */
export const abcSettings = pgTable("abc_settings", {
  id: integer("id").primaryKey(),
  aShareBp: integer("a_share_bp").notNull().default(8000),
  bShareBp: integer("b_share_bp").notNull().default(1500),
  basis: abcBasisEnum("basis").notNull().default("revenue"),
  version: integer("version").notNull().default(1),
  updatedAt: at("updated_at").notNull().defaultNow(),
  updatedById: uuid("updated_by_id").references(() => users.id),
  /** The latest recompute: when, and how long it took. */
  lastRunAt: at("last_run_at"),
  lastRunMs: integer("last_run_ms"),
});

/**
 * Each account's value as of the latest recompute: trailing-12-month revenue of its
 * confirmed and delivered orders, their count and average, the last order's date
 * (any time), and the margin of the lines whose product has a cost.
 */
export const accountValue = pgTable(
  "account_value",
  {
    accountId: uuid("account_id")
      .primaryKey()
      .references(() => accounts.id, { onDelete: "cascade" }),
    revenueMinor: minor("revenue_minor").notNull(),
    orderCount: integer("order_count").notNull(),
    averageOrderMinor: minor("average_order_minor"),
    marginMinor: minor("margin_minor"),
    lastOrderDate: date("last_order_date", { mode: "string" }),
    /** Share of the total held by the accounts ranked above it, in basis points. */
    aboveShareBp: integer("above_share_bp").notNull(),
    computedAt: at("computed_at").notNull(),
  },
  (t) => [index("account_value_revenue_idx").on(t.revenueMinor.desc(), t.accountId)],
);

/** Every change of an account's class, with when, why (the run) and the numbers behind it. */
export const abcClassHistory = pgTable(
  "abc_class_history",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    accountId: uuid("account_id")
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    fromClass: abcClassEnum("from_class"),
    toClass: abcClassEnum("to_class").notNull(),
    at: at("at").notNull(),
    /** nightly | on_demand */
    trigger: text("trigger").notNull(),
    basis: abcBasisEnum("basis").notNull(),
    valueMinor: minor("value_minor").notNull(),
    aboveShareBp: integer("above_share_bp").notNull(),
    aShareBp: integer("a_share_bp").notNull(),
    bShareBp: integer("b_share_bp").notNull(),
    byId: uuid("by_id").references(() => users.id),
  },
  (t) => [index("abc_class_history_account_idx").on(t.accountId, t.at.desc())],
);

export type AccountValue = typeof accountValue.$inferSelect;
export type AbcClassChange = typeof abcClassHistory.$inferSelect;
