import "server-only";
import { and, sql, type SQL } from "drizzle-orm";
import { accounts, activities, activityStats as acs, users } from "@/db/schema";
import type { ActivityType } from "@/lib/activities/types";
import { statsRanges, weeklyStatsRanges, type StatsRange } from "@/lib/dashboards/stats-levels";
import {
  accountConditions,
  analytic,
  bucketIndex,
  inPeriod,
  type DashboardArgs,
} from "./dashboards-shared";
import { filtersBySegment, readsStats } from "./dashboards-stats";
import type { DashboardFilters } from "./dashboards-types";
import { weeksOf } from "@/lib/dashboards/periods";

/**
 * Upper bounds (working hours, inclusive) of the late-filing buckets; the last bucket
 * is open. Whole hours: `activity_stats` keeps each late filing's delay rounded up to
 * whole hours, and `ceil(minutes / 60) <= b` holds exactly when `minutes / 60 <= b`.
 */
export const FILING_DELAY_BUCKETS = [1, 4, 9, 27] as const;

/**
 * Whether a view reads the pre-aggregated `activity_stats` (migration 0036, kept by
 * triggers): as for the other stats (`readsStats`), only the roles that see every
 * account without an owner filter; and, as it keeps no segment, without the
 * industry, grade or source filters. Its results are cached with the stats version,
 * which every write to activities moves.
 */
const fromStats = ({ actor, filters }: DashboardArgs) =>
  readsStats(actor, filters) && !filtersBySegment(filters);

/** The `activity_stats` rows of the ranges, as a derived table named like the table. */
function activityStatsRows(ranges: StatsRange[]) {
  const branches = ranges.map(
    (r) => sql`select * from ${acs} where ${acs.level} = ${r.level}
      and ${acs.day} between ${r.from}::date and ${r.to}::date`,
  );
  return sql`(${sql.join(branches, sql` union all `)}) as ${sql.identifier("activity_stats")}`;
}

/**
 * Per owner, week and type from the stats: whole weeks at level 3, the ends' days at
 * level 2; the week's 1-based index by date arithmetic from the first week's Monday
 * (as `bucketIndex` numbers them), summed before the owners' names are joined.
 */
const perWeekFromStats = (f: DashboardFilters) => sql`
    select s.owner_id, ${users.name} as owner_name, s.week, s.type, s.count
    from (
      select ${acs.ownerId} as owner_id, (${acs.day} - ${weeksOf(f)[0]}::date) / 7 + 1 as week,
        ${acs.type} as type, sum(${acs.activities})::int as count
      from ${activityStatsRows(weeklyStatsRanges(f.from, f.to))}
      group by 1, 2, 3
      having sum(${acs.activities}) <> 0
    ) s
    left join ${users} on ${users.id} = s.owner_id
    order by 2 nulls last, 1, 3, 4`;

export type ActivityWeekRow = {
  ownerId: string | null;
  ownerName: string | null;
  /** Monday of the week (YYYY-MM-DD), as `weeksOf` gives it. */
  week: string;
  type: ActivityType;
  count: number;
};

export type FilingDelayRow = {
  type: ActivityType;
  total: number;
  onTime: number;
  /** Late filings per bucket of FILING_DELAY_BUCKETS (one more entry for the open end). */
  late: number[];
  /** Mean delay of the late ones, in working hours; null when none was late. */
  meanLateHours: number | null;
};

/**
 * Activities that happened in the period, per customer manager (the account's
 * owner: the manager accountable for the account), per local week and per type.
 * Scoped like every dashboard: a manager sees the activities of the accounts they
 * see, directors and executives all.
 */
