import "server-only";
import { and, between, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { db } from "@/db";
import { accounts, orders, users } from "@/db/schema";
import { REVENUE_STATUSES } from "@/lib/orders/types";
import type { Actor } from "@/lib/policy";
import type { ReportPeriod } from "@/lib/service/report";
import { visibleAccounts } from "./visibility";

/**
 * The printed sales report (销售报表, seed 002): confirmed and delivered orders dated in
 * a period, per customer manager and per account, over the accounts the user sees
 * (visibleAccounts), optionally one manager's. Amounts are the orders' kept totals in
 * minor units, one row per currency (an order keeps its own currency); margin counts
 * the costed lines only, as the account value does.
 */
export type SalesReportArgs = { actor: Actor; period: ReportPeriod; ownerId?: string };

function salesConditions({ actor, period, ownerId }: SalesReportArgs): SQL | undefined {
  return and(
    inArray(orders.status, [...REVENUE_STATUSES]),
    between(orders.orderDate, period.from, period.to),
    visibleAccounts(actor),
    ownerId ? eq(accounts.ownerId, ownerId) : undefined,
  );
}

const sums = {
  currency: orders.currency,
  orders: sql<number>`count(*)::int`.mapWith(Number),
  revenueMinor: sql<number>`sum(${orders.totalMinor})::bigint`.mapWith(Number),
  marginMinor: sql<number | null>`sum(${orders.costedAmountMinor} - ${orders.costMinor})
    filter (where ${orders.costMinor} is not null)::bigint`.mapWith((v) =>
    v === null ? null : Number(v),
  ),
  costedOrders: sql<number>`count(${orders.costMinor})::int`.mapWith(Number),
};

/** Per customer manager (null: accounts without one), highest revenue first. */
export async function salesByManager(args: SalesReportArgs) {
  return db
    .select({
      ownerId: accounts.ownerId,
      ownerName: users.name,
      accounts: sql<number>`count(distinct ${orders.accountId})::int`.mapWith(Number),
      ...sums,
    })
    .from(orders)
    .innerJoin(accounts, eq(accounts.id, orders.accountId))
    .leftJoin(users, eq(users.id, accounts.ownerId))
    .where(salesConditions(args))
    .groupBy(accounts.ownerId, users.name, orders.currency)
    .orderBy(orders.currency, desc(sql`sum(${orders.totalMinor})`), users.name);
}
export type SalesByManager = Awaited<ReturnType<typeof salesByManager>>[number];

/**
 * Per account, at most `limit` accounts (a printed page holds so many; the orders
 * export has them all) with all their currency rows together, and how many accounts
 * had sales in all. Amounts in different currencies are not converted, so an account
 * ranks by its largest currency total: highest first, then by name; within an account
 * its currencies by revenue.
 */
export async function salesByAccount(args: SalesReportArgs, limit: number) {
  const perCurrency = db
    .select({
      accountId: accounts.id,
      name: accounts.name,
      revenue: sql<number>`sum(${orders.totalMinor})`.as("revenue"),
    })
    .from(orders)
    .innerJoin(accounts, eq(accounts.id, orders.accountId))
    .where(salesConditions(args))
    .groupBy(accounts.id, orders.currency)
    .as("per_currency");
  const ranked = db
    .select({
      accountId: perCurrency.accountId,
      top: sql<number>`max(${perCurrency.revenue})`.as("top"),
      total: sql<number>`count(*) over ()`.as("total"),
    })
    .from(perCurrency)
    .groupBy(perCurrency.accountId, perCurrency.name)
    .orderBy(desc(sql`max(${perCurrency.revenue})`), perCurrency.name, perCurrency.accountId)
    .limit(limit)
    .as("ranked");
  const rows = await db
    .select({
      accountId: accounts.id,
      name: accounts.name,
      code: accounts.code,
      ownerName: users.name,
      lastOrderDate: sql<string>`max(${orders.orderDate})::text`,
      total: sql<number>`${ranked.total}::int`.mapWith(Number),
      ...sums,
    })
    .from(orders)
    .innerJoin(accounts, eq(accounts.id, orders.accountId))
    .innerJoin(ranked, eq(ranked.accountId, accounts.id))
    .leftJoin(users, eq(users.id, accounts.ownerId))
    .where(salesConditions(args))
    .groupBy(accounts.id, users.name, orders.currency, ranked.top, ranked.total)
    .orderBy(
      desc(ranked.top),
      accounts.name,
      accounts.id,
      desc(sql`sum(${orders.totalMinor})`),
      orders.currency,
    );
  return { rows, total: rows[0]?.total ?? 0 };
}
export type SalesByAccount = Awaited<ReturnType<typeof salesByAccount>>["rows"][number];
