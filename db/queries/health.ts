import "server-only";
import { and, eq, sql, type SQL } from "drizzle-orm";
import { db, type Tx } from "@/db";
import { accounts } from "@/db/schema";
import { addDays } from "@/lib/dates";
import type { HealthFacts } from "@/lib/health/signals";
import { isDowngrade } from "@/lib/value/abc";
import type { Actor } from "@/lib/policy";
import { visibleAccounts } from "./visibility";

/** How far back satisfaction (return visits and survey answers) counts. */
export const SATISFACTION_DAYS = 180;
/** The recent period whose revenue is compared with the same period a year earlier. */
export const REVENUE_PERIOD_DAYS = 90;

export type HealthFactsRow = {
  accountId: string;
  createdAt: Date;
  lastActivityAt: Date | null;
  overdueTasks: number;
  complaintsPastSla: number;
  satisfactionAverage: number | null;
  satisfactionAnswers: number;
  surveyCsat: number | null;
  surveyNps: number | null;
  surveyAnswers: number;
  lastChangeFrom: string | null;
  lastChangeTo: string | null;
  lastChangeAt: Date | null;
  revenueRecent: number | null;
  revenueYearAgo: number | null;
};

/**
 * The facts of lib/health/signals.ts for the accounts `where` selects, one row
 * each, set-based: every signal is a probe of its table's per-account index.
 * Callers scope it: one visible account (`accountHealthFacts`) or every open
 * account (the `account-health` job).
 *
 * Satisfaction reads completed return visits (`sat`) and satisfaction survey answers
 * (`sv`: CSAT and likelihood to recommend) of the last 180 days. Revenue compares the
 * last 90 days with the same 90 days a year earlier (confirmed and delivered orders).
 */
export function healthFactsQuery(where: SQL | undefined, now: Date, today: string) {
  const since = new Date(now.getTime() - SATISFACTION_DAYS * 86_400_000);
  const recentFrom = addDays(today, -(REVENUE_PERIOD_DAYS - 1));
  const yearAgoTo = addDays(today, -365);
  const yearAgoFrom = addDays(yearAgoTo, -(REVENUE_PERIOD_DAYS - 1));
  return sql`
    select accounts.id as "accountId", accounts.created_at as "createdAt",
      (select max(act.occurred_at) from activities act where act.account_id = accounts.id) as "lastActivityAt",
      (select count(*)::int from tasks t
        where t.account_id = accounts.id and t.status = 'open' and t.due_date < ${today}::date) as "overdueTasks",
      (select count(*)::int from service_requests s
        where s.account_id = accounts.id and s.type = 'complaint'
          and s.status not in ('resolved', 'closed')
          and s.resolution_due_at < ${now.toISOString()}::timestamptz) as "complaintsPastSla",
      sat.average as "satisfactionAverage", coalesce(sat.answers, 0)::int as "satisfactionAnswers",
      sv.csat as "surveyCsat", sv.nps as "surveyNps", sv.answers as "surveyAnswers",
      abc.from_class as "lastChangeFrom", abc.to_class as "lastChangeTo", abc.at as "lastChangeAt",
      rev.recent::float8 as "revenueRecent", rev.year_ago::float8 as "revenueYearAgo"
    from accounts
    left join lateral (
      select avg(t.satisfaction)::float8 as average, count(t.satisfaction) as answers
      from tasks t
      where t.account_id = accounts.id and t.status = 'done' and t.satisfaction is not null
        and t.completed_at >= ${since.toISOString()}::timestamptz
    ) sat on true
    left join lateral (
      select avg(a.csat)::float8 as csat, avg(a.nps)::float8 as nps, count(*)::int as answers
      from survey_answers a
      where a.account_id = accounts.id and a.answered_at >= ${since.toISOString()}::timestamptz
    ) sv on true
    left join lateral (
      select h.from_class, h.to_class, h.at from abc_class_history h
      where h.account_id = accounts.id order by h.at desc limit 1
    ) abc on true
    left join lateral (
      select
        coalesce(sum(o.total_minor) filter (where o.order_date >= ${recentFrom}::date), 0) as recent,
        coalesce(sum(o.total_minor) filter (where o.order_date <= ${yearAgoTo}::date), 0) as year_ago
      from orders o
      where o.account_id = accounts.id and o.status in ('confirmed', 'delivered')
        and (o.order_date between ${recentFrom}::date and ${today}::date
          or o.order_date between ${yearAgoFrom}::date and ${yearAgoTo}::date)
    ) rev on true
    where ${where ?? sql`true`}`;
}

/** A facts row as the rule's input. */
export function toHealthFacts(row: HealthFactsRow): HealthFacts {
  return {
    createdAt: new Date(row.createdAt),
    lastActivityAt: row.lastActivityAt ? new Date(row.lastActivityAt) : null,
    overdueTasks: Number(row.overdueTasks),
    complaintsPastSla: Number(row.complaintsPastSla),
    abcDowngrade:
      row.lastChangeTo && row.lastChangeAt && isDowngrade(row.lastChangeFrom, row.lastChangeTo)
        ? { from: row.lastChangeFrom!, to: row.lastChangeTo, at: new Date(row.lastChangeAt) }
        : null,
    revenue: { recent: Number(row.revenueRecent ?? 0), yearAgo: Number(row.revenueYearAgo ?? 0) },
    satisfaction:
      row.satisfactionAverage === null
        ? null
        : { average: Number(row.satisfactionAverage), answers: Number(row.satisfactionAnswers) },
    surveys:
      Number(row.surveyAnswers) > 0
        ? {
            csatAverage: Number(row.surveyCsat),
            npsAverage: Number(row.surveyNps),
            answers: Number(row.surveyAnswers),
          }
        : null,
  };
}

/** One account's health facts, if the caller sees it. */
export async function accountHealthFacts({
  actor,
  accountId,
  now,
  today,
  tx = db,
}: {
  actor: Actor;
  accountId: string;
  now: Date;
  today: string;
  tx?: Tx | typeof db;
}): Promise<HealthFacts | null> {
  const rows = (await tx.execute(
    healthFactsQuery(and(eq(accounts.id, accountId), visibleAccounts(actor)), now, today),
  )) as unknown as HealthFactsRow[];
  return rows[0] ? toHealthFacts(rows[0]) : null;
}
