import "server-only";
import { and, inArray, isNull, sql } from "drizzle-orm";
import { db } from "@/db";
import { accounts, stageTransitions as st, users } from "@/db/schema";
import { PIPELINE_STAGES, type PipelineStage } from "@/lib/stages/stages";
import { seesAllAccounts } from "@/lib/policy";
import { getExpectedDays } from "./stage-settings";
import { overdueSql } from "./accounts-shared";
import {
  accountConditions,
  analytic,
  inPeriod,
  toNumber,
  transitionScope,
  type DashboardArgs,
} from "./dashboards-shared";
import {
  TIMED_STAGES,
  type Aging,
  type AgingOwnerRow,
  type OwnerTiming,
  type TimedStage,
} from "./dashboards-types";
import { filtersBySegment, readsStats } from "./dashboards-stats";
import { ownerStaysFromStats, winsFromStats } from "./dashboards-from-stats";

/** Stages with a time limit; only these can be overdue. */
const limitedStages = (expected: Record<PipelineStage, number | null>) =>
  PIPELINE_STAGES.filter((s) => expected[s] != null);

/**
 * Accounts past their stage's expected days right now (the period does not apply),
 * by stage and by owner. Archived accounts are left out, as in the account list
 * these numbers link to.
 */
export async function aging({ actor, filters, now = new Date() }: DashboardArgs & { now?: Date }) {
  const expected = await getExpectedDays();
  const stages = limitedStages(expected);
  if (stages.length === 0) return { stages: [], owners: [] } satisfies Aging;
  const overdue = overdueSql(expected, now);
  const where = and(
    isNull(accounts.archivedAt),
    inArray(accounts.stage, stages),
    ...accountConditions(actor, filters),
  );
  const rows = await analytic<{
    stage: PipelineStage;
    owner_id: string | null;
    by_owner: number;
    open: number;
    overdue: number;
    oldest: number | string | null;
  }>(sql`
    select ${accounts.stage} as stage, ${accounts.ownerId} as owner_id,
      grouping(${accounts.ownerId}) = 0 as by_owner,
      count(*)::int as open,
      count(*) filter (where ${overdue})::int as overdue,
      max(extract(epoch from ${now.toISOString()}::timestamptz - ${accounts.stageEnteredAt}) / 86400)
        filter (where ${overdue}) as oldest
    from ${accounts}
    where ${where}
    group by grouping sets ((${accounts.stage}), (${accounts.stage}, ${accounts.ownerId}))`);
  const names = await ownerNames(rows.map((r) => r.owner_id));
  const owners = new Map<string | null, AgingOwnerRow>();
  for (const row of rows) {
    if (!row.by_owner || row.overdue === 0) continue;
    const owner = owners.get(row.owner_id) ?? {
      ownerId: row.owner_id,
      ownerName: names.get(row.owner_id ?? "") ?? null,
      byStage: {},
      overdue: 0,
    };
    owner.byStage[row.stage] = row.overdue;
    owner.overdue += row.overdue;
    owners.set(row.owner_id, owner);
  }
  return {
    stages: stages.map((stage) => {
      const row = rows.find((r) => !r.by_owner && r.stage === stage);
      return {
        stage,
        expectedDays: expected[stage]!,
        open: row?.open ?? 0,
        overdue: row?.overdue ?? 0,
        oldestDays: row?.oldest == null ? null : toNumber(row.oldest),
      };
    }),
    owners: [...owners.values()].sort(
      (a, b) => b.overdue - a.overdue || (a.ownerName ?? "").localeCompare(b.ownerName ?? ""),
    ),
  } satisfies Aging;
}

