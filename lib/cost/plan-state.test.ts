import { createTranslator } from "next-intl";
import { describe, expect, test } from "vitest";
import en from "@/messages/cost/en.json";
import zh from "@/messages/cost/zh-CN.json";
import { reopenWarning } from "./plan-state";

describe("changing a decided cost plan", () => {
  test("an approved or submitted plan warns before a change returns it to draft", () => {
    expect(reopenWarning("approved")).toBe("warnings.reopensApproved");
    expect(reopenWarning("submitted")).toBe("warnings.reopensSubmitted");
    expect(reopenWarning("draft")).toBeNull();
    expect(reopenWarning("returned")).toBeNull();
    expect(reopenWarning(null)).toBeNull();
  });

  test.each([
    ["en", en],
    ["zh-CN", zh],
  ] as const)("%s says so", (locale, messages) => {
    const t = createTranslator({ locale, messages: { cost: messages } });
    for (const status of ["approved", "submitted"] as const) {
      const text = t(`cost.${reopenWarning(status)}` as never);
      expect(text).not.toContain("warnings.");
      expect(text.length).toBeGreaterThan(20);
    }
  });
});
