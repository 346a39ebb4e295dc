import "server-only";
import { and, asc, eq, gt, inArray, isNull, lt, lte, ne } from "drizzle-orm";
import { db } from "@/db";
import { accounts, stakeholders, surveyCampaignSettings, surveyInvitations } from "@/db/schema";
import type { JobContext, JobDefinition } from "@/lib/jobs/registry";
import { sendMails } from "@/lib/mail/send";
import { env } from "@/lib/env";
import { campaignTargets } from "./campaign";
import { createInvitations, currentTemplateId } from "./invite";
import { jobOrigin, surveyLink } from "./links";
import { contactLocale } from "./locale";
import { surveyMail } from "./mail";
import { quarterOf } from "./quarter";
import { REMINDER_DAYS, reminderDue } from "./reminders";

/** Accounts looked at per transaction. */
const BATCH = 1000;
const DAY_MS = 86_400_000;

type Invited = { id: string; contactId: string; locale: "zh-CN" | "en" };

/** The invitation mail to each new link's contact with an e-mail address (after commit). */
async function mailInvitations(invited: readonly Invited[], reminder: 0 | 1 | 2 = 0) {
  if (invited.length === 0) return 0;
  const contacts = await db
    .select({ id: stakeholders.id, name: stakeholders.name, email: stakeholders.email })
    .from(stakeholders)
    .where(inArray(stakeholders.id, [...new Set(invited.map((i) => i.contactId))]));
  const byId = new Map(contacts.map((c) => [c.id, c]));
  const origin = jobOrigin();
  if (!origin) {
    console.warn(
      `survey mails: PCRM_PUBLIC_URL is not set, so ${invited.length} link(s) were not mailed (they are on the accounts' Service tab)`,
    );
    return 0;
  }
  const mails = invited.flatMap((invitation) => {
    const contact = byId.get(invitation.contactId);
    if (!contact?.email) return [];
    return [surveyMail(invitation.locale, contact, surveyLink(invitation.id, origin), reminder)];
  });
  // One outbox insert for the batch (with SMTP each is then sent as sendMail sends it).
  await sendMails(mails);
  return mails.length;
}

/**
 * The quarterly campaign at `now`: for every live account (active, not archived, not
 * dropped or churned), in batches, the contacts the settings' audience names get a
 * link, except those already surveyed this quarter; each batch is one transaction and
 * the unique index on contact and quarter makes a second run (or a run beside a
 * manager's sending) create nothing twice. Contacts with an e-mail get the mail.
 */
export async function runSurveyCampaign(now: Date) {
  const [settings] = await db.select().from(surveyCampaignSettings).limit(1);
  if (settings && !settings.enabled) return { skipped: true, invited: 0, mailed: 0 };
  const audience = settings?.audience ?? "primary";
  const quarter = quarterOf(now, env.PCRM_TIME_ZONE);
  let after = "00000000-0000-0000-0000-000000000000";
  let invited = 0;
  let mailed = 0;
  for (;;) {
    const batch = await db.transaction(async (tx) => {
      const ids = await tx
        .select({ id: accounts.id })
        .from(accounts)
        .where(
          and(
            gt(accounts.id, after),
            eq(accounts.status, "active"),
            isNull(accounts.archivedAt),
            ne(accounts.stage, "dropped"),
            ne(accounts.stage, "churned"),
          ),
        )
        .orderBy(asc(accounts.id))
        .limit(BATCH);
      if (ids.length === 0) return null;
      const accountIds = ids.map((r) => r.id);
      const contacts = await tx
        .select({
          id: stakeholders.id,
          accountId: stakeholders.accountId,
          isPrimary: stakeholders.isPrimary,
          decisionRole: stakeholders.decisionRole,
          createdAt: stakeholders.createdAt,
          countryRegion: stakeholders.countryRegion,
        })
        .from(stakeholders)
        .where(and(inArray(stakeholders.accountId, accountIds), eq(stakeholders.side, "customer")));
      const surveyed = await tx
        .select({ contactId: surveyInvitations.contactId })
        .from(surveyInvitations)
        .where(
          and(
            inArray(surveyInvitations.accountId, accountIds),
            eq(surveyInvitations.quarter, quarter),
          ),
        );
      const targets = campaignTargets(
        contacts,
        audience,
        new Set(surveyed.map((s) => s.contactId)),
      );
      const region = new Map(contacts.map((c) => [c.id, c.countryRegion]));
      const created = await createInvitations(
        tx,
        targets.map((c) => ({
          accountId: c.accountId,
          contactId: c.id,
          locale: contactLocale({ countryRegion: region.get(c.id) ?? "" }),
          source: "campaign" as const,
          sentById: null,
        })),
        now,
        await currentTemplateId(tx),
      );
      return { last: accountIds.at(-1)!, created };
    });
    if (!batch) break;
    after = batch.last;
    invited += batch.created.length;
    mailed += await mailInvitations(batch.created);
  }
  return { skipped: false, invited, mailed };
}

/**
 * Reminders at `now` for unanswered, unexpired links (day 7 and day 14 after sending):
 * each link is stamped (`reminders_sent` + 1) by a conditional update, so two runs at
 * once remind it once; contacts with an e-mail get the reminder mail after commit.
 */
export async function runSurveyReminders(now: Date) {
  const firstDue = new Date(now.getTime() - REMINDER_DAYS[0] * DAY_MS);
  const candidates = await db
    .select()
    .from(surveyInvitations)
    .where(
      and(
        isNull(surveyInvitations.answeredAt),
        lt(surveyInvitations.remindersSent, REMINDER_DAYS.length),
        lte(surveyInvitations.sentAt, firstDue),
        gt(surveyInvitations.expiresAt, now),
      ),
    );
  const byReminder = new Map<1 | 2, Invited[]>([
    [1, []],
    [2, []],
  ]);
  for (const invitation of candidates) {
    const due = reminderDue(invitation, now);
    if (!due) continue;
    const [stamped] = await db
      .update(surveyInvitations)
      .set({ remindersSent: due, lastRemindedAt: now })
      .where(
        and(
          eq(surveyInvitations.id, invitation.id),
          eq(surveyInvitations.remindersSent, due - 1),
          isNull(surveyInvitations.answeredAt),
        ),
      )
      .returning({ id: surveyInvitations.id });
    if (stamped) byReminder.get(due)!.push(invitation);
  }
  const mailed =
    (await mailInvitations(byReminder.get(1)!, 1)) + (await mailInvitations(byReminder.get(2)!, 2));
  return { reminded: byReminder.get(1)!.length + byReminder.get(2)!.length, mailed };
}

/** First day of each quarter, 09:00 (seed 003: the survey by the 10th of the quarter's first month). */
export const surveyCampaignJob: JobDefinition<Record<string, never>> = {
  name: "survey-campaign",
  cron: "0 9 1 1,4,7,10 *",
  run: (_data, { now }: JobContext) => runSurveyCampaign(now),
};

/** Daily at 09:30: the day-7 and day-14 reminders of unanswered links. */
export const surveyRemindersJob: JobDefinition<Record<string, never>> = {
  name: "survey-reminders",
  cron: "30 9 * * *",
  run: (_data, { now }: JobContext) => runSurveyReminders(now),
};
