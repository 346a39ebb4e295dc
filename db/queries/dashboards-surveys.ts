import "server-only";
import { and, sql } from "drizzle-orm";
import { accounts, surveyAnswers, users } from "@/db/schema";
import { averageCsat, netPromoterScore } from "@/lib/surveys/scores";
import { accountConditions, analytic, inPeriod, type DashboardArgs } from "./dashboards-shared";

export type SurveyScoreRow = {
  ownerId: string | null;
  ownerName: string | null;
  quarter: string;
  answers: number;
  csat: number | null;
  nps: number | null;
  promoters: number;
  passives: number;
  detractors: number;
};

/**
 * CSAT and NPS per quarter and per customer manager (the account's manager when the
 * answer came) of the answers given in the period, on the accounts the actor sees.
 * Accounts are joined only when visibility or a filter reads them.
 */
export async function surveyScores(args: DashboardArgs): Promise<SurveyScoreRow[]> {
  const scope = accountConditions(args.actor, args.filters);
  const rows = await analytic<{
    owner_id: string | null;
    owner_name: string | null;
    quarter: string;
    answers: number;
    csat_sum: number;
    promoters: number;
    passives: number;
    detractors: number;
  }>(sql`
    select ${surveyAnswers.ownerId} as owner_id, ${users.name} as owner_name,
      ${surveyAnswers.quarter} as quarter, count(*)::int as answers,
      sum(${surveyAnswers.csat})::int as csat_sum,
      count(*) filter (where ${surveyAnswers.nps} >= 9)::int as promoters,
      count(*) filter (where ${surveyAnswers.nps} between 7 and 8)::int as passives,
      count(*) filter (where ${surveyAnswers.nps} <= 6)::int as detractors
    from ${surveyAnswers}
    ${scope.length ? sql`join ${accounts} on ${accounts.id} = ${surveyAnswers.accountId}` : sql``}
    left join ${users} on ${users.id} = ${surveyAnswers.ownerId}
    where ${and(inPeriod(surveyAnswers.answeredAt, args.filters), ...scope)}
    group by 1, 2, 3
    order by 3, 2 nulls last, 1`);
  return rows.map((r) => ({
    ownerId: r.owner_id,
    ownerName: r.owner_name,
    quarter: r.quarter,
    answers: r.answers,
    csat: averageCsat(r.csat_sum, r.answers),
    nps: netPromoterScore(r),
    promoters: r.promoters,
    passives: r.passives,
    detractors: r.detractors,
  }));
}
