/**
 * Satisfaction surveys (顾客满意度调查, seed 003: every quarter): a versioned template
 * with CSAT 1–5, NPS 0–10, optional extra questions and free text, in both languages.
 */
export const SURVEY_LOCALES = ["zh-CN", "en"] as const;
export type SurveyLocale = (typeof SURVEY_LOCALES)[number];

/** Which customer contacts the quarterly campaign surveys per live account. */
export const CAMPAIGN_AUDIENCES = ["primary", "decision_makers", "all_contacts"] as const;
export type CampaignAudience = (typeof CAMPAIGN_AUDIENCES)[number];

export const INVITATION_SOURCES = ["campaign", "manual"] as const;
export type InvitationSource = (typeof INVITATION_SOURCES)[number];

/** An extra question of a template: a 1–5 scale or free text, worded in both languages. */
export type SurveyQuestion = {
  key: string;
  kind: "scale" | "text";
  en: string;
  zh: string;
};

/** The wording of a template version, both languages. */
export type SurveyWording = {
  titleEn: string;
  titleZh: string;
  introEn: string;
  introZh: string;
  csatEn: string;
  csatZh: string;
  npsEn: string;
  npsZh: string;
  commentEn: string;
  commentZh: string;
};

export const CSAT_MIN = 1;
export const CSAT_MAX = 5;
export const NPS_MIN = 0;
export const NPS_MAX = 10;
/** Most extra questions a template carries. */
export const MAX_EXTRA_QUESTIONS = 5;
