import en from "@/messages/surveys/en.json";
import zh from "@/messages/surveys/zh-CN.json";
import type { Mail } from "@/lib/mail/send";
import type { SurveyLocale } from "./types";

const CATALOGS: Record<SurveyLocale, typeof en> = { en, "zh-CN": zh };

const fill = (text: string, values: Record<string, string>) =>
  text.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? "");

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
  const m = CATALOGS[locale].mail;
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
