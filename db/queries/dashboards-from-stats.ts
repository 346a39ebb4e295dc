import "server-only";
import { sql } from "drizzle-orm";
import { stageMoveStats as ms, stageStayStats as ss } from "@/db/schema";
import { PIPELINE_STAGES, type ChurnType, type PipelineStage } from "@/lib/stages/stages";
import {
  mergeBuckets,
  percentiles,
  shorterThan,
  type DurationBucket,
} from "@/lib/dashboards/histogram";
import { bucketIndex } from "./dashboards-shared";
import { dayStart, moveCounts, stayBuckets } from "./dashboards-stats";
import {
  BUCKET_COUNT,
  DURATION_BUCKETS,
  TIMED_STAGES,
  type ChurnReport,
  type DashboardFilters,
  type DropsReport,
  type MedianTrendPoint,
  type StageTiming,
  type TimedStage,
} from "./dashboards-types";

/**
 * The dashboards' views computed from the pre-aggregated stats (see
 * `dashboards-stats.ts`) for the roles that see every account: the same numbers
 * as the raw queries in `dashboards.ts`, `dashboards-cycle.ts` and
 * `dashboards-aging.ts` (their integration tests run both), with percentiles from
 * whole-day histograms (`lib/dashboards/histogram.ts`).
 */

const timed = sql`${ss.stage} in (${sql.join(
  TIMED_STAGES.map((s) => sql`${s}`),
  sql`, `,
)})`;

const groupOf = <T>(rows: T[], key: (row: T) => string) => {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    groups.set(k, [...(groups.get(k) ?? []), row]);
  }
  return groups;
};

const sumStays = (buckets: DurationBucket[]) => buckets.reduce((sum, b) => sum + b.stays, 0);

/** `timeInStage` from the stats: one query, grouped by stage × month × days. */
export async function timeInStageFromStats(
  filters: DashboardFilters,
): Promise<{ stages: StageTiming[]; trend: MedianTrendPoint[] }> {
  const rows = await stayBuckets<{ stage: TimedStage; month: string }>(
    filters,
    {},
    { stage: sql`${ss.stage}`, month: sql`to_char(${ss.day}, 'YYYY-MM')` },
    timed,
  );
  const stages = TIMED_STAGES.map((stage): StageTiming => {
    const buckets = mergeBuckets(rows.filter((r) => r.stage === stage).map((r) => r.bucket));
    const stays = sumStays(buckets);
    const pct = percentiles(buckets, [0.25, 0.5, 0.75, 0.9]);
    if (!pct) return { stage, stays: 0, timing: null, buckets: Array(BUCKET_COUNT).fill(0) };
    const below = shorterThan(buckets, DURATION_BUCKETS);
    const [p25, median, p75, p90] = pct as [number, number, number, number];
    return {
      stage,
      stays,
      timing: { p25, median, p75, p90 },
      buckets: Array.from(
        { length: BUCKET_COUNT },
        (_, i) => (below[i] ?? stays) - (i > 0 ? below[i - 1]! : 0),
      ),
    };
  });
  const trend: MedianTrendPoint[] = [];
  for (const [key, group] of groupOf(rows, (r) => `${r.month} ${r.stage}`)) {
    const [month, stage] = key.split(" ") as [string, TimedStage];
    const buckets = group.map((r) => r.bucket);
    const [median] = percentiles(buckets, [0.5]) ?? [];
    if (median !== undefined) trend.push({ month, stage, stays: sumStays(buckets), median });
  }
  trend.sort((a, b) => a.month.localeCompare(b.month) || a.stage.localeCompare(b.stage));
  return { stages, trend };
}

/** Per owner × stage: stays and median, from the stats. */
export async function ownerStaysFromStats(filters: DashboardFilters) {
  const rows = await stayBuckets<{ owner_id: string | null; stage: TimedStage }>(
    filters,
    { byOwner: true },
    { owner_id: sql`${ss.ownerId}`, stage: sql`${ss.stage}` },
    timed,
  );
  return [...groupOf(rows, (r) => `${r.owner_id ?? ""} ${r.stage}`).values()].map((group) => {
    const buckets = group.map((r) => r.bucket);
    return {
      owner_id: group[0]!.owner_id,
      stage: group[0]!.stage,
      stays: sumStays(buckets),
      median: percentiles(buckets, [0.5])![0]!,
    };
  });
}

/** Forward entries into execution in the period, per owner. */
export const winsFromStats = (filters: DashboardFilters) =>
  moveCounts<{ owner_id: string | null }>(
    filters,
    { byOwner: true },
    { owner_id: sql`${ms.ownerId}` },
    sql`${ms.toStage} = 'execution' and ${ms.kind} = 'forward'`,
  );

/** Forward entries into execution per week or month bucket of the period (1-based). */
export const throughputFromStats = (filters: DashboardFilters, unit: "week" | "month") =>
  moveCounts<{ bucket: number }>(
    filters,
    { daily: unit === "week" },
    { bucket: bucketIndex(dayStart(ms.day), filters, unit) },
    sql`${ms.toStage} = 'execution' and ${ms.kind} = 'forward'`,
  );

/** `drops` from the stats. */
export async function dropsFromStats(
  filters: DashboardFilters,
  topReasons: number,
): Promise<DropsReport> {
  const dropped = sql`${ms.toStage} = 'dropped'`;
  const [byStage, reasons] = await Promise.all([
    moveCounts<{ stage: PipelineStage }>(filters, {}, { stage: sql`${ms.fromStage}` }, dropped),
    moveCounts<{ reason: string }>(
      filters,
      {},
      { reason: sql`${ms.reason}` },
      dropped,
      sql`order by 2 desc, 1 limit ${topReasons}`,
    ),
  ]);
  return dropsReport(byStage, reasons);
}

/** The drops report from drop counts per stage left and the top reasons (raw or stats). */
export function dropsReport(
  byStage: { stage: PipelineStage; n: number }[],
  reasons: { reason: string; n: number }[],
): DropsReport {
  return {
    byStage: PIPELINE_STAGES.map((stage) => ({
      key: stage,
      count: byStage.find((r) => r.stage === stage)?.n ?? 0,
    })).filter((r) => r.key !== "execution"),
    reasons: reasons.map((r) => ({ reason: r.reason, count: r.n })),
    total: byStage.reduce((sum, r) => sum + r.n, 0),
  };
}

/** `churn` from the stats. */
export async function churnFromStats(filters: DashboardFilters): Promise<ChurnReport> {
  const rows = await moveCounts<{ type: ChurnType | null }>(
    filters,
    {},
    { type: sql`${ms.churnType}` },
    sql`${ms.toStage} = 'churned'`,
    sql`order by 2 desc`,
  );
  return churnReport(rows);
}

/** The churn report from counts per churn type, most first (raw or stats). */
export function churnReport(rows: { type: ChurnType | null; n: number }[]): ChurnReport {
  return {
    byType: rows
      .filter((r): r is { type: ChurnType; n: number } => r.type !== null)
      .map((r) => ({ key: r.type, count: r.n })),
    total: rows.reduce((sum, r) => sum + r.n, 0),
  };
}
