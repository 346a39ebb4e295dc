import "server-only";
import { and, eq, sql, type SQL } from "drizzle-orm";
import {
  abcClassHistory,
  accounts,
  accountValue,
  orders,
  referenceItems,
  users,
  valueParetoPoints,
  valueSegmentStats as vs,
} from "@/db/schema";
import { DEFAULT_CURRENCY } from "@/lib/cost/money";
import { REVENUE_STATUSES } from "@/lib/orders/types";
import { seesAllAccounts } from "@/lib/policy";
import type { AbcClass } from "@/lib/value/abc";
import { paretoRankFilter } from "@/lib/value/value-stats";
import {
  accountConditions,
  analytic,
  periodEnd,
  periodStart,
  type DashboardArgs,
} from "./dashboards-shared";
import type { DashboardFilters } from "./dashboards-types";
import { visibleByAccount } from "./visibility";

/** Orders that count as revenue, as the recompute counts them (confirmed or delivered). */
const SOLD = sql`${orders.status} in (${sql.join(
  REVENUE_STATUSES.map((s) => sql`${s}`),
  sql`, `,
)})`;

/**
 * Where the value views' money comes from: `trailing` — each account's trailing
 * 12 months as of the latest ABC recompute (`account_value`, what the classes are
 * computed from; the dashboards); `period` — the orders dated in the filters'
 * period (the quarterly report).
 */
export type ValueBasis = "trailing" | "period";
export type ValueArgs = DashboardArgs & { basis: ValueBasis };

/** The account filters of the value views: visibility, owner, industry, grade, source and class. */
export function valueAccountConditions({ actor, filters: f }: DashboardArgs): SQL {
  const where = accountConditions(actor, f);
  if (f.abcClass) where.push(eq(accounts.abcClass, f.abcClass));
  return and(...where) ?? sql`true`;
}

/**
 * Revenue and margin per account with revenue, as a derived table
 * `p(account_id, revenue, margin, orders)` (uncast, so an order by revenue can read
 * `account_value_revenue_idx`): margin is the costed lines' amount less their cost. Visibility also applies here, so a manager's sums start from their
 * accounts.
 */
function perAccount(args: ValueArgs) {
  const f = args.filters;
  if (args.basis === "trailing") {
    return sql`(select ${accountValue.accountId} as account_id,
        ${accountValue.revenueMinor} as revenue,
        coalesce(${accountValue.marginMinor}, 0) as margin,
        ${accountValue.orderCount} as orders
      from ${accountValue}
      where ${accountValue.revenueMinor} > 0
        and ${visibleByAccount(args.actor, accountValue.accountId) ?? sql`true`}) as p`;
  }
  return sql`(select ${orders.accountId} as account_id,
      sum(${orders.totalMinor}) as revenue,
      coalesce(sum(${orders.costedAmountMinor} - ${orders.costMinor})
        filter (where ${orders.costMinor} is not null), 0) as margin,
      count(*)::int as orders
    from ${orders}
    where ${orders.orderDate} between ${f.from}::date and ${f.to}::date and ${SOLD}
      and ${orders.currency} = ${DEFAULT_CURRENCY}
      and ${visibleByAccount(args.actor, orders.accountId) ?? sql`true`}
    group by 1
    having sum(${orders.totalMinor}) > 0) as p`;
}

/**
 * Whether the trailing sums can come from the recompute's stats: for the roles that
 * see every account (the stats carry no account ids), without the grade and source
 * filters (not kept there).
 */
export const readsValueStats = (args: ValueArgs) =>
  args.basis === "trailing" &&
  seesAllAccounts(args.actor) &&
  !args.filters.grade &&
  !args.filters.sourceId;

export const CONTRIBUTION_DIMENSIONS = ["owner", "industry", "area", "class"] as const;
export type ContributionDimension = (typeof CONTRIBUTION_DIMENSIONS)[number];

export type ContributionRow = {
  dimension: ContributionDimension | "total";
  /** Owner id, reference item id or class; `null` when the accounts have none. */
  key: string | null;
  name: string | null;
  nameZh: string | null;
  accounts: number;
  orders: number;
  revenueMinor: number;
  marginMinor: number;
};

/** `reference_items` joined under `name`, with its two names, for grouping by a reference. */
export function referenceAlias(name: "industry" | "area" | "source") {
  const id = sql.identifier(name);
  return {
    join: (on: SQL) => sql`left join ${referenceItems} as ${id} on ${id}.id = ${on}`,
    en: sql`${id}.name_en`,
    zh: sql`${id}.name_zh`,
  };
}