async function ownerNames(ids: (string | null)[]) {
  const wanted = [...new Set(ids.filter((id): id is string => !!id))];
  if (wanted.length === 0) return new Map<string, string>();
  const rows = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(inArray(users.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/**
 * The timing of each owner: median days per stage over stays that ended in the
 * period, entries into execution in the period, and open / overdue accounts now.
 */
export async function ownerTiming({
  actor,
  filters,
  now = new Date(),
}: DashboardArgs & { now?: Date }): Promise<OwnerTiming[]> {
  const expected = await getExpectedDays();
  const scoped = and(...accountConditions(actor, filters)) ?? sql`true`;
  const { join, where, joinsAccounts } = transitionScope(actor, filters);
  const timed = sql.join(
    TIMED_STAGES.map((s) => sql`${s}`),
    sql`, `,
  );
  const median = sql`percentile_cont(0.5) within group (order by ${st.durationDays})`;
  // For a director or executive without an account-attribute filter, each owner × stage is
  // read from its own range of stage_transitions_owner_exited_idx and sorted alone:
  // grouping a year of stays (~170k rows at 100k accounts) by owner would sort them all.
  // Unowned accounts' stays follow. A manager's few stays are simply grouped.
  const staysQuery =
    joinsAccounts || !seesAllAccounts(actor)
      ? sql`select ${st.ownerId} as owner_id, ${st.toStage} as stage, count(*)::int as stays,
        ${median} as median
      from ${st} ${join}
      where ${st.toStage} in (${timed}) and ${inPeriod(st.exitedAt, filters)} and ${where}
      group by 1, 2`
      : sql`select o.id as owner_id, s.stage, x.stays, x.median
      from ${users} o cross join unnest(array[${timed}]::stage[]) s(stage)
      cross join lateral (
        select count(*)::int as stays, ${median} as median from ${st}
        where ${st.ownerId} = o.id and ${st.toStage} = s.stage and ${st.exitedAt} is not null
          and ${inPeriod(st.exitedAt, filters)} and ${where}) x
      where x.stays > 0
      union all
      select null, ${st.toStage}, count(*)::int, ${median} from ${st}
      where ${st.ownerId} is null and ${st.toStage} in (${timed})
        and ${inPeriod(st.exitedAt, filters)} and ${where}
      group by 2`;
  // The stats serve the segment filters (no join with accounts); without one, the
  // per-owner index probes above read about as many buffers as the detailed stats.
  const fromStats = readsStats(actor, filters) && filtersBySegment(filters);
  const [stays, wins, current] = await Promise.all([
    fromStats
      ? ownerStaysFromStats(filters)
      : analytic<{ owner_id: string | null; stage: TimedStage; stays: number; median: number }>(
          staysQuery,
        ),
    fromStats
      ? winsFromStats(filters)
      : analytic<{ owner_id: string | null; n: number }>(sql`
      select ${st.ownerId} as owner_id, count(*)::int as n from ${st} ${join}
      where ${st.toStage} = 'execution' and ${st.kind} = 'forward'
        and ${inPeriod(st.at, filters)} and ${where}
      group by 1`),
    analytic<{ owner_id: string | null; open: number; overdue: number }>(sql`
      select ${accounts.ownerId} as owner_id, count(*)::int as open,
        count(*) filter (where ${overdueSql(expected, now)})::int as overdue
      from ${accounts}
      where ${and(isNull(accounts.archivedAt), inArray(accounts.stage, [...PIPELINE_STAGES]))}
        and ${scoped}
      group by 1`),
  ]);
  const names = await ownerNames([...stays, ...wins, ...current].map((r) => r.owner_id));
  const result = new Map<string | null, OwnerTiming>();
  const get = (ownerId: string | null) => {
    let row = result.get(ownerId);
    if (!row) {
      row = {
        ownerId,
        ownerName: names.get(ownerId ?? "") ?? null,
        stays: 0,
        typicalDays: null,
        medianByStage: {},
        reachedExecution: 0,
        open: 0,
        overdue: 0,
      };
      result.set(ownerId, row);
    }
    return row;
  };
  for (const r of stays) {
    const row = get(r.owner_id);
    row.medianByStage[r.stage] = toNumber(r.median);
    row.stays += r.stays;
    row.typicalDays = (row.typicalDays ?? 0) + toNumber(r.median);
  }
  for (const r of wins) get(r.owner_id).reachedExecution = r.n;
  for (const r of current) Object.assign(get(r.owner_id), { open: r.open, overdue: r.overdue });
  return [...result.values()].sort((a, b) =>
    (a.ownerName ?? "\uffff").localeCompare(b.ownerName ?? "\uffff", "zh-CN"),
  );
}
