import { createTranslator } from "next-intl";
import { describe, expect, test } from "vitest";
import accountEn from "@/messages/account/en.json";
import accountZh from "@/messages/account/zh-CN.json";
import commonEn from "@/messages/common/en.json";
import commonZh from "@/messages/common/zh-CN.json";
import stagesEn from "@/messages/stages/en.json";
import stagesZh from "@/messages/stages/zh-CN.json";
import { PIPELINE_STAGES } from "./stages";

const catalogs = {
  en: { account: accountEn, common: commonEn, stages: stagesEn },
  "zh-CN": { account: accountZh, common: commonZh, stages: stagesZh },
} as const;

/**
 * Stage names carry their own wording ("In execution", "执行中"), so the lines that
 * say how long an account has been in its stage lead with the name and never wrap
 * it in a preposition ("In In execution for under a day").
 */
describe.each(Object.keys(catalogs) as (keyof typeof catalogs)[])("%s stage lines", (locale) => {
  const t = createTranslator({ locale, messages: catalogs[locale] });
  test.each(PIPELINE_STAGES.map((s) => [s]))("%s", (stage) => {
    const name = t(`stages.stage.${stage}`);
    for (const days of [0, 1, 3]) {
      const stepper = t("account.stepper.inStage", {
        stage: name,
        count: days,
        days: String(days),
      });
      const overdue = t("common.home.inStage", { stage: name, days });
      for (const line of [stepper, overdue]) {
        expect(line.startsWith(name), line).toBe(true);
        expect(line.split(name)).toHaveLength(2);
      }
    }
  });
});
