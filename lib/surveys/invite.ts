import "server-only";
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db";
import { surveyInvitations, surveyTemplates } from "@/db/schema";
import { env } from "@/lib/env";
import { quarterOf } from "./quarter";
import { expiresAtFor } from "./reminders";
import { hashSurveyToken, surveyToken } from "./token";
import type { InvitationSource, SurveyLocale } from "./types";

export type NewInvitation = {
  accountId: string;
  contactId: string;
  locale: SurveyLocale;
  source: InvitationSource;
  sentById: string | null;
};

/** The current template version's id (the built-in seed guarantees one). */
export async function currentTemplateId(tx: Tx): Promise<string> {
  const [row] = await tx
    .select({ id: surveyTemplates.id })
    .from(surveyTemplates)
    .where(eq(surveyTemplates.isCurrent, true));
  if (!row) throw new Error("No current survey template: run the migrations (built-ins)");
  return row.id;
}

/**
 * Creates invitations at `now`, each with its token's hash; a contact already
 * surveyed in `now`'s quarter gets none (the unique index on contact and quarter,
 * `on conflict do nothing`), so a campaign run twice or a manager sending twice
 * creates nothing new. Returns the invitations created.
 */
export async function createInvitations(
  tx: Tx,
  rows: readonly NewInvitation[],
  now: Date,
  templateId?: string,
) {
  if (rows.length === 0) return [];
  const template = templateId ?? (await currentTemplateId(tx));
  const quarter = quarterOf(now, env.PCRM_TIME_ZONE);
  const values = rows.map((row) => {
    const id = randomUUID();
    return {
      ...row,
      id,
      tokenHash: hashSurveyToken(surveyToken(env.AUTH_SECRET, id)),
      templateId: template,
      quarter,
      sentAt: now,
      expiresAt: expiresAtFor(now),
    };
  });
  return tx.insert(surveyInvitations).values(values).onConflictDoNothing().returning();
}

/** Whether the contact was already surveyed in `now`'s quarter. */
export async function surveyedThisQuarter(tx: Tx, contactId: string, now: Date) {
  const [row] = await tx
    .select({ id: surveyInvitations.id })
    .from(surveyInvitations)
    .where(
      and(
        eq(surveyInvitations.contactId, contactId),
        eq(surveyInvitations.quarter, quarterOf(now, env.PCRM_TIME_ZONE)),
      ),
    );
  return !!row;
}
