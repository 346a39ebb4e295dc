import "server-only";
import { sql } from "drizzle-orm";
import { accounts, costPlans as cp, referenceItems, users } from "@/db/schema";
import {
  DELIVERY_LIST_SIZE,
  analytic,
  copyScope,
  inPeriod,
  toNumber,
  type DashboardArgs,
} from "./dashboards-shared";
import type { CostAccountRow, CostDelivery, CostSums } from "./dashboards-types";

type SumsRow = {
  currency: string;
  plans: number;
  planned: string;
  actual: string;
  forecast: string;
  without_actual: number;
  with_budget: number;
  over_budget: number;
  over_plan: number;
};

const costSums = (r: SumsRow): CostSums => {
  const plannedMinor = Number(r.planned);
  const forecastMinor = Number(r.forecast);
  return {
    currency: r.currency,
    plans: r.plans,
    plannedMinor,
    actualMinor: Number(r.actual),
    forecastMinor,
    varianceMinor: forecastMinor - plannedMinor,
    linesWithoutActual: r.without_actual,
    withBudget: r.with_budget,
    overBudget: r.over_budget,
    overPlan: r.over_plan,
  };
};

/**
 * Cost plan against actual for the cost plans **approved** in the period (the
 * director's decision date), each plan totalled as the cost workspace totals it;
 * then summed per currency, per owner and per industry (amounts never mix
 * currencies), and the plans furthest over plan by variance share. One statement
 * over the plans alone: owner, industry and line totals are trigger-kept copies on
 * cost_plans (migration 0004).
 */
export async function costDelivery({ actor, filters }: DashboardArgs): Promise<CostDelivery> {
  const { join, where } = copyScope(actor, filters, cp);
  const rows = await analytic<
    SumsRow & {
      kind: "group" | "over";
      rank: number | string;
      by_owner: boolean;
      by_industry: boolean;
      owner_id: string | null;
      industry_id: number | null;
      account_id: string | null;
      account_name: string | null;
      budget_minor: string | null;
      owner_name: string | null;
      industry_en: string | null;
      industry_zh: string | null;
    }
  >(sql`
    with t as materialized (
      select ${cp.accountId} as account_id, ${cp.currency} as currency,
        ${cp.budgetMinor} as budget_minor, ${cp.ownerId} as owner_id,
        ${cp.industryId} as industry_id, ${cp.linesPlannedMinor} as planned,
        ${cp.linesActualMinor} as actual, ${cp.linesForecastMinor} as forecast,
        ${cp.linesWithoutActual} as without_actual
      from ${cp} ${join}
      where ${cp.status} = 'approved' and ${inPeriod(cp.decidedAt, filters)} and ${where}
    ),
    g as (
      select 'group' as kind, grouping(t.owner_id) = 0 as by_owner,
        grouping(t.industry_id) = 0 as by_industry, t.currency, t.owner_id, t.industry_id,
        null::uuid as account_id, count(*)::int as plans,
        sum(t.planned)::text as planned, sum(t.actual)::text as actual,
        sum(t.forecast)::text as forecast, sum(t.without_actual)::int as without_actual,
        count(t.budget_minor)::int as with_budget,
        count(*) filter (where t.actual > t.budget_minor)::int as over_budget,
        count(*) filter (where t.forecast > t.planned)::int as over_plan,
        null::text as budget_minor, 0::bigint as rank
      from t
      group by grouping sets ((t.currency), (t.currency, t.owner_id), (t.currency, t.industry_id))
    ),
    o as (
      select 'over' as kind, false, false, x.currency, x.owner_id, x.industry_id, x.account_id,
        1, x.planned::text, x.actual::text, x.forecast::text, x.without_actual::int,
        (x.budget_minor is not null)::int, (x.actual > x.budget_minor)::int, 1,
        x.budget_minor::text, row_number() over (order by x.share desc nulls first,
          x.forecast - x.planned desc, x.account_id)
      from (
        select t.*, (t.forecast - t.planned)::float8 / nullif(t.planned, 0) as share from t
        where t.forecast > t.planned
        order by share desc nulls first, t.forecast - t.planned desc, t.account_id
        limit ${DELIVERY_LIST_SIZE}
      ) x
    ),
    r as (select * from g union all select * from o)
    select r.*, a.name as account_name, u.name as owner_name,
      i.name_en as industry_en,
      i.name_zh as industry_zh
    from r
      left join ${accounts} a on a.id = r.account_id
      left join ${users} u on u.id = r.owner_id
      left join ${referenceItems} i on i.id = r.industry_id`);
  const groups = rows.filter((r) => r.kind === "group");
  const byPlans = (a: CostSums, b: CostSums) =>
    b.plans - a.plans || a.currency.localeCompare(b.currency);
  return {
    totals: groups
      .filter((r) => !r.by_owner && !r.by_industry)
      .map(costSums)
      .sort(byPlans),
    owners: groups
      .filter((r) => r.by_owner)
      .map((r) => ({ ownerId: r.owner_id, ownerName: r.owner_name, ...costSums(r) }))
      .sort(
        (a, b) =>
          (a.ownerName ?? "\uffff").localeCompare(b.ownerName ?? "\uffff", "zh-CN") ||
          byPlans(a, b),
      ),
    industries: groups
      .filter((r) => r.by_industry)
      .map((r) => ({
        industryId: r.industry_id,
        industryEn: r.industry_en,
        industryZh: r.industry_zh,
        ...costSums(r),
      }))
      .sort((a, b) => byPlans(a, b) || (a.industryId ?? 0) - (b.industryId ?? 0)),
    overAccounts: rows
      .filter((r) => r.kind === "over")
      .sort((a, b) => toNumber(a.rank) - toNumber(b.rank))
      .map((r): CostAccountRow => {
        const sums = costSums(r);
        const budgetMinor = r.budget_minor === null ? null : Number(r.budget_minor);
        return {
          accountId: r.account_id!,
          accountName: r.account_name ?? "",
          ownerName: r.owner_name,
          currency: r.currency,
          plannedMinor: sums.plannedMinor,
          actualMinor: sums.actualMinor,
          forecastMinor: sums.forecastMinor,
          varianceMinor: sums.varianceMinor,
          budgetMinor,
          overBudget: budgetMinor !== null && sums.actualMinor > budgetMinor,
        };
      }),
  };
}
