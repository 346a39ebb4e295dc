import { createTranslator } from "next-intl";
import { describe, expect, test } from "vitest";
import en from "@/messages/pipeline/en.json";
import zh from "@/messages/pipeline/zh-CN.json";
import { dayCounts } from "./card-labels";

describe("dayCounts", () => {
  for (const [locale, messages] of [
    ["en", en],
    ["zh-CN", zh],
  ] as const) {
    test(`says what the message says for every count (${locale})`, () => {
      const t = createTranslator({
        locale,
        messages: { pipeline: messages },
        namespace: "pipeline",
      });
      const format = (days: number) => t("card.days", { days });
      const days = dayCounts(locale, t.raw("card.days"), format);
      for (let n = 0; n <= 3000; n++) expect(days(n)).toBe(format(n));
    });
  }

  test("keeps the explicit cases and plural forms of another message", () => {
    const message = "{days, plural, =0 {today} =7 {a week} one {# day} other {# days}}";
    const t = createTranslator({ locale: "en", messages: { m: message } });
    const format = (days: number) => t("m", { days });
    const days = dayCounts("en", message, format);
    expect([0, 2, 1, 7, 1234, 3].map(days)).toEqual([
      "today",
      "2 days",
      "1 day",
      "a week",
      "1,234 days",
      "3 days",
    ]);
  });
});
