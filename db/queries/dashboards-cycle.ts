import "server-only";
import { and, sql } from "drizzle-orm";
import { accounts, stageTransitions as st } from "@/db/schema";
import {
  accountConditions,
  analytic,
  transitionScope,
  inPeriod,
  bucketIndex,
  toNumber,
  type DashboardArgs,
} from "./dashboards-shared";
import {
  WEEKLY_UP_TO_DAYS,
  bucketDays,
  monthsOf,
  spanDays,
  weeksOf,
} from "@/lib/dashboards/periods";
import type { CycleCohort, Throughput } from "./dashboards-types";
import { readsStats } from "./dashboards-stats";
import { throughputFromStats } from "./dashboards-from-stats";

/**
 * Cycle time from creation to the first entry into execution, per monthly cohort of
 * the accounts created in the period. Accounts that never reached execution count
 * in `created` only.
 */
export async function cycleCohorts({ actor, filters }: DashboardArgs): Promise<CycleCohort[]> {
  const days = sql`extract(epoch from fe.first_at - ${accounts.createdAt}) / 86400`;
  const months = monthsOf(filters);
  const rows = await analytic<{
    month: number;
    created: number;
    reached: number;
    pct: (number | string)[] | null;
  }>(sql`
    select ${bucketIndex(accounts.createdAt, filters, "month")} as month,
      count(*)::int as created,
      count(fe.first_at)::int as reached,
      percentile_cont(array[0.5, 0.75, 0.9]) within group (order by ${days})
        filter (where fe.first_at is not null) as pct
    from ${accounts}
    left join (
      select ${st.accountId} as account_id, min(${st.at}) as first_at from ${st}
      where ${st.toStage} = 'execution' group by 1
    ) fe on fe.account_id = ${accounts.id}
    where ${and(inPeriod(accounts.createdAt, filters), ...accountConditions(actor, filters))}
    group by 1`);
  return months.map((m, i) => {
    const row = rows.find((r) => r.month === i + 1);
    const [median, p75, p90] = row?.pct?.map(toNumber) ?? [];
    return {
      month: m,
      created: row?.created ?? 0,
      reached: row?.reached ?? 0,
      median: median ?? null,
      p75: p75 ?? null,
      p90: p90 ?? null,
    };
  });
}

/** Accounts entering execution (forward moves) per week or month of the period. */
export async function throughput({ actor, filters }: DashboardArgs): Promise<Throughput> {
  const unit = spanDays(filters) <= WEEKLY_UP_TO_DAYS ? "week" : "month";
  const { join, where } = transitionScope(actor, filters);
  const rows = readsStats(actor, filters)
    ? await throughputFromStats(filters, unit)
    : await analytic<{ bucket: number; n: number }>(sql`
    select ${bucketIndex(st.at, filters, unit)} as bucket, count(*)::int as n from ${st} ${join}
    where ${st.toStage} = 'execution' and ${st.kind} = 'forward'
      and ${inPeriod(st.at, filters)} and ${where}
    group by 1`);
  const buckets = unit === "week" ? weeksOf(filters) : monthsOf(filters);
  return {
    unit,
    points: buckets.map((b, i) => ({
      bucket: b,
      entered: rows.find((r) => r.bucket === i + 1)?.n ?? 0,
      ...bucketDays(b, unit, filters),
    })),
  };
}
