import "server-only";
import { and, eq, inArray, sql, type SQL } from "drizzle-orm";
import { accounts, escalationLog, serviceRequests as sr, users } from "@/db/schema";
import type { AttainmentCounts } from "@/lib/service/attainment";
import { OPEN_AGE_BOUNDS } from "@/lib/service/attainment";
import { OPEN_STATUSES, type EscalationTarget, type SlaClockKind } from "@/lib/service/types";
import { analytic, bucketIndex, inPeriod, type DashboardArgs } from "./dashboards-shared";
import {
  attainmentReadsStats,
  slaAttainmentFromStats,
  type AttainmentStatsRow,
} from "./dashboards-service-stats";
import { visibleServiceRequests } from "./visibility";

/** The service dashboards read at `now` (open requests' ages, deadlines passed). */
type ServiceArgs = DashboardArgs & { now: Date };

/**
 * The requests the actor sees (lib/policy via ./visibility: their accounts' and the
 * ones handed to them) under the dashboard filters: the owner filter is the
 * request's owner (who works it); industry, grade, source and class are the
 * account's, and only they join accounts.
 */
export function serviceScope({ actor, filters: f }: DashboardArgs) {
  const where: (SQL | undefined)[] = [visibleServiceRequests(actor, sr)];
  if (f.ownerId) where.push(eq(sr.ownerId, f.ownerId));
  const attributes: SQL[] = [];
  if (f.industryId) attributes.push(eq(accounts.industryId, f.industryId));
  if (f.grade) attributes.push(eq(accounts.grade, f.grade));
  if (f.sourceId) attributes.push(eq(accounts.sourceId, f.sourceId));
  if (f.abcClass) attributes.push(eq(accounts.abcClass, f.abcClass));
  return {
    join: attributes.length ? sql`join ${accounts} on ${accounts.id} = ${sr.accountId}` : sql``,
    where: and(...where, ...attributes) ?? sql`true`,
  };
}

/**
 * Open, as literal values (they are constants): a parameter list would keep the planner
 * from using the partial index on open requests (migration 0039).
 */
const isOpen = sql`${sr.status} in (${sql.raw(OPEN_STATUSES.map((s) => `'${s}'`).join(", "))})`;

export type OpenAgeRow = { ownerId: string | null; ownerName: string | null; counts: number[] };

/**
 * Open requests (not resolved or closed) per owner by days since received, in the
 * buckets of `OPEN_AGE_BOUNDS` (under 1, 1–3, 3–7, 7–30, 30 and over): a snapshot at
 * `now`, whatever the period.
 */
export async function openRequestsByAge(args: ServiceArgs): Promise<OpenAgeRow[]> {
  const s = serviceScope(args);
  const bounds = `{${OPEN_AGE_BOUNDS.join(",")}}`;
  const rows = await analytic<{
    owner_id: string | null;
    owner_name: string | null;
    bucket: number;
    n: number;
  }>(sql`
    select ${sr.ownerId} as owner_id, ${users.name} as owner_name,
      width_bucket(extract(epoch from (${args.now.toISOString()}::timestamptz - ${sr.receivedAt})) / 86400,
        ${bounds}::float8[]) as bucket,
      count(*)::int as n
    from ${sr} ${s.join}
    left join ${users} on ${users.id} = ${sr.ownerId}
    where ${isOpen} and ${s.where}
    group by 1, 2, 3
    order by 2 nulls last, 1`);
  const byOwner = new Map<string, OpenAgeRow>();
  for (const r of rows) {
    const key = r.owner_id ?? "";
    const row = byOwner.get(key) ?? {
      ownerId: r.owner_id,
      ownerName: r.owner_name,
      counts: Array<number>(OPEN_AGE_BOUNDS.length + 1).fill(0),
    };
    row.counts[r.bucket]! += r.n;
    byOwner.set(key, row);
  }
  return [...byOwner.values()];
}

export type AttainmentRow = AttainmentCounts & {
  /** 1-based month of the period (`monthsOf(filters)[month - 1]`) the request was received in. */
  month: number;
  ownerId: string | null;
  ownerName: string | null;
};

