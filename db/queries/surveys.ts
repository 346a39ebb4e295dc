import "server-only";
import { and, desc, eq, isNull } from "drizzle-orm";
import { db } from "@/db";
import {
  accounts,
  stakeholders,
  surveyAnswers,
  surveyCampaignSettings,
  surveyInvitations,
  surveyTemplates,
  type SurveyTemplate,
} from "@/db/schema";
import type { Actor } from "@/lib/policy";
import { isAnswerable } from "@/lib/surveys/reminders";
import { hashSurveyToken, isWellFormedToken } from "@/lib/surveys/token";
import type { SurveyLocale } from "@/lib/surveys/types";
import { visibleAccounts } from "./visibility";

export type PublicSurvey =
  | { status: "open"; locale: SurveyLocale; companyName: string; template: SurveyTemplate }
  | { status: "invalid" };

/**
 * What the public answer page may show for a link: the company's name, the template
 * version and the contact's language, while the link is unanswered and unexpired.
 * Anything else (malformed, unknown, answered, expired) is the same `invalid`.
 */
export async function findPublicSurvey(token: string, now: Date): Promise<PublicSurvey> {
  if (!isWellFormedToken(token)) return { status: "invalid" };
  const [row] = await db
    .select({
      invitation: {
        locale: surveyInvitations.locale,
        expiresAt: surveyInvitations.expiresAt,
        answeredAt: surveyInvitations.answeredAt,
      },
      companyName: accounts.name,
      template: surveyTemplates,
    })
    .from(surveyInvitations)
    .innerJoin(accounts, eq(accounts.id, surveyInvitations.accountId))
    .innerJoin(surveyTemplates, eq(surveyTemplates.id, surveyInvitations.templateId))
    .where(eq(surveyInvitations.tokenHash, hashSurveyToken(token)));
  if (!row || !isAnswerable(row.invitation, now)) return { status: "invalid" };
  return {
    status: "open",
    locale: row.invitation.locale,
    companyName: row.companyName,
    template: row.template,
  };
}

/** The account's survey answers, newest first, with the contact's name (if the caller sees the account). */
export async function listAccountSurveyAnswers({
  actor,
  accountId,
}: {
  actor: Actor;
  accountId: string;
}) {
  return db
    .select({
      id: surveyAnswers.id,
      answeredAt: surveyAnswers.answeredAt,
      contactName: stakeholders.name,
      csat: surveyAnswers.csat,
      nps: surveyAnswers.nps,
      comment: surveyAnswers.comment,
      quarter: surveyAnswers.quarter,
      serviceRequestId: surveyAnswers.serviceRequestId,
    })
    .from(surveyAnswers)
    .innerJoin(accounts, eq(accounts.id, surveyAnswers.accountId))
    .leftJoin(stakeholders, eq(stakeholders.id, surveyAnswers.contactId))
    .where(and(eq(surveyAnswers.accountId, accountId), visibleAccounts(actor)))
    .orderBy(desc(surveyAnswers.answeredAt), desc(surveyAnswers.id))
    .limit(100);
}

/** The account's links not answered yet, newest first (expired ones included, marked by `expiresAt`). */
export async function listAccountPendingSurveys({
  actor,
  accountId,
}: {
  actor: Actor;
  accountId: string;
}) {
  return db
    .select({
      id: surveyInvitations.id,
      contactName: stakeholders.name,
      contactEmail: stakeholders.email,
      sentAt: surveyInvitations.sentAt,
      expiresAt: surveyInvitations.expiresAt,
      remindersSent: surveyInvitations.remindersSent,
      source: surveyInvitations.source,
      quarter: surveyInvitations.quarter,
    })
    .from(surveyInvitations)
    .innerJoin(accounts, eq(accounts.id, surveyInvitations.accountId))
    .innerJoin(stakeholders, eq(stakeholders.id, surveyInvitations.contactId))
    .where(
      and(
        eq(surveyInvitations.accountId, accountId),
        isNull(surveyInvitations.answeredAt),
        visibleAccounts(actor),
      ),
    )
    .orderBy(desc(surveyInvitations.sentAt))
    .limit(50);
}

/** The current template version (the editor's starting point). */
export async function getCurrentSurveyTemplate() {
  const [row] = await db.select().from(surveyTemplates).where(eq(surveyTemplates.isCurrent, true));
  return row ?? null;
}

/** The quarterly campaign's settings (the built-in row). */
export async function getSurveyCampaignSettings() {
  const [row] = await db
    .select()
    .from(surveyCampaignSettings)
    .where(eq(surveyCampaignSettings.id, 1));
  return (
    row ?? {
      id: 1,
      enabled: true,
      audience: "primary" as const,
      version: 1,
      updatedAt: new Date(0),
    }
  );
}
