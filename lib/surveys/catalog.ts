import en from "@/messages/surveys/en.json";
import zh from "@/messages/surveys/zh-CN.json";
import type { SurveyLocale } from "./types";

/**
 * Server-side survey texts (mails, the complaint a detractor answer opens) in a
 * contact's language, from messages/surveys, without a request locale.
 */
export const surveyCatalog = (locale: SurveyLocale): typeof en => ({ en, "zh-CN": zh })[locale];

/** `text` with each `{name}` replaced by `values[name]` (missing ones by nothing). */
export const fillIn = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ""));
