import type postgres from "postgres";

/**
 * Return visits (回访) and follow-ups for the generated accounts, in set-based SQL
 * from the generated activities: a return visit for about half the visits and
 * receptions (trigger `visit_logged` / `reception_logged`, source = the activity),
 * one for each account in execution (`account_entered_execution`, source = its
 * entering transition's account), and a follow-up for a quarter of the activities
 * with a next follow-up date. Windows as lib/tasks/rules.ts opens them (7 days from
 * the event, in the organisation's time zone). Outcomes are mixed per manager: most
 * completed within the window, some late, some open (overdue or still pending),
 * a few cancelled; each manager has a steady rate, so coverage differs between
 * managers. Skipped when the generated accounts already have tasks.
 */
export async function seedLargeTasks(
  sql: postgres.Sql,
  opts: { pattern: string; asOf: Date; timeZone: string; log: (line: string) => void },
) {
  const [{ present }] = await sql<[{ present: boolean }]>`
    select exists (select 1 from tasks t join accounts a on a.id = t.account_id
      where a.code ~ ${opts.pattern}) as present`;
  if (present) {
    opts.log("seed:large: generated accounts already have tasks, keeping them");
    return { tasks: 0 };
  }
  const started = Date.now();
  const tz = opts.timeZone;
  const today = sql`(${opts.asOf}::timestamptz at time zone ${tz})::date`;
  // 0–255 from the activity's account code and time, not its (random) id: the same picks each run.
  const pick = sql`('x' || substr(md5(a.code || extract(epoch from v.occurred_at)::text), 1, 2))::bit(8)::int`;
  return sql.begin(async (tx) => {
    await tx`select setseed(0.15)`;
    const made = await tx`
      with events as (
        select v.account_id, a.owner_id, v.logged_at as at, v.id as source_id,
          (v.type::text || '_logged') as trigger_key, 'return_visit'::task_kind as kind, null::date as due
        from activities v join accounts a on a.id = v.account_id
        where a.code ~ ${opts.pattern} and v.type in ('visit', 'reception')
          and ${pick} < 128
        union all
        select a.id, a.owner_id, a.stage_entered_at, a.id, 'account_entered_execution', 'return_visit', null
        from accounts a where a.code ~ ${opts.pattern} and a.stage = 'execution'
        union all
        select v.account_id, a.owner_id, v.logged_at, v.id, 'activity_follow_up', 'follow_up', v.next_follow_up
        from activities v join accounts a on a.id = v.account_id
        where a.code ~ ${opts.pattern} and v.next_follow_up is not null
          and ${pick} < 64),
      windows as (
        select e.*, coalesce(e.due, (e.at at time zone ${tz})::date + 7) as ends_on,
          -- Each manager's steady rate of return visits made in time: 70–98 %.
          0.7 + 0.28 * (('x' || substr(md5(coalesce(e.owner_id::text, '')), 1, 4))::bit(16)::int / 65535.0)
            as diligence,
          random() as r_outcome, random() as r_when, random() as r_detail
        from events e where e.at < ${opts.asOf}),
      outcomes as (
        select w.*,
          case
            when w.ends_on >= ${today} then case when w.r_outcome < 0.5 then 'in_window' else 'open' end
            when w.r_outcome < w.diligence then 'in_window'
            when w.r_outcome < w.diligence + (1 - w.diligence) * 0.5 then 'late'
            when w.r_outcome < w.diligence + (1 - w.diligence) * 0.9 then 'open'
            else 'cancelled' end as outcome
        from windows w)
      insert into tasks (kind, account_id, assignee_id, window_start, window_ends_on, due_date, status,
        trigger_key, source_id, method, satisfaction, completed_at, completed_by_id, created_at,
        updated_at, notes)
      select o.kind, o.account_id, o.owner_id, o.at, o.ends_on, o.ends_on,
        (case o.outcome when 'in_window' then 'done' when 'late' then 'done' when 'open' then 'open'
          else 'cancelled' end)::task_status,
        o.trigger_key, o.source_id,
        case when o.kind = 'return_visit' and o.outcome in ('in_window', 'late') then
          (array['phone', 'on_site', 'sms_wechat'])[1 + floor(o.r_detail * 3)::int]::return_visit_method end,
        case when o.kind = 'return_visit' and o.outcome in ('in_window', 'late') then
          (3 + floor(o.r_detail * 3))::smallint end,
        case o.outcome
          when 'in_window' then least(o.at + o.r_when * (o.ends_on - (o.at at time zone ${tz})::date)
            * interval '1 day', ${opts.asOf}::timestamptz - interval '1 hour')
          when 'late' then least(((o.ends_on + 1 + floor(o.r_when * 20)::int)::timestamp
            + interval '10 hours') at time zone ${tz}, ${opts.asOf}::timestamptz - interval '1 hour') end,
        case when o.outcome in ('in_window', 'late') then o.owner_id end,
        o.at, o.at, ''
      from outcomes o`;
    opts.log(
      `seed:large: ${made.count} return visits and follow-ups in ${((Date.now() - started) / 1000).toFixed(1)}s`,
    );
    return { tasks: made.count };
  });
}