/**
 * First-response and resolution outcomes of the requests received in the period,
 * per month received and owner. First response: met when answered by its deadline,
 * missed when answered later or still unanswered past it. Resolution: met when
 * resolved within its budget of working hours (the stopped clock's used time),
 * missed when resolved over it or, still open, past its deadline (running) or over
 * its budget (paused). Anything else is still within its limit.
 */
export async function slaAttainment(args: ServiceArgs): Promise<AttainmentRow[]> {
  const rows = attainmentReadsStats(args)
    ? await slaAttainmentFromStats(args)
    : await slaAttainmentFromRows(args);
  return rows.map((r) => ({
    month: r.month,
    ownerId: r.owner_id,
    ownerName: r.owner_name,
    requests: r.requests,
    firstResponseMet: r.fr_met,
    firstResponseMissed: r.fr_missed,
    resolutionMet: r.res_met,
    resolutionMissed: r.res_missed,
  }));
}

/** The attainment counts from the requests themselves (any scope; the stats' oracle in tests). */
export async function slaAttainmentFromRows(args: ServiceArgs) {
  const s = serviceScope(args);
  const now = sql`${args.now.toISOString()}::timestamptz`;
  const budget = sql`${sr.slaResolutionHours} * 3600`;
  return analytic<AttainmentStatsRow>(sql`
    with scoped as (
      select ${bucketIndex(sr.receivedAt, args.filters, "month")} as month, ${sr.ownerId} as owner_id,
        count(*)::int as requests,
        count(*) filter (where ${sr.firstRespondedAt} <= ${sr.firstResponseDueAt})::int as fr_met,
        count(*) filter (where ${sr.firstRespondedAt} > ${sr.firstResponseDueAt}
          or (${sr.firstRespondedAt} is null and ${sr.firstResponseDueAt} < ${now}))::int as fr_missed,
        count(*) filter (where ${sr.resolvedAt} is not null and ${sr.slaUsedSeconds} <= ${budget})::int
          as res_met,
        count(*) filter (where (${sr.resolvedAt} is not null and ${sr.slaUsedSeconds} > ${budget})
          or (${sr.resolvedAt} is null and ${inArray(sr.status, [...OPEN_STATUSES])} and (
            (${sr.slaRunningSince} is not null and ${sr.resolutionDueAt} < ${now})
            or (${sr.slaRunningSince} is null and ${sr.slaUsedSeconds} > ${budget}))))::int
          as res_missed
      from ${sr} ${s.join}
      where ${inPeriod(sr.receivedAt, args.filters)} and ${s.where}
      group by 1, 2)
    select scoped.*, ${users.name} as owner_name from scoped
    left join ${users} on ${users.id} = scoped.owner_id
    order by scoped.month, owner_name nulls last, scoped.owner_id`);
}

export type EscalationLevelRow = {
  month: number;
  clock: SlaClockKind;
  target: EscalationTarget;
  fired: number;
  acknowledged: number;
};

/**
 * Escalation steps fired in the period per month and level (clock × who was told),
 * with how many were acknowledged. Without a filter on the request (owner, segment,
 * a manager's scope) every log row counts and the requests are not joined: an
 * index-only scan of the period (every step belongs to a request, a foreign key).
 */
export async function escalationsByLevel(args: DashboardArgs): Promise<EscalationLevelRow[]> {
  const whole = attainmentReadsStats(args);
  const filtered = whole ? null : serviceScope(args);
  const s = filtered
    ? {
        join: sql`join ${sr} on ${sr.id} = ${escalationLog.requestId} ${filtered.join}`,
        where: filtered.where,
      }
    : { join: sql``, where: sql`true` };
  const rows = await analytic<{
    month: number;
    clock: SlaClockKind;
    target: EscalationTarget;
    fired: number;
    acknowledged: number;
  }>(sql`
    select ${bucketIndex(escalationLog.firedAt, args.filters, "month")} as month,
      ${escalationLog.clock} as clock, ${escalationLog.target} as target,
      count(*)::int as fired,
      count(${escalationLog.acknowledgedAt})::int as acknowledged
    from ${escalationLog} ${s.join}
    where ${inPeriod(escalationLog.firedAt, args.filters)} and ${s.where}
    group by 1, 2, 3
    order by 1, 2, 3`);
  return rows;
}
