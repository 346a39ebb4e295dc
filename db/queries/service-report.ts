import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { escalationLog, serviceRequests as sr, stakeholders, surveyAnswers } from "@/db/schema";
import type { Actor } from "@/lib/policy";
import type { ReportPeriod } from "@/lib/service/report";
import { inPeriod } from "./dashboards-shared";
import { visibleByAccount, visibleServiceRequests } from "./visibility";

type ReportArgs = { actor: Actor; accountId: string; period: ReportPeriod };

/**
 * The account's service requests received in the period, oldest first, with what the
 * report prints and the number of escalation steps each one fired.
 */
export async function serviceReportRequests({ actor, accountId, period }: ReportArgs) {
  return db
    .select({
      id: sr.id,
      subject: sr.subject,
      receivedAt: sr.receivedAt,
      type: sr.type,
      channel: sr.channel,
      priority: sr.priority,
      status: sr.status,
      firstRespondedAt: sr.firstRespondedAt,
      firstResponseDueAt: sr.firstResponseDueAt,
      resolvedAt: sr.resolvedAt,
      resolutionDueAt: sr.resolutionDueAt,
      slaResolutionHours: sr.slaResolutionHours,
      slaUsedSeconds: sr.slaUsedSeconds,
      slaRunningSince: sr.slaRunningSince,
      closedAt: sr.closedAt,
      // Qualified by hand: in a one-table select Drizzle prints columns unqualified,
      // and a bare "id" inside the subquery would be the log row's own id.
      escalations: sql<number>`(select count(*)::int from ${escalationLog} as fired
        where fired.request_id = ${sr}.id)`.mapWith(Number),
    })
    .from(sr)
    .where(
      and(
        eq(sr.accountId, accountId),
        inPeriod(sr.receivedAt, period),
        visibleServiceRequests(actor, sr),
      ),
    )
    .orderBy(asc(sr.receivedAt), asc(sr.id));
}
export type ServiceReportRequest = Awaited<ReturnType<typeof serviceReportRequests>>[number];

/** The account's survey answers given in the period, oldest first, with the contact's name. */
export async function serviceReportAnswers({ actor, accountId, period }: ReportArgs) {
  return db
    .select({
      id: surveyAnswers.id,
      answeredAt: surveyAnswers.answeredAt,
      contactName: stakeholders.name,
      csat: surveyAnswers.csat,
      nps: surveyAnswers.nps,
      comment: surveyAnswers.comment,
    })
    .from(surveyAnswers)
    .leftJoin(stakeholders, eq(stakeholders.id, surveyAnswers.contactId))
    .where(
      and(
        eq(surveyAnswers.accountId, accountId),
        inPeriod(surveyAnswers.answeredAt, period),
        visibleByAccount(actor, surveyAnswers.accountId),
      ),
    )
    .orderBy(asc(surveyAnswers.answeredAt), asc(surveyAnswers.id));
}
export type ServiceReportAnswer = Awaited<ReturnType<typeof serviceReportAnswers>>[number];
