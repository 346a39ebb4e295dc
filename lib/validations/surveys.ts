import "./zod-jitless";
import { z } from "zod";
import {
  CAMPAIGN_AUDIENCES,
  CSAT_MAX,
  CSAT_MIN,
  MAX_EXTRA_QUESTIONS,
  NPS_MAX,
  NPS_MIN,
  SURVEY_LOCALES,
  type SurveyQuestion,
} from "@/lib/surveys/types";
import { limit } from "./limits";
import { rowVersion } from "./records";

const score = (min: number, max: number) =>
  z.coerce.number("required").int("required").min(min, "required").max(max, "required");
const required = (max: number) => z.string().trim().min(1, "required").max(max, limit());
const optional = (max: number) => z.string().trim().max(max, limit());

/** A manager sends one contact a survey link by hand. */
export const sendSurveySchema = z.object({
  accountId: z.uuid(),
  contactId: z.uuid("required"),
  locale: z.enum(SURVEY_LOCALES, "required"),
});
export type SendSurveyInput = z.input<typeof sendSurveySchema>;

/**
 * What the public answer page posts (form fields, all text): the two scores, extra
 * answers as `q_<key>`, and a free-text comment. Which extra keys are allowed is the
 * answered template's business (`extraAnswers`).
 */
export const surveyAnswerSchema = z.object({
  csat: score(CSAT_MIN, CSAT_MAX),
  nps: score(NPS_MIN, NPS_MAX),
  comment: optional(2000).default(""),
});
export type SurveyAnswerInput = z.output<typeof surveyAnswerSchema>;

/**
 * The template's extra answers from the posted fields: a scale question 1–5 (left
 * out when not answered), a text question up to 1,000 characters. Null when a value
 * is out of range.
 */
export function extraAnswers(
  questions: readonly SurveyQuestion[],
  form: Record<string, unknown>,
): Record<string, string | number> | null {
  const out: Record<string, string | number> = {};
  for (const q of questions) {
    const raw = form[`q_${q.key}`];
    if (raw === undefined || raw === "") continue;
    if (typeof raw !== "string") return null;
    if (q.kind === "scale") {
      const parsed = score(CSAT_MIN, CSAT_MAX).safeParse(raw);
      if (!parsed.success) return null;
      out[q.key] = parsed.data;
    } else {
      const text = raw.trim();
      if (text.length > 1000) return null;
      if (text) out[q.key] = text;
    }
  }
  return out;
}

const questionSchema = z.object({
  key: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_]{0,39}$/, "questionKey"),
  kind: z.enum(["scale", "text"], "required"),
  zh: required(300),
  en: required(300),
});

/** A director's or admin's edit of the survey template: saved as a new version. */
export const surveyTemplateSchema = z.object({
  /** The version the editor started from; a newer one saved meanwhile is a conflict. */
  basedOn: rowVersion,
  titleZh: required(200),
  titleEn: required(200),
  introZh: optional(1000),
  introEn: optional(1000),
  csatZh: required(300),
  csatEn: required(300),
  npsZh: required(300),
  npsEn: required(300),
  commentZh: required(300),
  commentEn: required(300),
  questions: z
    .array(questionSchema)
    .max(MAX_EXTRA_QUESTIONS, limit())
    .refine((qs) => new Set(qs.map((q) => q.key)).size === qs.length, "duplicateQuestionKey"),
});
export type SurveyTemplateInput = z.input<typeof surveyTemplateSchema>;

/** The quarterly campaign's settings. */
export const surveyCampaignSchema = z.object({
  version: rowVersion,
  enabled: z.boolean(),
  audience: z.enum(CAMPAIGN_AUDIENCES, "required"),
});
export type SurveyCampaignInput = z.input<typeof surveyCampaignSchema>;