export async function activitiesPerWeek(args: DashboardArgs) {
  const { actor, filters } = args;
  const where = and(inPeriod(activities.occurredAt, filters), ...accountConditions(actor, filters));
  const stats = fromStats(args);
  const rows = await analytic<{
    owner_id: string | null;
    owner_name: string | null;
    week: number;
    type: ActivityType;
    count: number;
  }>(
    stats
      ? perWeekFromStats(filters)
      : sql`
    select ${accounts.ownerId} as owner_id, ${users.name} as owner_name,
      ${bucketIndex(activities.occurredAt, filters, "week")} as week,
      ${activities.type} as type, count(*)::int as count
    from ${activities}
    join ${accounts} on ${accounts.id} = ${activities.accountId}
    left join ${users} on ${users.id} = ${accounts.ownerId}
    where ${where}
    group by 1, 2, 3, 4
    order by 2 nulls last, 1, 3, 4`,
    { cache: stats },
  );
  const weeks = weeksOf(filters);
  return rows.map((r): ActivityWeekRow => ({
    ownerId: r.owner_id,
    ownerName: r.owner_name,
    week: weeks[r.week - 1] ?? weeks.at(-1)!,
    type: r.type,
    count: r.count,
  }));
}

const hours = sql`${activities.filingDelayMinutes} / 60.0`;
const late = sql`${activities.filingDelayMinutes} > 0`;

/**
 * One aggregate per bucket of FILING_DELAY_BUCKETS (and the open end) over a
 * measure in working hours that is above 0 for late filings: `count(cond)` gets the
 * bucket's condition on it.
 */
const lateBuckets = (measure: unknown, count: (cond: SQL) => SQL) =>
  sql.join(
    [...FILING_DELAY_BUCKETS, null].map((to, i) => {
      const from = i === 0 ? 0 : FILING_DELAY_BUCKETS[i - 1]!;
      return count(
        to === null ? sql`${measure} > ${from}` : sql`${measure} > ${from} and ${measure} <= ${to}`,
      );
    }),
    sql`, `,
  );

/**
 * How late the activities of the period were filed, per type: on time (no working
 * time past the filing limit) or late, by working hours past the limit
 * (`filing_delay_minutes`, measured with the working calendar when filed).
 */
export async function filingDelays(args: DashboardArgs) {
  const { actor, filters } = args;
  const stats = fromStats(args);
  const where = and(inPeriod(activities.occurredAt, filters), ...accountConditions(actor, filters));
  const rows = await analytic<{
    type: ActivityType;
    total: number;
    on_time: number;
    late: number[];
    mean_late: number | string | null;
  }>(
    stats
      ? sql`
    select ${acs.type} as type, sum(${acs.activities})::int as total,
      coalesce(sum(${acs.activities}) filter (where ${acs.lateHours} = 0), 0)::int as on_time,
      array[${lateBuckets(acs.lateHours, (cond) => sql`coalesce(sum(${acs.activities}) filter (where ${cond}), 0)::int`)}] as late,
      sum(${acs.delayMinutes}) filter (where ${acs.lateHours} > 0) / 60.0
        / nullif(sum(${acs.activities}) filter (where ${acs.lateHours} > 0), 0) as mean_late
    from ${activityStatsRows(statsRanges(filters.from, filters.to, { detailed: false }))}
    group by 1 having sum(${acs.activities}) <> 0 order by 1`
      : sql`
    select ${activities.type} as type, count(*)::int as total,
      count(*) filter (where not ${late})::int as on_time,
      array[${lateBuckets(hours, (cond) => sql`count(*) filter (where ${late} and ${cond})::int`)}] as late,
      avg(${hours}) filter (where ${late}) as mean_late
    from ${activities}
    join ${accounts} on ${accounts.id} = ${activities.accountId}
    where ${where}
    group by 1 order by 1`,
    { cache: stats },
  );
  return rows.map((r): FilingDelayRow => ({
    type: r.type,
    total: r.total,
    onTime: r.on_time,
    late: r.late.map(Number),
    meanLateHours: r.mean_late === null ? null : Math.round(Number(r.mean_late) * 10) / 10,
  }));
}
