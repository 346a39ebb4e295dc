import "server-only";
import { sql } from "drizzle-orm";
import { accountHealth, accounts, churnCases, serviceRequests as sr, users } from "@/db/schema";
import type { ChurnType } from "@/lib/stages/stages";
import { analytic, inPeriod, timeZone, type DashboardArgs } from "./dashboards-shared";
import { serviceScope } from "./dashboards-service";
import { referenceAlias, valueAccountConditions } from "./dashboards-value";

export const COMPOSITION_DIMENSIONS = [
  "type",
  "grade",
  "class",
  "industry",
  "area",
  "source",
] as const;
export type CompositionDimension = (typeof COMPOSITION_DIMENSIONS)[number];

/** Accounts with one value of one dimension; `key` is the enum value or reference id, `null` for none. */
export type CompositionRow = {
  dimension: CompositionDimension;
  key: string | null;
  nameEn: string | null;
  nameZh: string | null;
  accounts: number;
};

const industry = referenceAlias("industry");
const area = referenceAlias("area");
const source = referenceAlias("source");

/**
 * The open (not archived) accounts the filters select, counted by type, grade,
 * class, industry, area and source — their current values, one pass
 * (`grouping sets`).
 */
export async function accountComposition(args: DashboardArgs): Promise<CompositionRow[]> {
  const a = accounts;
  const rows = await analytic<{
    dim: number;
    type: string | null;
    grade: string | null;
    abc_class: string | null;
    ref_id: number | null;
    name_en: string | null;
    name_zh: string | null;
    n: number;
  }>(sql`
    select case
        when grouping(${a.type}) = 0 then 0 when grouping(${a.grade}) = 0 then 1
        when grouping(${a.abcClass}) = 0 then 2 when grouping(${a.industryId}) = 0 then 3
        when grouping(${a.areaId}) = 0 then 4 else 5 end as dim,
      ${a.type}::text as type, ${a.grade}::text as grade, ${a.abcClass}::text as abc_class,
      coalesce(${a.industryId}, ${a.areaId}, ${a.sourceId}) as ref_id,
      coalesce(${industry.en}, ${area.en}, ${source.en}) as name_en,
      coalesce(${industry.zh}, ${area.zh}, ${source.zh}) as name_zh,
      count(*)::int as n
    from ${a}
    ${industry.join(sql`${a.industryId}`)}
    ${area.join(sql`${a.areaId}`)}
    ${source.join(sql`${a.sourceId}`)}
    where ${a.archivedAt} is null and ${valueAccountConditions(args)}
    group by grouping sets ((${a.type}), (${a.grade}), (${a.abcClass}),
      (${a.industryId}, ${industry.en}, ${industry.zh}),
      (${a.areaId}, ${area.en}, ${area.zh}),
      (${a.sourceId}, ${source.en}, ${source.zh}))
    order by 1, n desc`);
  return rows.map((r) => {
    const dimension = COMPOSITION_DIMENSIONS[r.dim]!;
    const key =
      r.dim === 0
        ? r.type
        : r.dim === 1
          ? r.grade
          : r.dim === 2
            ? r.abc_class
            : r.ref_id === null
              ? null
              : String(r.ref_id);
    return { dimension, key, nameEn: r.name_en, nameZh: r.name_zh, accounts: r.n };
  });
}

export const SERVICE_DIMENSIONS = ["type", "channel", "product"] as const;
export type ServiceDimension = (typeof SERVICE_DIMENSIONS)[number];
export type ServiceMixRow = { dimension: ServiceDimension; key: string; requests: number };

/** How many products the service composition names; the rest are one "other" row. */
export const SERVICE_PRODUCTS_SHOWN = 15;

/**
 * Service requests received in the period by type, channel and product (as typed on
 * the request, "" when none), scoped like the service dashboards.
 */
