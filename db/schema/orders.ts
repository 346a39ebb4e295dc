/*
 * Sales orders (销售信息, seed 002) and the product catalogue they draw on.
 *
 * - `products`: the catalogue (admins and directors maintain it): code, name, unit,
 *   list price and optional cost in minor units of its currency, active flag.
 * - `orders`: one order / contract per row, for one account: order date, the
 *   customer contact (a stakeholder of the account), the order or contract number
 *   (unique across all orders), status (draft → confirmed → delivered, or
 *   cancelled), currency, and totals kept in step with its lines by the actions:
 *   `total_minor` = Σ line amounts; `cost_minor` = Σ line costs of the lines whose
 *   product has a cost (null when none has); `costed_amount_minor` = Σ amounts of
 *   those same lines, so the margin is exactly `costed_amount_minor − cost_minor`.
 *   Revenue counts confirmed and delivered orders (REVENUE_STATUSES), by order date.
 * - `order_lines`: the order's lines: product, unit price (minor units), whole
 *   quantity, discount in basis points of percent off (1000 = 10 %), amount
 *   (minor units, after the discount, rounded half up) and the line's cost
 *   (product cost × quantity, copied when the line is saved; null when unknown).
 *
 * Money is integer minor units (fen, cents) in bigint columns, as the cost plan's.
 * Visibility is the account's (db/queries/visibility.ts, `visibleByAccount`).
 */
import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { ORDER_STATUSES } from "@/lib/orders/types";
import { accounts } from "./accounts";
import { stakeholders } from "./stakeholders";
import { users } from "./users";

export const orderStatusEnum = pgEnum("order_status", ORDER_STATUSES);

const at = (name: string) => timestamp(name, { withTimezone: true });
const minor = (name: string) => bigint(name, { mode: "number" });

export const products = pgTable(
  "products",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    code: text("code").notNull(),
    name: text("name").notNull(),
    unit: text("unit").notNull().default(""),
    listPriceMinor: minor("list_price_minor").notNull(),
    currency: text("currency").notNull().default("CNY"),
    costMinor: minor("cost_minor"),
    active: boolean("active").notNull().default(true),
    version: integer("version").notNull().default(1),
    createdAt: at("created_at").notNull().defaultNow(),
    updatedAt: at("updated_at")
      .notNull()
      .defaultNow()
      .$onUpdate(() => sql`now()`),
  },
  (t) => [
    uniqueIndex("products_code_idx").on(t.code),
    check(
      "products_money",
      sql`${t.listPriceMinor} >= 0 and (${t.costMinor} is null or ${t.costMinor} >= 0)`,
    ),
  ],
);

export const orders = pgTable(
  "orders",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    accountId: uuid("account_id")
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    number: text("number").notNull(),
    orderDate: date("order_date").notNull(),
    contactId: uuid("contact_id").references(() => stakeholders.id, { onDelete: "set null" }),
    status: orderStatusEnum("status").notNull().default("draft"),
    currency: text("currency").notNull().default("CNY"),
    totalMinor: minor("total_minor").notNull().default(0),
    costMinor: minor("cost_minor"),
    costedAmountMinor: minor("costed_amount_minor").notNull().default(0),
    lineCount: integer("line_count").notNull().default(0),
    notes: text("notes").notNull().default(""),
    confirmedAt: at("confirmed_at"),
    deliveredAt: at("delivered_at"),
    cancelledAt: at("cancelled_at"),
    createdById: uuid("created_by_id").references(() => users.id),
    version: integer("version").notNull().default(1),
    createdAt: at("created_at").notNull().defaultNow(),
    updatedAt: at("updated_at")
      .notNull()
      .defaultNow()
      .$onUpdate(() => sql`now()`),
  },
  (t) => [
    uniqueIndex("orders_number_idx").on(t.number),
    index("orders_account_idx").on(t.accountId, t.orderDate.desc(), t.id),
    index("orders_date_idx").on(t.orderDate, t.accountId),
    // A contact's delete sets its orders' contact to null: found by this, not a scan.
    index("orders_contact_idx")
      .on(t.contactId)
      .where(sql`${t.contactId} is not null`),
    check(
      "orders_money",
      sql`${t.totalMinor} >= 0 and ${t.costedAmountMinor} >= 0
      and (${t.costMinor} is null or ${t.costMinor} >= 0)`,
    ),
  ],
);

export const orderLines = pgTable(
  "order_lines",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orderId: uuid("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    productId: uuid("product_id")
      .notNull()
      .references(() => products.id),
    unitPriceMinor: minor("unit_price_minor").notNull(),
    quantity: integer("quantity").notNull(),
    discountBp: integer("discount_bp").notNull().default(0),
    amountMinor: minor("amount_minor").notNull(),
    costMinor: minor("cost_minor"),
  },
  (t) => [
    uniqueIndex("order_lines_order_idx").on(t.orderId, t.position),
    index("order_lines_product_idx").on(t.productId),
    check(
      "order_lines_values",
      sql`${t.unitPriceMinor} >= 0 and ${t.quantity} > 0 and ${t.amountMinor} >= 0
      and ${t.discountBp} between 0 and 10000
      and (${t.costMinor} is null or ${t.costMinor} >= 0)`,
    ),
  ],
);

export type Product = typeof products.$inferSelect;
export type Order = typeof orders.$inferSelect;
export type OrderLine = typeof orderLines.$inferSelect;
