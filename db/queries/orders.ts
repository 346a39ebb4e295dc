import "server-only";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { accounts, orderLines, orders, products, stakeholders, users } from "@/db/schema";
import type { Actor } from "@/lib/policy";
import { visibleByAccount } from "./visibility";

/** Orders shown on an account's Orders tab (newest first); older ones page by `before`. */
export const ORDERS_PAGE = 50;

const visible = (actor: Actor) => visibleByAccount(actor, orders.accountId);

const listColumns = {
  id: orders.id,
  accountId: orders.accountId,
  number: orders.number,
  orderDate: orders.orderDate,
  status: orders.status,
  currency: orders.currency,
  totalMinor: orders.totalMinor,
  costMinor: orders.costMinor,
  costedAmountMinor: orders.costedAmountMinor,
  lineCount: orders.lineCount,
  contactId: orders.contactId,
  contactName: stakeholders.name,
  deliveredAt: orders.deliveredAt,
  version: orders.version,
};

/**
 * An account's orders for its Orders tab, newest order date first, one page
 * (`more` when there are older ones; `before` is the last row's date and id).
 * Reads `orders_account_idx` in order and stops after the page.
 */
export async function listAccountOrders({
  actor,
  accountId,
  before,
  limit = ORDERS_PAGE,
}: {
  actor: Actor;
  accountId: string;
  before?: { orderDate: string; id: string };
  limit?: number;
}) {
  const rows = await db
    .select(listColumns)
    .from(orders)
    .leftJoin(stakeholders, eq(stakeholders.id, orders.contactId))
    .where(
      and(
        eq(orders.accountId, accountId),
        visible(actor),
        before
          ? sql`(${orders.orderDate}, ${orders.id}) < (${before.orderDate}::date, ${before.id}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(orders.orderDate), desc(orders.id))
    .limit(limit + 1);
  return { rows: rows.slice(0, limit), more: rows.length > limit };
}
export type AccountOrderRow = Awaited<ReturnType<typeof listAccountOrders>>["rows"][number];

/**
 * An account's order totals per currency and status (the tab's summary line): count
 * and Σ total, over all its orders, not only the page shown.
 */
export async function accountOrderSummary({
  actor,
  accountId,
}: {
  actor: Actor;
  accountId: string;
}) {
  return db
    .select({
      currency: orders.currency,
      status: orders.status,
      count: sql<number>`count(*)::int`,
      totalMinor: sql<number>`coalesce(sum(${orders.totalMinor}), 0)::bigint`.mapWith(Number),
    })
    .from(orders)
    .where(and(eq(orders.accountId, accountId), visible(actor)))
    .groupBy(orders.currency, orders.status)
    .orderBy(asc(orders.currency), asc(orders.status));
}

/** One order with its lines (product code, name, unit), customer and contact, if the caller sees it. */
export async function getOrder({ actor, id }: { actor: Actor; id: string }) {
  const [row] = await db
    .select({
      order: orders,
      accountName: accounts.name,
      accountOwnerId: accounts.ownerId,
      contactName: stakeholders.name,
      creatorName: users.name,
    })
    .from(orders)
    .innerJoin(accounts, eq(accounts.id, orders.accountId))
    .leftJoin(stakeholders, eq(stakeholders.id, orders.contactId))
    .leftJoin(users, eq(users.id, orders.createdById))
    .where(and(eq(orders.id, id), visible(actor)));
  if (!row) return null;
  const lines = await db
    .select({
      id: orderLines.id,
      position: orderLines.position,
      productId: orderLines.productId,
      productCode: products.code,
      productName: products.name,
      unit: products.unit,
      unitPriceMinor: orderLines.unitPriceMinor,
      quantity: orderLines.quantity,
      discountBp: orderLines.discountBp,
      amountMinor: orderLines.amountMinor,
      costMinor: orderLines.costMinor,
    })
    .from(orderLines)
    .innerJoin(products, eq(products.id, orderLines.productId))
    .where(eq(orderLines.orderId, row.order.id))
    .orderBy(asc(orderLines.position));
  return { ...row, lines };
}
export type OrderDetail = NonNullable<Awaited<ReturnType<typeof getOrder>>>;

/** The product catalogue, by code: all products for the admin screen, active ones for order forms. */
export async function listProducts({ activeOnly = false }: { activeOnly?: boolean } = {}) {
  return db
    .select()
    .from(products)
    .where(activeOnly ? eq(products.active, true) : undefined)
    .orderBy(asc(products.code));
}

/** One product (for its edit form). */
export async function getProduct(id: string) {
  const [row] = await db.select().from(products).where(eq(products.id, id));
  return row ?? null;
}
