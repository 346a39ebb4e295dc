import "server-only";
import { sql } from "drizzle-orm";
import { accounts, scheduleSteps as ss, users } from "@/db/schema";
import { env } from "@/lib/env";
import { todayIn } from "@/lib/dates";
import { DEFAULT_STEP_KEYS } from "@/lib/schedule/default-templates";
import { slipStatsOf } from "./dashboards-slip-stats";
import {
  DELIVERY_LIST_SIZE,
  analytic,
  copyScope,
  toNumber,
  type DashboardArgs,
} from "./dashboards-shared";
import type { DashboardFilters, LateAccountRow, ScheduleDelivery } from "./dashboards-types";

type Args = DashboardArgs & { now?: Date };

/** `column` (a calendar date) falls on one of the period's days. */
const inDays = (column: unknown, f: DashboardFilters) =>
  sql`${column} between ${f.from}::date and ${f.to}::date`;

const stepOrder = (key: string) => {
  const i = (DEFAULT_STEP_KEYS as readonly string[]).indexOf(key);
  return i < 0 ? DEFAULT_STEP_KEYS.length : i;
};

/**
 * Schedule variance over the steps that matter for the period:
 * - steps **finished** in the period (actual finish on one of its days) are measured
 *   against the planned finish of the same step in the schedule's latest baseline,
 *   as the schedule page does (lib/schedule/variance.ts): slip = actual − baseline
 *   finish in days, on time = slip ≤ 0; a step missing from the baseline is unmeasured.
 *   The baseline finish, owner and closed state are trigger-kept copies on
 *   schedule_steps (migration 0004), so neither baseline JSON nor accounts are read
 *   unless an industry, grade or source filter asks for accounts;
 * - steps **overdue** are unfinished steps whose current planned finish fell in the
 *   period and is before today (the schedule page's overdue rule), on accounts still
 *   being worked: not dropped, churned or archived, whose schedules were abandoned.
 * One statement: a histogram of slip days overall, per step (template key) and per
 * owner (hash grouping sets; medians and p90 are derived from it in
 * dashboards-slip-stats.ts), and the accounts with the largest slip.
 */
