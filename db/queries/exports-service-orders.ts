import "server-only";
import { aliasedTable, and, desc, eq, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { db } from "@/db";
import {
  accounts,
  orderLines,
  orders,
  products,
  serviceRequests,
  stakeholders,
  users,
} from "@/db/schema";
import type {
  OrderExportRow,
  OrderLineExportRow,
  ServiceRequestExportRow,
} from "@/lib/export/rows";
import type { Actor } from "@/lib/policy";
import type { ServiceListFilters } from "@/lib/service/list-filters";
import { listOrder } from "./accounts-search";
import { EXPORT_BATCH, listed, localTime, throughCursor, type ExportScope } from "./exports";
import { overdueAt, serviceListConditions } from "./service";
import { visibleByAccount } from "./visibility";

/**
 * Exports of service requests (the /service list's rows for its URL filters, all
 * pages, newest received first) and of orders (one row per order with its kept
 * totals: those of one account, or of every account the account list shows).
 * Both stream through the same cursor as the account exports.
 */

export type ServiceExportScope = {
  actor: Actor;
  filters: ServiceListFilters;
  timeZone: string;
  now: Date;
};

const sr = serviceRequests;
const contact = aliasedTable(stakeholders, "contact");

function serviceQuery({ actor, filters, timeZone, now }: ServiceExportScope) {
  const local = (column: AnyPgColumn) => localTime(column, timeZone);
  return db
    .select({
      accountCode: accounts.code,
      accountName: accounts.name,
      subject: sr.subject,
      receivedAt: local(sr.receivedAt),
      type: sr.type,
      priority: sr.priority,
      status: sr.status,
      channel: sr.channel,
      product: sr.product,
      contactName: contact.name,
      ownerName: users.name,
      firstResponseDueAt: local(sr.firstResponseDueAt),
      firstRespondedAt: sql<string | null>`${local(sr.firstRespondedAt)}`,
      resolutionDueAt: sql<string | null>`${local(sr.resolutionDueAt)}`,
      resolvedAt: sql<string | null>`${local(sr.resolvedAt)}`,
      closedAt: sql<string | null>`${local(sr.closedAt)}`,
      overdue: sql<boolean>`coalesce(${overdueAt(now)}, false)`,
      description: sr.description,
      resolution: sr.resolution,
    } satisfies Record<keyof ServiceRequestExportRow, unknown>)
    .from(sr)
    .innerJoin(accounts, eq(accounts.id, sr.accountId))
    .leftJoin(contact, eq(contact.id, sr.contactId))
    .leftJoin(users, eq(users.id, sr.ownerId))
    .where(serviceListConditions(actor, filters, now))
    .orderBy(desc(sr.receivedAt), desc(sr.id));
}

/** Amounts are bigint; as float8 they arrive as numbers (exact below 2^53). */
const amount = (column: AnyPgColumn) => sql<number>`${column}::float8`;

/** What both order exports start with: the customer, the order's number, date, status, currency. */
const orderHead = {
  accountCode: accounts.code,
  accountName: accounts.name,
  number: orders.number,
  orderDate: sql<string>`${orders.orderDate}::text`,
  status: orders.status,
  currency: orders.currency,
};

/** The orders export: one account's orders (`accountId`), else those of the listed accounts. */
export type OrderExportScope = ExportScope & { accountId?: string };

function orderQuery(scope: OrderExportScope) {
  const local = (column: AnyPgColumn) => sql<string | null>`${localTime(column, scope.timeZone)}`;
  const query = db
    .select({
      ...orderHead,
      lineCount: orders.lineCount,
      totalMinor: amount(orders.totalMinor),
      costMinor: sql<number | null>`${orders.costMinor}::float8`,
      costedAmountMinor: amount(orders.costedAmountMinor),
      contactName: stakeholders.name,
      createdByName: users.name,
      confirmedAt: local(orders.confirmedAt),
      deliveredAt: local(orders.deliveredAt),
      cancelledAt: local(orders.cancelledAt),
      notes: orders.notes,
    } satisfies Record<keyof OrderExportRow, unknown>)
    .from(orders)
    .innerJoin(accounts, eq(accounts.id, orders.accountId))
    .leftJoin(stakeholders, eq(stakeholders.id, orders.contactId))
    .leftJoin(users, eq(users.id, orders.createdById));
  return query.where(ordersWhere(scope)).orderBy(...ordersOrder(scope));
}

/** One account's orders (visibility by account), else the listed accounts' (the list's rule). */
const ordersWhere = (scope: OrderExportScope) =>
  scope.accountId
    ? and(eq(orders.accountId, scope.accountId), visibleByAccount(scope.actor, orders.accountId))
    : listed(scope);

/** Newest order first; for the listed accounts, in the list's order first. */
const ordersOrder = (scope: OrderExportScope) => [
  ...(scope.accountId ? [] : listOrder(scope.sort)),
  desc(orders.orderDate),
  desc(orders.id),
];

function orderLineQuery(scope: OrderExportScope) {
  return db
    .select({
      ...orderHead,
      position: orderLines.position,
      productCode: products.code,
      productName: products.name,
      unit: products.unit,
      unitPriceMinor: amount(orderLines.unitPriceMinor),
      quantity: orderLines.quantity,
      discountBp: orderLines.discountBp,
      amountMinor: amount(orderLines.amountMinor),
      costMinor: sql<number | null>`${orderLines.costMinor}::float8`,
    } satisfies Record<keyof OrderLineExportRow, unknown>)
    .from(orderLines)
    .innerJoin(orders, eq(orders.id, orderLines.orderId))
    .innerJoin(accounts, eq(accounts.id, orders.accountId))
    .innerJoin(products, eq(products.id, orderLines.productId))
    .where(ordersWhere(scope))
    .orderBy(...ordersOrder(scope), orderLines.position);
}

export const exportServiceRequests = (scope: ServiceExportScope, batchSize = EXPORT_BATCH) =>
  throughCursor<ServiceRequestExportRow>(serviceQuery(scope), batchSize);

export const exportOrders = (scope: OrderExportScope, batchSize = EXPORT_BATCH) =>
  throughCursor<OrderExportRow>(orderQuery(scope), batchSize);

export const exportOrderLines = (scope: OrderExportScope, batchSize = EXPORT_BATCH) =>
  throughCursor<OrderLineExportRow>(orderLineQuery(scope), batchSize);
