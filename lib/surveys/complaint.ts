import "server-only";
import type { Tx } from "@/db";
import { getWorkingCalendar } from "@/db/queries/calendar";
import { getLadder, getSlaBudget } from "@/db/queries/service-rules";
import { serviceRequests } from "@/db/schema";
import { writeAudit } from "@/lib/actions/audit";
import { notify } from "@/lib/notifications/notify";
import { clockColumns } from "@/lib/service/clock-row";
import { startClock } from "@/lib/service/sla";
import { fillIn, surveyCatalog } from "./catalog";
import type { SurveyLocale } from "./types";

export type DetractorAnswer = {
  accountId: string;
  contactId: string;
  ownerId: string | null;
  csat: number;
  nps: number;
  comment: string;
  answeredAt: Date;
  /** The answer's (the contact's survey) language: the complaint's subject is in it. */
  locale: SurveyLocale;
};

/**
 * A detractor answer opens a complaint on the account (high priority, channel web,
 * its subject in the answer's language),
 * owned by the account's manager, with its SLA clocks started at the answer under the
 * SLA policy and escalation ladder like any complaint; the audit row has no actor (the
 * customer wrote it) and the manager gets a bell notification. Returns its id.
 */
export async function openDetractorComplaint(tx: Tx, answer: DetractorAnswer): Promise<string> {
  const calendar = await getWorkingCalendar();
  const budget = await getSlaBudget(tx, "complaint", "high");
  const clock = startClock(answer.answeredAt, budget);
  const [created] = await tx
    .insert(serviceRequests)
    .values({
      accountId: answer.accountId,
      subject: fillIn(surveyCatalog(answer.locale).complaint.subject, {
        nps: answer.nps,
        csat: answer.csat,
      }),
      receivedAt: answer.answeredAt,
      contactId: answer.contactId,
      channel: "web",
      type: "complaint",
      priority: "high",
      description: answer.comment,
      ownerId: answer.ownerId,
      ...clockColumns(clock, null, await getLadder(tx), new Set(), calendar),
    })
    .returning();
  const request = created!;
  await writeAudit(tx, null, {
    entity: "serviceRequest",
    entityId: request.id,
    accountId: answer.accountId,
    action: "create",
    after: { subject: request.subject, type: "complaint", priority: "high", source: "survey" },
  });
  if (answer.ownerId) {
    await notify(tx, {
      userIds: [answer.ownerId],
      kind: "surveyDetractor",
      params: { nps: answer.nps, csat: answer.csat },
      link: `/service/${request.id}`,
      dedupeKey: `survey-detractor:${request.id}`,
    });
  }
  return request.id;
}
