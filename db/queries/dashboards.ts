import "server-only";
import { and, asc, desc, inArray, sql } from "drizzle-orm";
import { db } from "@/db";
import { accounts, stageTransitions as st, users } from "@/db/schema";
import {
  PIPELINE_STAGES,
  type ChurnType,
  type PipelineStage,
  type Stage,
} from "@/lib/stages/stages";
import {
  accountConditions,
  analytic,
  transitionScope,
  inPeriod,
  bucketIndex,
  monthSegments,
  toNumber,
  type DashboardArgs,
} from "./dashboards-shared";
import { OWNER_ROLES } from "./users";
import { readsStats } from "./dashboards-stats";
import {
  churnFromStats,
  churnReport,
  dropsFromStats,
  dropsReport,
  timeInStageFromStats,
} from "./dashboards-from-stats";
import { monthsOf } from "@/lib/dashboards/periods";
import {
  BUCKET_COUNT,
  DURATION_BUCKETS,
  TIMED_STAGES,
  type ChurnReport,
  type DropsReport,
  type Funnel,
  type MedianTrendPoint,
  type StageTiming,
  type TimedStage,
} from "./dashboards-types";

const list = (values: readonly string[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );

/**
 * Stays shorter than each bucket bound (cumulative): plain comparisons are far cheaper
 * per row than a width_bucket per bucket; the buckets are the differences.
 */
const shorterThan = sql.join(
  DURATION_BUCKETS.map(
    (bound) => sql`count(*) filter (where ${st.durationDays} < ${sql.raw(String(bound))})::int`,
  ),
  sql`, `,
);

/** Per-bucket counts (index 0 is < 3 days … BUCKET_COUNT - 1 is ≥ 90) from the cumulative ones. */
const bucketsOf = (stays: number, below: number[]) =>
  Array.from({ length: BUCKET_COUNT }, (_, i) => (below[i] ?? stays) - (i > 0 ? below[i - 1]! : 0));

/**
 * Time in stage over the stays that ended in the period: p25/median/p75/p90 and
 * the distribution per stage, and the median per stage and month (two queries,
 * run side by side). For the roles that see every account (no owner filter) they come from the
 * pre-aggregated stays (`dashboards-from-stats.ts`); a manager's from the rows:
 * `durationDays` is written when the account leaves, so this
 * is a range scan, not a window over history. Without an account-attribute filter
 * the monthly medians aggregate each stage × month by its own index range, so no
 * query sorts the whole period (a year of stays is ~170k rows at 100k accounts).
 */
export async function timeInStage({
  actor,
  filters,
}: DashboardArgs): Promise<{ stages: StageTiming[]; trend: MedianTrendPoint[] }> {
  if (readsStats(actor, filters)) return timeInStageFromStats(filters);
  const { join, where, joinsAccounts } = transitionScope(actor, filters);
  const from = sql`from ${st} ${join}
    where ${st.toStage} in (${list(TIMED_STAGES)})
      and ${inPeriod(st.exitedAt, filters)}
      and ${where}`;
  const months = monthsOf(filters);
  const trendQuery = joinsAccounts
    ? sql`select ${st.toStage} as stage, ${bucketIndex(st.exitedAt, filters, "month")} as month,
        count(*)::int as stays,
        percentile_cont(0.5) within group (order by ${st.durationDays}) as median
      ${from} group by 1, 2`
    : sql`select s.stage, m.i as month, x.stays, x.median
      from unnest(array[${list(TIMED_STAGES)}]::stage[]) s(stage)
      cross join ${monthSegments(filters, months.length)} m
      cross join lateral (
        select count(*)::int as stays,
          percentile_cont(0.5) within group (order by ${st.durationDays}) as median
        from ${st}
        where ${st.toStage} = s.stage and ${st.exitedAt} >= m.lo and ${st.exitedAt} < m.hi
          and ${where}) x
      where x.stays > 0`;
  const [summary, trend] = await Promise.all([
    analytic<{ stage: TimedStage; stays: number; pct: (number | string)[]; below: number[] }>(
      sql`select ${st.toStage} as stage, count(*)::int as stays,
        percentile_cont(array[0.25, 0.5, 0.75, 0.9]) within group (order by ${st.durationDays}) as pct,
        array[${shorterThan}] as below
      ${from} group by 1`,
    ),
    analytic<{ stage: TimedStage; month: number; stays: number; median: number | string }>(
      trendQuery,
    ),
  ]);
  const stages: StageTiming[] = TIMED_STAGES.map((stage) => {
    const row = summary.find((r) => r.stage === stage);
    if (!row) return { stage, stays: 0, timing: null, buckets: Array(BUCKET_COUNT).fill(0) };
    const [p25, median, p75, p90] = row.pct.map(toNumber);
    return {
      stage,
      stays: row.stays,
      timing: { p25: p25!, median: median!, p75: p75!, p90: p90! },
      buckets: bucketsOf(row.stays, row.below),
    };
  });
  return {
    stages,
    trend: trend
      .map((r) => ({
        month: months[r.month - 1] ?? "",
        stage: r.stage,
        stays: r.stays,
        median: toNumber(r.median),
      }))
      .sort((a, b) => a.month.localeCompare(b.month) || a.stage.localeCompare(b.stage)),
  };
}

/**
 * Funnel of the accounts created in the period: how many ever reached each stage
 * and where the cohort stands now. Moves go one stage at a time, so reaching a stage
 * means passing all before it: "reached X" counts the cohort whose trigger-kept
 * `furthest_stage` is X or later, one pass over the cohort's index entries.
 */
export async function funnel({ actor, filters }: DashboardArgs): Promise<Funnel> {
  const cohortWhere = and(
    inPeriod(accounts.createdAt, filters),
    ...accountConditions(actor, filters),
  );
  const rows = await analytic<{ stage: Stage; furthest: PipelineStage | null; n: number }>(sql`
    select ${accounts.stage} as stage, ${accounts.furthestStage} as furthest, count(*)::int as n
    from ${accounts} where ${cohortWhere} group by 1, 2`);
  const created = rows.reduce((sum, r) => sum + r.n, 0);
  const now = (stage: Stage) =>
    rows.filter((r) => r.stage === stage).reduce((sum, r) => sum + r.n, 0);
  const furthest = (stage: PipelineStage) =>
    rows.filter((r) => r.furthest === stage).reduce((sum, r) => sum + r.n, 0);
  let later = 0;
  const reached = new Map<PipelineStage, number>();
  for (const stage of [...PIPELINE_STAGES].reverse()) {
    later += furthest(stage);
    reached.set(stage, later);
  }
  return {
    created,
    steps: PIPELINE_STAGES.map((stage) => ({ stage, reached: reached.get(stage) ?? 0 })),
    dropped: now("dropped"),
    churned: now("churned"),
    open: created - now("dropped") - now("churned"),
  };
}

/** Drops recorded in the period: the stage they left and the most frequent reasons. */
export async function drops(
  { actor, filters }: DashboardArgs,
  topReasons = 8,
): Promise<DropsReport> {
  if (readsStats(actor, filters)) return dropsFromStats(filters, topReasons);
  const { join, where } = transitionScope(actor, filters);
  const base = sql`from ${st} ${join}
    where ${st.toStage} = 'dropped' and ${inPeriod(st.at, filters)} and ${where}`;
  const reason = sql`btrim(${st.note})`;
  const [byStage, reasons] = await Promise.all([
    analytic<{ stage: PipelineStage; n: number }>(
      sql`select ${st.fromStage} as stage, count(*)::int as n ${base} group by 1`,
    ),
    analytic<{ reason: string; n: number }>(
      sql`select ${reason} as reason, count(*)::int as n ${base}
        group by 1 order by 2 desc, 1 limit ${topReasons}`,
    ),
  ]);
  return dropsReport(byStage, reasons);
}

/** Churn moves recorded in the period, by churn type. */
export async function churn({ actor, filters }: DashboardArgs): Promise<ChurnReport> {
  if (readsStats(actor, filters)) return churnFromStats(filters);
  const { join, where } = transitionScope(actor, filters);
  const rows = await analytic<{ type: ChurnType | null; n: number }>(sql`
    select ${st.churnType} as type, count(*)::int as n from ${st} ${join}
    where ${st.toStage} = 'churned' and ${inPeriod(st.at, filters)} and ${where}
    group by 1 order by 2 desc`);
  return churnReport(rows);
}

/** People who can own accounts (the policy's `canOwnAccounts`), for the owner filter, active first. */
export async function dashboardOwners() {
  return db
    .select({ id: users.id, name: users.name, active: users.active })
    .from(users)
    .where(inArray(users.role, OWNER_ROLES))
    .orderBy(desc(users.active), asc(users.name));
}
