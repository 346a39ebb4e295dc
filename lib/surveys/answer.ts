import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { accounts, surveyAnswers, surveyInvitations, surveyTemplates } from "@/db/schema";
import { extraAnswers, surveyAnswerSchema } from "@/lib/validations/surveys";
import { openDetractorComplaint } from "./complaint";
import { isAnswerable } from "./reminders";
import { isDetractorAnswer } from "./scores";
import { hashSurveyToken, isWellFormedToken } from "./token";
import type { SurveyLocale } from "./types";

export type AnswerResult =
  | { ok: true; locale: SurveyLocale; complaintId: string | null }
  /** `invalid`: forged, unknown, used or expired — one answer for all, so none is told apart. */
  | { ok: false; error: "invalid" }
  | { ok: false; error: "validation"; locale: SurveyLocale };

/**
 * Records the answer to the link `token` at `now`, in one transaction: the invitation
 * is locked, must be unanswered and unexpired; the answer goes in (one per invitation,
 * a unique index), the invitation is marked answered, and a detractor answer opens a
 * complaint on the account.
 */
export async function answerSurvey(
  token: string,
  form: Record<string, unknown>,
  now: Date,
): Promise<AnswerResult> {
  if (!isWellFormedToken(token)) return { ok: false, error: "invalid" };
  return db.transaction(async (tx): Promise<AnswerResult> => {
    const [found] = await tx
      .select({ invitation: surveyInvitations, questions: surveyTemplates.questions })
      .from(surveyInvitations)
      .innerJoin(surveyTemplates, eq(surveyTemplates.id, surveyInvitations.templateId))
      .where(eq(surveyInvitations.tokenHash, hashSurveyToken(token)))
      .for("update", { of: surveyInvitations });
    if (!found || !isAnswerable(found.invitation, now)) return { ok: false, error: "invalid" };
    const invitation = found.invitation;
    const parsed = surveyAnswerSchema.safeParse(form);
    const extra = extraAnswers(found.questions, form);
    if (!parsed.success || !extra) {
      return { ok: false, error: "validation", locale: invitation.locale };
    }
    const [account] = await tx
      .select({ ownerId: accounts.ownerId })
      .from(accounts)
      .where(eq(accounts.id, invitation.accountId));
    const ownerId = account?.ownerId ?? null;
    const [answer] = await tx
      .insert(surveyAnswers)
      .values({
        invitationId: invitation.id,
        accountId: invitation.accountId,
        contactId: invitation.contactId,
        templateId: invitation.templateId,
        ownerId,
        quarter: invitation.quarter,
        csat: parsed.data.csat,
        nps: parsed.data.nps,
        comment: parsed.data.comment,
        extra,
        answeredAt: now,
      })
      .returning({ id: surveyAnswers.id });
    await tx
      .update(surveyInvitations)
      .set({ answeredAt: now })
      .where(eq(surveyInvitations.id, invitation.id));
    let complaintId: string | null = null;
    if (isDetractorAnswer(parsed.data)) {
      complaintId = await openDetractorComplaint(tx, {
        accountId: invitation.accountId,
        contactId: invitation.contactId,
        ownerId,
        csat: parsed.data.csat,
        nps: parsed.data.nps,
        comment: parsed.data.comment,
        answeredAt: now,
        locale: invitation.locale,
      });
      await tx
        .update(surveyAnswers)
        .set({ serviceRequestId: complaintId })
        .where(eq(surveyAnswers.id, answer!.id));
    }
    return { ok: true, locale: invitation.locale, complaintId };
  });
}
