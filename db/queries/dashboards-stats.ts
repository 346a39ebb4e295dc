import "server-only";
import { and, eq, getTableName, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import { stageMoveStats as ms, stageStayStats as ss } from "@/db/schema";
import { seesAllAccounts, type Actor } from "@/lib/policy";
import type { DurationBucket } from "@/lib/dashboards/histogram";
import { statsRanges } from "@/lib/dashboards/stats-levels";
import { analytic, timeZone } from "./dashboards-shared";
import type { DashboardFilters } from "./dashboards-types";

/**
 * Readers of the pre-aggregated stays and moves (`stage_stay_stats`,
 * `stage_move_stats`, migration 0027): a few rows per day (or month) × stage ×
 * duration instead of every transition of the period, and no join with accounts
 * for the industry, grade or source filters.
 *
 * When they are read: they carry no account ids, so only for the roles that see
 * every account (a manager's visibility includes the account teams they are on,
 * which needs the rows); and not for one owner's view, which the raw rows already
 * serve from an owner-first index with fewer buffers than the stats.
 */
export const readsStats = (actor: Actor, f: DashboardFilters) =>
  seesAllAccounts(actor) && !f.ownerId;

/** Whether a filter needs an account attribute the transitions do not carry. */
export const filtersBySegment = (f: DashboardFilters) => !!(f.industryId || f.grade || f.sourceId);

type Segment = {
  level: AnyPgColumn;
  day: AnyPgColumn;
  ownerId: AnyPgColumn;
  industryId: AnyPgColumn;
  grade: AnyPgColumn;
  sourceId: AnyPgColumn;
};

/** How a reader groups: by owner (needs the detailed rows), by day (weeks need days). */
export type StatsGrain = { byOwner?: boolean; daily?: boolean };

/**
 * The stats rows of the period with the filters, as a derived table named like the
 * stats table (so its columns are referenced as usual): the detailed rows (level
 * 2) when a filter or the grouping needs owner or segment, else whole months and
 * the period's end days (`statsRanges`). One `union all` branch per range keeps
 * each an index-only range scan of the covering index (an `or` would not).
 */
export function statsRows(
  table: PgTable & Segment,
  f: DashboardFilters,
  grain: StatsGrain,
  ...more: SQL[]
): SQL {
  const detailed = !!(grain.byOwner || f.ownerId || f.industryId || f.grade || f.sourceId);
  const ranges = statsRanges(f.from, f.to, { detailed, daily: grain.daily });
  const filters = and(
    f.ownerId ? eq(table.ownerId, f.ownerId) : undefined,
    f.industryId ? eq(table.industryId, f.industryId) : undefined,
    f.grade ? eq(table.grade, f.grade) : undefined,
    f.sourceId ? eq(table.sourceId, f.sourceId) : undefined,
    ...more,
  );
  const branches = ranges.map(
    (r) => sql`select * from ${table} where ${table.level} = ${r.level}
      and ${table.day} between ${r.from}::date and ${r.to}::date and ${filters ?? sql`true`}`,
  );
  return sql`(${sql.join(branches, sql` union all `)}) as ${sql.identifier(getTableName(table))}`;
}

/** A stats day as the timestamptz of its local midnight (for `bucketIndex`). */
export const dayStart = (day: AnyPgColumn) => sql`(${day}::timestamp at time zone ${timeZone()})`;

type BucketRow = { days: number; stays: number; total: string | number };
const bucket = (r: BucketRow): DurationBucket => ({
  days: r.days,
  stays: r.stays,
  totalDays: Number(r.total),
});

/**
 * Duration histograms of the stays that ended in the period, grouped by `keys`
 * (e.g. stage and month), each row a whole-day bucket.
 */
export async function stayBuckets<K extends Record<string, unknown>>(
  f: DashboardFilters,
  grain: StatsGrain,
  keys: Record<keyof K & string, SQL>,
  ...more: SQL[]
): Promise<(K & { bucket: DurationBucket })[]> {
  const names = Object.keys(keys);
  const select = sql.join(
    names.map((name) => sql`${keys[name as keyof K & string]} as ${sql.identifier(name)}`),
    sql`, `,
  );
  const rows = await analytic<K & BucketRow>(
    sql`
    select ${select}, ${ss.days} as days, sum(${ss.stays})::int as stays,
      sum(${ss.totalDays}) as total
    from ${statsRows(ss, f, grain, ...more)}
    group by ${sql.join(
      names.map((_, i) => sql.raw(String(i + 1))),
      sql`, `,
    )}, ${ss.days}`,
    { cache: true },
  );
  return rows.map((r) => ({ ...r, bucket: bucket(r) }));
}

/** Move counts in the period grouped by `keys`. */
export async function moveCounts<K extends Record<string, unknown>>(
  f: DashboardFilters,
  grain: StatsGrain,
  keys: Record<keyof K & string, SQL>,
  where: SQL,
  tail: SQL = sql``,
): Promise<(K & { n: number })[]> {
  const names = Object.keys(keys);
  const select = sql.join(
    names.map((name) => sql`${keys[name as keyof K & string]} as ${sql.identifier(name)}`),
    sql`, `,
  );
  return analytic<K & { n: number }>(
    sql`
    select ${select}, sum(${ms.moves})::int as n
    from ${statsRows(ms, f, grain, where)}
    group by ${sql.join(
      names.map((_, i) => sql.raw(String(i + 1))),
      sql`, `,
    )} ${tail}`,
    { cache: true },
  );
}
