import "server-only";
import { and, sql } from "drizzle-orm";
import { accounts, activities, users } from "@/db/schema";
import type { ActivityType } from "@/lib/activities/types";
import {
  accountConditions,
  analytic,
  bucketIndex,
  inPeriod,
  type DashboardArgs,
} from "./dashboards-shared";
import { weeksOf } from "@/lib/dashboards/periods";

/** Upper bounds (working hours, inclusive) of the late-filing buckets; the last bucket is open. */
export const FILING_DELAY_BUCKETS = [1, 4, 9, 27] as const;

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
export async function activitiesPerWeek({ actor, filters }: DashboardArgs) {
  const where = and(inPeriod(activities.occurredAt, filters), ...accountConditions(actor, filters));
  const rows = await analytic<{
    owner_id: string | null;
    owner_name: string | null;
    week: number;
    type: ActivityType;
    count: number;
  }>(sql`
    select ${accounts.ownerId} as owner_id, ${users.name} as owner_name,
      ${bucketIndex(activities.occurredAt, filters, "week")} as week,
      ${activities.type} as type, count(*)::int as count
    from ${activities}
    join ${accounts} on ${accounts.id} = ${activities.accountId}
    left join ${users} on ${users.id} = ${accounts.ownerId}
    where ${where}
    group by 1, 2, 3, 4
    order by 2 nulls last, 1, 3, 4`);
  const weeks = weeksOf(filters);
  return rows.map((r): ActivityWeekRow => ({
    ownerId: r.owner_id,
    ownerName: r.owner_name,
    week: weeks[r.week - 1] ?? weeks.at(-1)!,
    type: r.type,
    count: r.count,
  }));
}

/**
 * How late the activities of the period were filed, per type: on time (no working
 * time past the filing limit) or late, by working hours past the limit
 * (`filing_delay_minutes`, measured with the working calendar when filed).
 */
export async function filingDelays({ actor, filters }: DashboardArgs) {
  const hours = sql`${activities.filingDelayMinutes} / 60.0`;
  const late = sql`${activities.filingDelayMinutes} > 0`;
  const bucketCounts = [...FILING_DELAY_BUCKETS, null].map((to, i) => {
    const from = i === 0 ? null : FILING_DELAY_BUCKETS[i - 1]!;
    const above = from === null ? late : sql`${hours} > ${from}`;
    const below = to === null ? sql`true` : sql`${hours} <= ${to}`;
    return sql`count(*) filter (where ${late} and ${above} and ${below})::int`;
  });
  const where = and(inPeriod(activities.occurredAt, filters), ...accountConditions(actor, filters));
  const rows = await analytic<{
    type: ActivityType;
    total: number;
    on_time: number;
    late: number[];
    mean_late: number | string | null;
  }>(sql`
    select ${activities.type} as type, count(*)::int as total,
      count(*) filter (where not ${late})::int as on_time,
      array[${sql.join(bucketCounts, sql`, `)}] as late,
      avg(${hours}) filter (where ${late}) as mean_late
    from ${activities}
    join ${accounts} on ${accounts.id} = ${activities.accountId}
    where ${where}
    group by 1 order by 1`);
  return rows.map((r): FilingDelayRow => ({
    type: r.type,
    total: r.total,
    onTime: r.on_time,
    late: r.late.map(Number),
    meanLateHours: r.mean_late === null ? null : Math.round(Number(r.mean_late) * 10) / 10,
  }));
}
