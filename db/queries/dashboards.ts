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
  periodStart,
  bucketIndex,
  toNumber,
  type DashboardArgs,
} from "./dashboards-shared";
import { monthsOf } from "./dashboards-periods";
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

/** Stays per distribution bucket: index 0 is < 3 days … BUCKET_COUNT - 1 is ≥ 90. */
const bucketCounts = sql.join(
  Array.from(
    { length: BUCKET_COUNT },
    (_, i) =>
      sql`count(*) filter (where width_bucket(${st.durationDays}, array[${sql.raw(DURATION_BUCKETS.join(","))}]::float8[]) = ${sql.raw(String(i))})::int`,
  ),
  sql`, `,
);

/**
 * Time in stage over the stays that ended in the period: p25/median/p75/p90 and
 * the distribution per stage, and the median per stage and month (two queries,
 * run side by side). `durationDays` is written when the account leaves, so this
 * is a range scan, not a window over history.
 */
export async function timeInStage({
  actor,
  filters,
}: DashboardArgs): Promise<{ stages: StageTiming[]; trend: MedianTrendPoint[] }> {
  const { join, where } = transitionScope(actor, filters);
  const from = sql`from ${st} ${join}
    where ${st.toStage} in (${list(TIMED_STAGES)})
      and ${inPeriod(st.exitedAt, filters)}
      and ${where}`;
  const [summary, trend] = await Promise.all([
    analytic<{ stage: TimedStage; stays: number; pct: (number | string)[]; buckets: number[] }>(
      sql`select ${st.toStage} as stage, count(*)::int as stays,
        percentile_cont(array[0.25, 0.5, 0.75, 0.9]) within group (order by ${st.durationDays}) as pct,
        array[${bucketCounts}] as buckets
      ${from} group by 1`,
    ),
    analytic<{ stage: TimedStage; month: number; stays: number; median: number | string }>(
      sql`select ${st.toStage} as stage, ${bucketIndex(st.exitedAt, filters, "month")} as month,
        count(*)::int as stays,
        percentile_cont(0.5) within group (order by ${st.durationDays}) as median
      ${from} group by 1, 2`,
    ),
  ]);
  const months = monthsOf(filters);
  const stages: StageTiming[] = TIMED_STAGES.map((stage) => {
    const row = summary.find((r) => r.stage === stage);
    if (!row) return { stage, stays: 0, timing: null, buckets: Array(BUCKET_COUNT).fill(0) };
    const [p25, median, p75, p90] = row.pct.map(toNumber);
    return {
      stage,
      stays: row.stays,
      timing: { p25: p25!, median: median!, p75: p75!, p90: p90! },
      buckets: row.buckets,
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
 * (moves are one stage at a time, so reaching a stage means passing all before it),
 * and where the cohort stands now.
 */
export async function funnel({ actor, filters }: DashboardArgs): Promise<Funnel> {
  const cohortWhere = and(
    inPeriod(accounts.createdAt, filters),
    ...accountConditions(actor, filters),
  );
  const rows = await analytic<{ kind: "now" | "reached"; stage: Stage; n: number }>(sql`
    with cohort as materialized (
      select ${accounts.id} as id, ${accounts.stage} as stage from ${accounts} where ${cohortWhere}
    )
    select 'now' as kind, stage::text as stage, count(*)::int as n from cohort group by stage
    union all
    select 'reached', t.to_stage::text, count(distinct t.account_id)::int
    from ${st} t join cohort c on c.id = t.account_id
    where t.to_stage in (${list(PIPELINE_STAGES)}) and t.at >= ${periodStart(filters)}
    group by t.to_stage`);
  const now = (stage: Stage) => rows.find((r) => r.kind === "now" && r.stage === stage)?.n ?? 0;
  const created = rows.filter((r) => r.kind === "now").reduce((sum, r) => sum + r.n, 0);
  return {
    created,
    steps: PIPELINE_STAGES.map((stage) => ({
      stage,
      reached: rows.find((r) => r.kind === "reached" && r.stage === stage)?.n ?? 0,
    })),
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
  return {
    byStage: PIPELINE_STAGES.map((stage) => ({
      key: stage,
      count: byStage.find((r) => r.stage === stage)?.n ?? 0,
    })).filter((r) => r.key !== "execution"),
    reasons: reasons.map((r) => ({ reason: r.reason, count: r.n })),
    total: byStage.reduce((sum, r) => sum + r.n, 0),
  };
}

/** Churn moves recorded in the period, by churn type. */
export async function churn({ actor, filters }: DashboardArgs): Promise<ChurnReport> {
  const { join, where } = transitionScope(actor, filters);
  const rows = await analytic<{ type: ChurnType | null; n: number }>(sql`
    select ${st.churnType} as type, count(*)::int as n from ${st} ${join}
    where ${st.toStage} = 'churned' and ${inPeriod(st.at, filters)} and ${where}
    group by 1 order by 2 desc`);
  return {
    byType: rows
      .filter((r): r is { type: ChurnType; n: number } => r.type !== null)
      .map((r) => ({ key: r.type, count: r.n })),
    total: rows.reduce((sum, r) => sum + r.n, 0),
  };
}

/** People who can own accounts, for the owner filter: managers and directors, active first. */
export async function dashboardOwners() {
  return db
    .select({ id: users.id, name: users.name, active: users.active })
    .from(users)
    .where(inArray(users.role, ["manager", "director"]))
    .orderBy(desc(users.active), asc(users.name));
}
