import { randomUUID } from "node:crypto";
import { and, asc, eq, inArray, isNotNull } from "drizzle-orm";
import * as schema from "../schema";
import { quarterOf } from "@/lib/surveys/quarter";
import { expiresAtFor } from "@/lib/surveys/reminders";
import { hashSurveyToken, surveyToken } from "@/lib/surveys/token";
import { isDemoAccount } from "./generated-codes";
import type { SeedDb as Db } from "./index";

const DAY = 86_400_000;

/**
 * A few satisfaction surveys so a fresh `npm run dev` shows the Service tab's answers
 * and the surveys dashboard: on the first four owned accounts' primary contacts, one
 * promoter and one passive answer last quarter, a detractor-free answer this quarter
 * and one link still waiting (its QR code on the account page). Idempotent (one link
 * per contact and quarter, one answer per link).
 */
export async function seedDemoSurveys(db: Db) {
  const timeZone = process.env.PCRM_TIME_ZONE ?? "Asia/Shanghai";
  const secret = process.env.AUTH_SECRET ?? "";
  const [template] = await db
    .select({ id: schema.surveyTemplates.id })
    .from(schema.surveyTemplates)
    .where(eq(schema.surveyTemplates.isCurrent, true));
  if (!template) return;
  const owned = await db
    .select({ id: schema.accounts.id, ownerId: schema.accounts.ownerId })
    .from(schema.accounts)
    .where(and(isNotNull(schema.accounts.ownerId), isDemoAccount))
    .orderBy(asc(schema.accounts.code))
    .limit(4);
  if (owned.length === 0) return;
  const contacts = await db
    .select({ id: schema.stakeholders.id, accountId: schema.stakeholders.accountId })
    .from(schema.stakeholders)
    .where(
      and(
        inArray(
          schema.stakeholders.accountId,
          owned.map((a) => a.id),
        ),
        eq(schema.stakeholders.side, "customer"),
      ),
    )
    .orderBy(asc(schema.stakeholders.createdAt));
  const now = Date.now();
  const plan = [
    { ago: 100, csat: 5, nps: 10, comment: "交货及时，服务周到。" },
    { ago: 95, csat: 4, nps: 8, comment: "" },
    { ago: 3, csat: 4, nps: 9, comment: "技术支持响应很快。" },
    { ago: 2, csat: null, nps: null, comment: "" },
  ];
  for (const [i, account] of owned.entries()) {
    const contact = contacts.find((c) => c.accountId === account.id);
    const step = plan[i];
    if (!contact || !step) continue;
    // A link only the app's own secret opens; without one at seed time, no pending link.
    if (step.csat === null && !secret) continue;
    const sentAt = new Date(now - step.ago * DAY);
    const id = randomUUID();
    const [invitation] = await db
      .insert(schema.surveyInvitations)
      .values({
        id,
        tokenHash: hashSurveyToken(secret ? surveyToken(secret, id) : randomUUID()),
        accountId: account.id,
        contactId: contact.id,
        templateId: template.id,
        quarter: quarterOf(sentAt, timeZone),
        locale: "zh-CN",
        source: "campaign",
        sentAt,
        expiresAt: expiresAtFor(sentAt),
        answeredAt: step.csat === null ? null : new Date(sentAt.getTime() + DAY),
      })
      .onConflictDoNothing()
      .returning();
    if (!invitation || step.csat === null || step.nps === null) continue;
    await db
      .insert(schema.surveyAnswers)
      .values({
        invitationId: invitation.id,
        accountId: account.id,
        contactId: contact.id,
        templateId: template.id,
        ownerId: account.ownerId,
        quarter: invitation.quarter,
        csat: step.csat,
        nps: step.nps,
        comment: step.comment,
        answeredAt: invitation.answeredAt!,
      })
      .onConflictDoNothing();
  }
}
