import "server-only";
import { sql } from "drizzle-orm";
import { serviceSlaStats as st, users } from "@/db/schema";
import { statsRanges } from "@/lib/dashboards/stats-levels";
import { analytic, bucketIndex } from "./dashboards-shared";
import { dayStart, filtersBySegment, readsStats } from "./dashboards-stats";
import type { DashboardArgs } from "./dashboards-shared";

/**
 * The service dashboard's attainment table from `service_sla_stats` (migration
 * 0039), for the views `readsStats` allows (roles that see every account, no owner
 * filter) without an industry, grade, source or class filter (the stats keep no segment):
 * whole months at level 1 and the period's end days at level 0, each per owner.
 * `db/queries/dashboards-service.int.test.ts` and `service-sla-stats.int.test.ts`
 * check it against the raw query.
 */
export const attainmentReadsStats = ({ actor, filters }: DashboardArgs) =>
  readsStats(actor, filters) && !filtersBySegment(filters) && !filters.abcClass;

export type AttainmentStatsRow = {
  month: number;
  owner_id: string | null;
  owner_name: string | null;
  requests: number;
  fr_met: number;
  fr_missed: number;
  res_met: number;
  res_missed: number;
};

/**
 * Per month received and owner at `now`: outcomes whose deadline is still ahead are
 * stored with it (`pending` first responses, `running` resolution clocks) and count
 * as missed once it is past, as in the raw query.
 */
export async function slaAttainmentFromStats(
  args: DashboardArgs & { now: Date },
): Promise<AttainmentStatsRow[]> {
  const { filters: f } = args;
  const now = sql`${args.now.toISOString()}::timestamptz`;
  const branches = statsRanges(f.from, f.to, { detailed: false }).map(
    (r) => sql`select * from ${st} where ${st.level} = ${r.level}
      and ${st.day} between ${r.from}::date and ${r.to}::date`,
  );
  const rows = sql`(${sql.join(branches, sql` union all `)}) as ${sql.identifier("service_sla_stats")}`;
  return analytic<AttainmentStatsRow>(sql`
    with scoped as (
      select ${bucketIndex(dayStart(st.day), f, "month")} as month, ${st.ownerId} as owner_id,
        sum(${st.requests})::int as requests,
        coalesce(sum(${st.requests}) filter (where ${st.frState} = 'met'), 0)::int as fr_met,
        coalesce(sum(${st.requests}) filter (where ${st.frState} = 'missed'
          or (${st.frState} = 'pending' and ${st.frDue} < ${now})), 0)::int as fr_missed,
        coalesce(sum(${st.requests}) filter (where ${st.resState} = 'met'), 0)::int as res_met,
        coalesce(sum(${st.requests}) filter (where ${st.resState} = 'missed'
          or (${st.resState} = 'running' and ${st.resDue} < ${now})), 0)::int as res_missed
      from ${rows}
      group by 1, 2)
    select scoped.*, ${users.name} as owner_name from scoped
    left join ${users} on ${users.id} = scoped.owner_id
    order by scoped.month, owner_name nulls last, scoped.owner_id`);
}
