import type postgres from "postgres";
import { DEFAULT_FILING_LIMIT_HOURS } from "@/lib/activities/filing";
import { ACTIVITY_TYPES } from "@/lib/activities/types";

/** Share of each activity type among the generated ones (seed 003's daily work: mostly calls). */
const TYPE_SHARES: Record<(typeof ACTIVITY_TYPES)[number], number> = {
  call: 0.35,
  visit: 0.2,
  meeting: 0.1,
  reception: 0.08,
  email: 0.17,
  note: 0.1,
};
/** Share of activities filed after their limit. */
const LATE_SHARE = 0.12;

/**
 * About `perAccount` activities per generated account on average (accounts in
 * execution and important accounts get more), in set-based SQL: a generate_series
 * per account into a temporary table, then each late filing's delay in working
 * minutes measured against the working calendar in the database (working weekdays
 * and hours, holidays, make-up days) exactly as lib/activities/filing.ts measures
 * it, then one insert. Deterministic for one `seed` (setseed). Skipped when the
 * generated accounts already have activities; the accounts' regeneration deletes
 * them (cascade).
 */
export async function seedLargeActivities(
  sql: postgres.Sql,
  opts: {
    pattern: string;
    asOf: Date;
    timeZone: string;
    seed: number;
    perAccount?: number;
    log: (line: string) => void;
  },
) {
  const [{ present }] = await sql<[{ present: boolean }]>`
    select exists (select 1 from activities v join accounts a on a.id = v.account_id
      where a.code ~ ${opts.pattern}) as present`;
  if (present) {
    opts.log("seed:large: generated accounts already have activities, keeping them");
    return { activities: 0, late: 0 };
  }
  const started = Date.now();
  const tz = opts.timeZone;
  const perAccount = opts.perAccount ?? 10;
  const types = ACTIVITY_TYPES.map((t) => t);
  let cumulative = 0;
  const bounds = ACTIVITY_TYPES.map((t) => (cumulative += TYPE_SHARES[t]));
  const defaults = ACTIVITY_TYPES.map((t) => DEFAULT_FILING_LIMIT_HOURS[t]);
  return sql.begin(async (tx) => {
    await tx`select setseed(${(opts.seed % 1000) / 1000})`;
    await tx`create temp table seed_activities on commit drop as
      with acc as (
        select a.id, a.owner_id, a.created_at,
          case when a.stage = 'execution' then 2.2 when a.stage in ('dropped', 'churned') then 0.6 else 1 end
            * case when a.grade = 'important' then 1.5 else 1 end as weight
        from accounts a where a.code ~ ${opts.pattern} and a.created_at < ${opts.asOf}),
      norm as (select avg(weight) as w from acc),
      draws as (
        select acc.id as account_id, acc.owner_id, acc.created_at,
          random() as r_type, random() as r_day, random() as r_time, random() as r_late,
          random() as r_delay, random() as r_topic, random() as r_follow
        from acc cross join norm
        cross join lateral generate_series(1, floor(random() * 2 * ${perAccount} * acc.weight / norm.w)::int) g),
      typed as (
        select d.*, (${types}::activity_type[])[
            1 + (select count(*) from unnest(${bounds}::float8[]) b where b < d.r_type)::int] as type,
          -- A working-hours time on a day between the account's creation and the data set's "now".
          least(((((d.created_at + (${opts.asOf}::timestamptz - d.created_at) * sqrt(d.r_day))
              at time zone ${tz})::date + interval '9 hours' + d.r_time * interval '9 hours')
              at time zone ${tz}), ${opts.asOf}::timestamptz - interval '2 hours') as occurred_at
        from draws d),
      limited as (
        select t.*, coalesce(l.hours, (${defaults}::int[])[array_position(${types}::text[], t.type::text)]) as hours
        from typed t left join activity_filing_limits l on l.type = t.type)
      select account_id, owner_id, type, occurred_at, r_topic, r_follow,
        occurred_at + hours * interval '1 hour' as deadline,
        case when r_late < ${LATE_SHARE}
          -- Late: 1 to ~100 clock hours after the deadline (nights and weekends included).
          then occurred_at + hours * interval '1 hour' + (1 + 99 * r_delay ^ 2) * interval '1 hour'
          else occurred_at + r_delay * hours * 0.9 * interval '1 hour' end as logged_at
      from limited`;
    await tx`delete from seed_activities where logged_at > ${opts.asOf}`;
    const lateCount = await tx`create temp table seed_delays on commit drop as
      with hours as (
        select coalesce((select weekdays from working_hours limit 1), '{1,2,3,4,5}') as weekdays,
          coalesce((select day_start from working_hours limit 1), 540) as day_start,
          coalesce((select day_end from working_hours limit 1), 1080) as day_end),
      late as (select ctid as row_id, deadline, logged_at from seed_activities where logged_at > deadline)
      select l.row_id, round(sum(greatest(0, extract(epoch from
          least(l.logged_at, (d.day + h.day_end * interval '1 minute') at time zone ${tz})
          - greatest(l.deadline, (d.day + h.day_start * interval '1 minute') at time zone ${tz})))) / 60)::int
          as minutes
      from late l cross join hours h
      cross join lateral generate_series((l.deadline at time zone ${tz})::date::timestamp,
        (l.logged_at at time zone ${tz})::date::timestamp, interval '1 day') as d(day)
      left join calendar_days c on c.date = d.day::date
      where case c.kind when 'makeUpDay' then true when 'holiday' then false
        else extract(isodow from d.day)::int = any(h.weekdays) end
      group by l.row_id`;
    await tx`insert into activities (account_id, type, occurred_at, logged_at, filing_delay_minutes,
        participant_ids, subject, outcome, next_follow_up, logged_by_id, updated_at)
      select s.account_id, s.type, s.occurred_at, s.logged_at, coalesce(d.minutes, 0),
        case when s.owner_id is null then '{}'::uuid[] else array[s.owner_id] end,
        (array['电话沟通', '上门拜访', '项目例会', '接待来访客户', '邮件往来', '备注'])[
          array_position(${types}::text[], s.type::text)] || '：' ||
          (array['需求确认', '报价跟进', '交付进度', '回款沟通', '满意度回访', '技术交流'])[1 + floor(s.r_topic * 6)::int],
        case when s.r_topic < 0.7 then '已沟通，客户认可' else '' end,
        case when s.r_follow < 0.2 then (s.occurred_at at time zone ${tz})::date + 3 + floor(s.r_follow * 50)::int end,
        s.owner_id, s.logged_at
      from seed_activities s left join seed_delays d on d.row_id = s.ctid`;
    const [{ n, late }] = await tx<[{ n: number; late: number }]>`
      select count(*)::int as n, count(*) filter (where logged_at > deadline)::int as late
      from seed_activities`;
    opts.log(
      `seed:large: ${n} activities (${late} filed late, ${lateCount.count} with a working-time delay) in ${((Date.now() - started) / 1000).toFixed(1)}s`,
    );
    return { activities: n, late };
  });
}
