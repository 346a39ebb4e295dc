import { account, type Entries } from "./shared";

/** app/(app)/service/surveys/actions.ts, app/(app)/accounts/[id]/survey-actions.ts */
export const surveysPayloads: Entries = {
  sendSurveyAction: {
    as: "owner",
    base: (w) => ({ ...account(w), contactId: w.stakeholder.id, locale: "zh-CN" }),
  },
  saveSurveyTemplateAction: {
    as: "director",
    base: () => ({
      basedOn: 1,
      titleZh: "顾客满意度调查表",
      titleEn: "Customer satisfaction survey",
      introZh: "",
      introEn: "",
      csatZh: "您是否满意？",
      csatEn: "How satisfied are you?",
      npsZh: "您是否愿意推荐我们？",
      npsEn: "Would you recommend us?",
      commentZh: "其他意见",
      commentEn: "Anything else?",
      questions: [{ key: "delivery", kind: "scale", zh: "交货", en: "Delivery" }],
    }),
  },
  saveSurveyCampaignAction: {
    as: "director",
    base: () => ({ version: 1, enabled: true, audience: "primary" }),
  },
};
