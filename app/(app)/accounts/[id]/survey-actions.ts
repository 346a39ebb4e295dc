"use server";
import { and, eq } from "drizzle-orm";
import { stakeholders } from "@/db/schema";
import { onAccount } from "@/lib/actions/account-policy";
import { authedAction } from "@/lib/actions/action";
import { fieldError } from "@/lib/actions/errors";
import { sendMail } from "@/lib/mail/send";
import { createInvitations } from "@/lib/surveys/invite";
import { publicOrigin, surveyLink } from "@/lib/surveys/links";
import { surveyMail } from "@/lib/surveys/mail";
import { requestHeaders } from "@/lib/surveys/request-headers";
import { sendSurveySchema } from "@/lib/validations/surveys";

/**
 * A manager sends one customer contact of the account a survey link by hand: refused
 * (beside the contact) when the contact was already surveyed this quarter. With an
 * e-mail address the mail goes through the outbox once the link is committed; either way the Service tab then
 * shows the link and its QR code to pass on.
 */
export const sendSurveyAction = authedAction({
  schema: sendSurveySchema,
  policy: onAccount("survey.send", "accountId"),
  run: async ({ tx, input, user, audit, afterCommit }) => {
    const [contact] = await tx
      .select({ id: stakeholders.id, name: stakeholders.name, email: stakeholders.email })
      .from(stakeholders)
      .where(
        and(
          eq(stakeholders.id, input.contactId),
          eq(stakeholders.accountId, input.accountId),
          eq(stakeholders.side, "customer"),
        ),
      );
    if (!contact) throw fieldError("contactId", "contactNotOnAccount");
    const [invitation] = await createInvitations(
      tx,
      [
        {
          accountId: input.accountId,
          contactId: contact.id,
          locale: input.locale,
          source: "manual",
          sentById: user.id,
        },
      ],
      new Date(),
    );
    if (!invitation) throw fieldError("contactId", "quietPeriod");
    await audit({
      entity: "surveyInvitation",
      entityId: invitation.id,
      accountId: input.accountId,
      action: "send",
      after: { contact: contact.name, locale: input.locale, quarter: invitation.quarter },
    });
    let mailed = false;
    if (contact.email) {
      const link = surveyLink(invitation.id, publicOrigin(await requestHeaders()));
      const mail = surveyMail(input.locale, { email: contact.email, name: contact.name }, link, 0);
      afterCommit(() => sendMail(mail));
      mailed = true;
    }
    return { id: invitation.id, mailed };
  },
  revalidate: (input) => [`/accounts/${input.accountId}`],
});
