import type { Mail } from "@/lib/mail/send";
import { fillIn as fill, surveyCatalog } from "./catalog";
import type { SurveyLocale } from "./types";

/**
 * The invitation (reminder 0) or a reminder (1, 2) to a contact, in the contact's
 * language, with the personal link. Texts are in messages/surveys (`mail`).
 */
export function surveyMail(
  locale: SurveyLocale,
  to: { email: string; name: string },
  link: string,
  reminder: 0 | 1 | 2,
): Mail {
  const m = surveyCatalog(locale).mail;
  const values = { name: to.name, link };
  return {
    to: to.email,
    subject: reminder ? m.reminderSubject : m.subject,
    text: [
      fill(m.greeting, values),
      "",
      fill(reminder ? m.reminderBody : m.body, values),
      "",
      link,
      "",
      m.footer,
    ].join("\n"),
  };
}
