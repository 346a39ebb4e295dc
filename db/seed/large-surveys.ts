import type postgres from "postgres";

/**
 * Satisfaction surveys for the generated accounts, in set-based SQL: for each of the
 * last four quarters (the current one up to `asOf`), about 60 % of the accounts'
 * primary contacts (or first customer contact) got a link on the quarter's first
 * days, and about 62 % of those answered within two weeks — ~150,000 answers at
 * 100,000 accounts. Scores: ~15 % detractors (NPS 0–6), ~30 % passives, the rest
 * promoters, CSAT following NPS. The links' token hashes are random (nobody holds
 * their tokens) and no complaints are opened. Skipped when the generated accounts
 * already have survey answers.
 */
export async function seedLargeSurveys(
  sql: postgres.Sql,
  opts: { pattern: string; asOf: Date; timeZone: string; log: (line: string) => void },
) {
  const [{ present }] = await sql<[{ present: boolean }]>`
    select exists (select 1 from survey_answers s join accounts a on a.id = s.account_id
      where a.code ~ ${opts.pattern}) as present`;
  if (present) {
    opts.log("seed:large: generated accounts already have survey answers, keeping them");
    return { invitations: 0, answers: 0 };
  }
  const [template] = await sql<{ id: string }[]>`
    select id from survey_templates where is_current`;
  if (!template) {
    opts.log("seed:large: no survey template (run the migrations first), no surveys");
    return { invitations: 0, answers: 0 };
  }
  const started = Date.now();
  const tz = opts.timeZone;
  return sql.begin(async (tx) => {
    await tx`select setseed(0.17)`;
    const [invited] = await tx<[{ count: number }]>`
      with contacts as (
        select distinct on (s.account_id) s.account_id, s.id as contact_id
        from stakeholders s join accounts a on a.id = s.account_id
        where a.code ~ ${opts.pattern} and s.side = 'customer'
        order by s.account_id, s.is_primary desc, s.created_at, s.id),
      quarters as (
        select date_trunc('quarter', ${opts.asOf}::timestamptz at time zone ${tz})
          - make_interval(months => 3 * q) as local_start
        from generate_series(0, 3) q),
      picked as (
        select c.account_id, c.contact_id, q.local_start,
          ((q.local_start + interval '9 hours' + random() * interval '3 days') at time zone ${tz})
            as sent_at,
          random() as r_answer, random() as r_when
        from contacts c cross join quarters q
        where random() < 0.6),
      inserted as (
        insert into survey_invitations (token_hash, account_id, contact_id, template_id, quarter,
          locale, source, sent_at, expires_at, reminders_sent, answered_at)
        select encode(sha256(convert_to(gen_random_uuid()::text, 'UTF8')), 'hex'),
          p.account_id, p.contact_id, ${template.id}, to_char(p.local_start, 'YYYY-"Q"Q'),
          'zh-CN', 'campaign', p.sent_at, p.sent_at + interval '30 days',
          case when p.r_answer < 0.62 then least(2, floor(p.r_when * 3))::int else 2 end,
          case when p.r_answer < 0.62 and p.sent_at + p.r_when * interval '14 days' < ${opts.asOf}
            then p.sent_at + p.r_when * interval '14 days' end
        from picked p where p.sent_at < ${opts.asOf}
        on conflict do nothing
        returning 1)
      select count(*)::int as count from inserted`;
    const [answered] = await tx<[{ count: number }]>`
      with scored as (
        select i.*, a.owner_id, random() as r_group, random() as r_score, random() as r_csat
        from survey_invitations i join accounts a on a.id = i.account_id
        where a.code ~ ${opts.pattern} and i.answered_at is not null),
      nps as (
        select s.*, case
            when s.r_group < 0.15 then floor(s.r_score * 7)
            when s.r_group < 0.45 then 7 + floor(s.r_score * 2)
            else 9 + floor(s.r_score * 2) end::int as nps
        from scored s),
      inserted as (
        insert into survey_answers (invitation_id, account_id, contact_id, template_id, owner_id,
          quarter, csat, nps, comment, answered_at)
        select n.id, n.account_id, n.contact_id, n.template_id, n.owner_id, n.quarter,
          case when n.nps <= 6 then 1 + floor(n.r_csat * 3)
               when n.nps <= 8 then 3 + floor(n.r_csat * 2)
               else 4 + floor(n.r_csat * 2) end::int,
          n.nps, '', n.answered_at
        from nps n
        returning 1)
      select count(*)::int as count from inserted`;
    opts.log(
      `seed:large: ${invited!.count} survey links, ${answered!.count} answers in ${((Date.now() - started) / 1000).toFixed(1)}s`,
    );
    return { invitations: invited!.count, answers: answered!.count };
  });
}