const industry = referenceAlias("industry");
const area = referenceAlias("area");

/**
 * The rows the contribution sums: one per account with revenue (`accounts` = 1), or
 * the recompute's segment rows when `readsValueStats`, as a derived table `s`.
 */
function contributionRows(args: ValueArgs) {
  const f = args.filters;
  if (readsValueStats(args)) {
    const where = and(
      f.ownerId ? eq(vs.ownerId, f.ownerId) : undefined,
      f.industryId ? eq(vs.industryId, f.industryId) : undefined,
      f.abcClass ? eq(vs.abcClass, f.abcClass) : undefined,
    );
    return sql`(select ${vs.ownerId} as owner_id, ${vs.industryId} as industry_id,
        ${vs.areaId} as area_id, ${vs.abcClass} as abc_class, ${vs.accounts} as accounts,
        ${vs.orders} as orders, ${vs.revenueMinor}::float8 as revenue, ${vs.marginMinor}::float8 as margin
      from ${vs} where ${where ?? sql`true`}) as s`;
  }
  return sql`(select ${accounts.ownerId} as owner_id, ${accounts.industryId} as industry_id,
      ${accounts.areaId} as area_id, ${accounts.abcClass} as abc_class, 1 as accounts,
      p.orders, p.revenue, p.margin
    from ${perAccount(args)}
    join ${accounts} on ${accounts.id} = p.account_id
    where ${valueAccountConditions(args)}) as s`;
}

/**
 * Revenue, margin, accounts with revenue and their orders per owner, industry, area
 * and class, and in all — one pass (`grouping sets`).
 */
export async function contributionBy(args: ValueArgs): Promise<ContributionRow[]> {
  const rows = await analytic<{
    g_owner: number;
    g_industry: number;
    g_area: number;
    g_class: number;
    owner_id: string | null;
    owner_name: string | null;
    industry_id: number | null;
    industry_en: string | null;
    industry_zh: string | null;
    area_id: number | null;
    area_en: string | null;
    area_zh: string | null;
    abc_class: AbcClass | null;
    accounts: number;
    orders: number;
    revenue: number;
    margin: number;
  }>(sql`
    select grouping(s.owner_id) as g_owner, grouping(s.industry_id) as g_industry,
      grouping(s.area_id) as g_area, grouping(s.abc_class) as g_class,
      s.owner_id, ${users.name} as owner_name,
      s.industry_id, ${industry.en} as industry_en, ${industry.zh} as industry_zh,
      s.area_id, ${area.en} as area_en, ${area.zh} as area_zh, s.abc_class,
      sum(s.accounts)::int as accounts, sum(s.orders)::int as orders,
      sum(s.revenue)::float8 as revenue, sum(s.margin)::float8 as margin
    from ${contributionRows(args)}
    left join ${users} on ${users.id} = s.owner_id
    ${industry.join(sql`s.industry_id`)}
    ${area.join(sql`s.area_id`)}
    group by grouping sets ((s.owner_id, ${users.name}),
      (s.industry_id, ${industry.en}, ${industry.zh}),
      (s.area_id, ${area.en}, ${area.zh}), (s.abc_class), ())
    order by revenue desc`);
  return rows.map((r) => {
    const common = {
      accounts: r.accounts,
      orders: r.orders,
      revenueMinor: r.revenue,
      marginMinor: r.margin,
    };
    const id = (value: number | null) => (value === null ? null : String(value));
    if (!r.g_owner)
      return { dimension: "owner", key: r.owner_id, name: r.owner_name, nameZh: null, ...common };
    if (!r.g_industry)
      return {
        dimension: "industry",
        key: id(r.industry_id),
        name: r.industry_en,
        nameZh: r.industry_zh,
        ...common,
      };
    if (!r.g_area)
      return {
        dimension: "area",
        key: id(r.area_id),
        name: r.area_en,
        nameZh: r.area_zh,
        ...common,
      };
    if (!r.g_class)
      return { dimension: "class", key: r.abc_class, name: r.abc_class, nameZh: null, ...common };
    return { dimension: "total", key: null, name: null, nameZh: null, ...common };
  });
}

export type TopAccountRow = {
  accountId: string;
  name: string;
  ownerName: string | null;
  abcClass: AbcClass | null;
  orders: number;
  revenueMinor: number;
  marginMinor: number;
};

