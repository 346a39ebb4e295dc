import type { SurveyQuestion, SurveyWording } from "./types";

/** The built-in template (version 1), worded after seed 003's 《顾客满意度调查表》. */
export const DEFAULT_SURVEY_TEMPLATE: SurveyWording & { questions: SurveyQuestion[] } = {
  titleZh: "顾客满意度调查表",
  titleEn: "Customer satisfaction survey",
  introZh: "感谢您与我们的合作。请花一分钟告诉我们本季度的服务体验，您的意见将帮助我们改进。",
  introEn:
    "Thank you for working with us. Please take a minute to tell us how our service was this quarter; your answers help us improve.",
  csatZh: "总体而言，您对我们本季度的产品和服务是否满意？",
  csatEn: "Overall, how satisfied are you with our products and service this quarter?",
  npsZh: "您有多大可能向朋友或同事推荐我们？",
  npsEn: "How likely are you to recommend us to a friend or colleague?",
  commentZh: "您还有什么意见或建议？",
  commentEn: "Anything else you would like to tell us?",
  questions: [
    {
      key: "after_sales",
      kind: "scale",
      zh: "您对订货、发货、安装及售后支持的全过程是否满意？",
      en: "How satisfied are you with ordering, delivery, installation and after-sales support?",
    },
  ],
};