export async function scheduleDelivery({
  actor,
  filters,
  now = new Date(),
}: Args): Promise<ScheduleDelivery> {
  const today = todayIn(env.PCRM_TIME_ZONE, now);
  const { join, where } = copyScope(actor, filters, ss);
  const slip = sql`(${ss.actualFinish} - ${ss.baselineFinish})`;
  const finishedInPeriod = sql`${inDays(ss.actualFinish, filters)} and ${where}`;
  const [histogram, late] = await Promise.all([
    analytic<{
      by_step: boolean;
      by_owner: boolean;
      key: string | null;
      owner_id: string | null;
      owner_name: string | null;
      slip: number | null;
      n: number;
      overdue: number;
    }>(sql`
      with v as (
        select ${ss.ownerId} as owner_id, ${ss.key} as key, ${ss.actualFinish} as actual_finish,
          ${slip} as slip
        from ${ss} ${join} where ${finishedInPeriod}
        union all
        select ${ss.ownerId}, ${ss.key}, null, null
        from ${ss} ${join}
        where ${ss.actualFinish} is null and not ${ss.accountClosed}
          and ${ss.plannedFinish} >= ${filters.from}::date
          and ${ss.plannedFinish} <= least(${filters.to}::date, ${today}::date - 1) and ${where}
      ),
      h as (
        select grouping(v.key) = 0 as by_step, grouping(v.owner_id) = 0 as by_owner,
          v.key, v.owner_id, v.slip, count(*)::int as n,
          count(*) filter (where v.actual_finish is null)::int as overdue
        from v group by grouping sets ((v.slip), (v.key, v.slip), (v.owner_id, v.slip))
      )
      select h.*, u.name as owner_name from h left join ${users} u on u.id = h.owner_id`),
    analytic<{
      account_id: string;
      name: string;
      owner_name: string | null;
      n: number;
      on_time: number;
      mean: number;
      max: number;
    }>(sql`
      select l.*, a.name, u.name as owner_name
      from (
        select ${ss.accountId} as account_id, count(*)::int as n,
          count(*) filter (where ${slip} <= 0)::int as on_time, avg(${slip})::float8 as mean,
          max(${slip})::int as max
        from ${ss} ${join}
        where ${finishedInPeriod} and ${ss.baselineFinish} is not null
        group by ${ss.accountId} having max(${slip}) > 0
        order by max desc, mean desc, account_id limit ${DELIVERY_LIST_SIZE}
      ) l
      join ${accounts} a on a.id = l.account_id left join ${users} u on u.id = a.owner_id
      order by l.max desc, l.mean desc, l.account_id`),
  ]);
  const groups = <K>(pick: (r: (typeof histogram)[number]) => K | undefined) => {
    const map = new Map<K, (typeof histogram)[number][]>();
    for (const r of histogram) {
      const k = pick(r);
      if (k === undefined) continue;
      const group = map.get(k);
      if (group) group.push(r);
      else map.set(k, [r]);
    }
    return [...map.values()];
  };
  const keys = groups((r) => (r.by_step ? r.key! : undefined)).map((b) => ({
    key: b[0]!.key!,
    ...slipStatsOf(b),
  }));
  const custom = await customStepLabels(
    keys.map((k) => k.key).filter((k) => stepOrder(k) === DEFAULT_STEP_KEYS.length),
    filters,
    today,
  );
  return {
    total: slipStatsOf(histogram.filter((r) => !r.by_step && !r.by_owner)),
    steps: keys
      .map((k) => ({ ...k, label: custom.get(k.key)?.label ?? "" }))
      .sort(
        (a, b) =>
          stepOrder(a.key) - stepOrder(b.key) ||
          (custom.get(a.key)?.position ?? 0) - (custom.get(b.key)?.position ?? 0) ||
          a.key.localeCompare(b.key),
      ),
    owners: groups((r) => (r.by_owner ? r.owner_id : undefined))
      .map((b) => ({ ownerId: b[0]!.owner_id, ownerName: b[0]!.owner_name, ...slipStatsOf(b) }))
      .sort((a, b) => (a.ownerName ?? "\uffff").localeCompare(b.ownerName ?? "\uffff", "zh-CN")),
    lateAccounts: late.map((r): LateAccountRow => ({
      accountId: r.account_id,
      accountName: r.name,
      ownerName: r.owner_name,
      finished: r.n,
      onTime: r.on_time,
      meanSlip: toNumber(r.mean),
      maxSlip: r.max,
    })),
  };
}

/**
 * Label and typical position of steps a director added to a template (keys outside
 * the seeded sequence), read only when such steps are in the period; the seeded
 * steps are named in the UI language instead.
 */
async function customStepLabels(keys: string[], f: DashboardFilters, today: string) {
  if (keys.length === 0) return new Map<string, { label: string; position: number }>();
  const wanted = sql.join(
    keys.map((k) => sql`${k}`),
    sql`, `,
  );
  const rows = await analytic<{ key: string; label: string; position: number }>(sql`
    select key, min(label) as label, min(position)::int as position from (
      select ${ss.key} as key, ${ss.label} as label, ${ss.position} as position from ${ss}
      where ${inDays(ss.actualFinish, f)} and ${ss.key} in (${wanted})
      union all
      select ${ss.key}, ${ss.label}, ${ss.position} from ${ss}
      where ${ss.actualFinish} is null and not ${ss.accountClosed}
        and ${ss.plannedFinish} >= ${f.from}::date
        and ${ss.plannedFinish} <= least(${f.to}::date, ${today}::date - 1)
        and ${ss.key} in (${wanted})
    ) steps group by 1`);
  return new Map(rows.map((r) => [r.key, { label: r.label, position: r.position }]));
}