/** The accounts with the most revenue, most first. */
export async function topAccounts(args: ValueArgs, limit = 20): Promise<TopAccountRow[]> {
  const rows = await analytic<{
    account_id: string;
    name: string;
    owner_name: string | null;
    abc_class: AbcClass | null;
    orders: number;
    revenue: number;
    margin: number;
  }>(sql`
    select p.account_id, ${accounts.name} as name, ${users.name} as owner_name,
      ${accounts.abcClass} as abc_class, p.orders, p.revenue::float8 as revenue,
      p.margin::float8 as margin
    from ${perAccount(args)}
    join ${accounts} on ${accounts.id} = p.account_id
    left join ${users} on ${users.id} = ${accounts.ownerId}
    where ${valueAccountConditions(args)}
    order by p.revenue desc nulls last, p.account_id
    limit ${limit}`);
  return rows.map((r) => ({
    accountId: r.account_id,
    name: r.name,
    ownerName: r.owner_name,
    abcClass: r.abc_class,
    orders: r.orders,
    revenueMinor: r.revenue,
    marginMinor: r.margin,
  }));
}

/** A point of the Pareto curve: the top `rank` accounts hold `cumulativeMinor` of the total. */
export type ParetoPoint = { rank: number; cumulativeMinor: number };
export type Pareto = {
  /** Accounts with revenue (the curve's x axis runs over them). */
  accounts: number;
  totalMinor: number;
  points: ParetoPoint[];
};

const hasNoFilter = (f: DashboardArgs["filters"]) =>
  !f.ownerId && !f.industryId && !f.grade && !f.sourceId && !f.abcClass;

/**
 * Accounts ranked by revenue with the running sum, cut to about a hundred points
 * (`paretoRankFilter`): the curve the recompute stored when the view is every
 * account's trailing revenue, else ranked here.
 */
export async function paretoOfRevenue(args: ValueArgs): Promise<Pareto> {
  const rows =
    readsValueStats(args) && hasNoFilter(args.filters)
      ? await analytic<{ rank: number; cumulative: number; n: number; total: number }>(sql`
          select ${valueParetoPoints.rank} as rank,
            ${valueParetoPoints.cumulativeMinor}::float8 as cumulative,
            ${valueParetoPoints.accounts} as n, ${valueParetoPoints.totalMinor}::float8 as total
          from ${valueParetoPoints} order by 1`)
      : await analytic<{ rank: number; cumulative: number; n: number; total: number }>(sql`
          select rank::int, cumulative::float8 as cumulative, n::int, total::float8 as total from (
            select row_number() over w as rank, sum(p.revenue) over w as cumulative,
              count(*) over () as n, sum(p.revenue) over () as total
            from ${perAccount(args)}
            join ${accounts} on ${accounts.id} = p.account_id
            where ${valueAccountConditions(args)}
            window w as (order by p.revenue desc nulls last, p.account_id rows unbounded preceding)) ranked
          where ${paretoRankFilter(sql`rank`, sql`n`)}
          order by 1`);
  return {
    accounts: rows[0]?.n ?? 0,
    totalMinor: rows[0]?.total ?? 0,
    points: rows.map((r) => ({ rank: r.rank, cumulativeMinor: r.cumulative })),
  };
}

export type ClassMove = { fromClass: AbcClass | null; toClass: AbcClass | null; accounts: number };

/**
 * How the accounts' classes changed between the period's first and last day (from
 * the class history): per (class the day before the period, class at its end), the
 * accounts whose class differs. `null` is "no class yet".
 */
export async function classMoves(args: DashboardArgs): Promise<ClassMove[]> {
  const f: DashboardFilters = args.filters;
  const h = abcClassHistory;
  const lastBefore = (end: SQL) => sql`(select x.to_class from ${h} as x
    where x.account_id = changed.account_id and x.at < ${end}
    order by x.at desc, x.id desc limit 1)`;
  const rows = await analytic<{
    from_class: AbcClass | null;
    to_class: AbcClass | null;
    n: number;
  }>(sql`
    with changed as (
      select distinct ${h.accountId} as account_id from ${h}
      where ${h.at} >= ${periodStart(f)} and ${h.at} < ${periodEnd(f)}),
    moved as (
      select ${lastBefore(periodStart(f))} as from_class, ${lastBefore(periodEnd(f))} as to_class
      from changed join ${accounts} on ${accounts.id} = changed.account_id
      where ${valueAccountConditions(args)})
    select from_class, to_class, count(*)::int as n from moved
    where from_class is distinct from to_class
    group by 1, 2 order by 1 nulls first, 2 nulls first`);
  return rows.map((r) => ({ fromClass: r.from_class, toClass: r.to_class, accounts: r.n }));
}