export async function serviceComposition(args: DashboardArgs): Promise<ServiceMixRow[]> {
  const s = serviceScope(args);
  const rows = await analytic<{ dim: number; key: string; n: number }>(sql`
    select case when grouping(${sr.type}) = 0 then 0 when grouping(${sr.channel}) = 0 then 1 else 2 end as dim,
      coalesce(${sr.type}::text, ${sr.channel}::text, btrim(${sr.product})) as key,
      count(*)::int as n
    from ${sr} ${s.join}
    where ${inPeriod(sr.receivedAt, args.filters)} and ${s.where}
    group by grouping sets ((${sr.type}), (${sr.channel}), (btrim(${sr.product})))
    order by 1, n desc, 2`);
  return rows.map((r) => ({
    dimension: SERVICE_DIMENSIONS[r.dim]!,
    key: r.key,
    requests: r.n,
  }));
}

export type ChurnQuarterRow = {
  /** First day of the quarter the account churned in (local time). */
  quarter: string;
  churnType: ChurnType | null;
  churned: number;
  winBack: number;
  recovered: number;
  lost: number;
  lostRevenueMinor: number;
};

/**
 * Churn cases by quarter churned and churn type: how many churned, how many of
 * them went to win-back, were recovered or lost for good by now, and the yearly
 * revenue they took.
 */
export async function churnByQuarter(args: DashboardArgs): Promise<ChurnQuarterRow[]> {
  const c = churnCases;
  const rows = await analytic<{
    quarter: string;
    churn_type: ChurnType | null;
    churned: number;
    win_back: number;
    recovered: number;
    lost: number;
    lost_revenue: number;
  }>(sql`
    select to_char(date_trunc('quarter', ${c.churnedAt} at time zone ${timeZone()}), 'YYYY-MM-DD') as quarter,
      ${c.churnType} as churn_type,
      count(*)::int as churned,
      count(${c.winBackAt})::int as win_back,
      count(*) filter (where ${c.status} = 'recovered')::int as recovered,
      count(*) filter (where ${c.status} = 'lost')::int as lost,
      coalesce(sum(${c.lostYearlyRevenueMinor}), 0)::float8 as lost_revenue
    from ${c} join ${accounts} on ${accounts.id} = ${c.accountId}
    where ${c.churnedAt} is not null and ${inPeriod(c.churnedAt, args.filters)}
      and ${valueAccountConditions(args)}
    group by 1, 2 order by 1, 2`);
  return rows.map((r) => ({
    quarter: r.quarter,
    churnType: r.churn_type,
    churned: r.churned,
    winBack: r.win_back,
    recovered: r.recovered,
    lost: r.lost,
    lostRevenueMinor: r.lost_revenue,
  }));
}

export type AtRiskOwnerRow = {
  ownerId: string | null;
  ownerName: string | null;
  /** Health "at risk" as the health job last computed it. */
  atRisk: number;
  watch: number;
  /** Open churn cases a person flagged at risk. */
  flagged: number;
};

/** Per owner, now: accounts whose health is at risk or on watch, and those flagged at risk. */
export async function atRiskByOwner(args: DashboardArgs): Promise<AtRiskOwnerRow[]> {
  const rows = await analytic<{
    owner_id: string | null;
    owner_name: string | null;
    at_risk: number;
    watch: number;
    flagged: number;
  }>(sql`
    select ${accounts.ownerId} as owner_id, ${users.name} as owner_name,
      count(*) filter (where ${accountHealth.level} = 'at_risk')::int as at_risk,
      count(*) filter (where ${accountHealth.level} = 'watch')::int as watch,
      count(*) filter (where ${churnCases.id} is not null)::int as flagged
    from ${accounts}
    left join ${accountHealth} on ${accountHealth.accountId} = ${accounts.id}
    left join ${churnCases} on ${churnCases.accountId} = ${accounts.id}
      and ${churnCases.status} = 'at_risk'
    left join ${users} on ${users.id} = ${accounts.ownerId}
    where ${accounts.archivedAt} is null and ${valueAccountConditions(args)}
      and (${accountHealth.level} in ('at_risk', 'watch') or ${churnCases.id} is not null)
    group by 1, 2 order by 3 desc, 2 nulls last`);
  return rows.map((r) => ({
    ownerId: r.owner_id,
    ownerName: r.owner_name,
    atRisk: r.at_risk,
    watch: r.watch,
    flagged: r.flagged,
  }));
}
