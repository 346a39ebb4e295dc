import { describe, expect, test, vi } from "vitest";
import { exportTranslator } from "@/lib/export/translate";
import { LOCALES } from "@/lib/i18n/config";
import { errorText } from "./report";
import { checkRow, type ReferenceLookup } from "./rows";

const lookup: ReferenceLookup = {
  area: new Map([["0101", 11]]),
  industry: new Map(),
  source: new Map(),
};

/** Rows with every kind of bad cell the dry run reports (as rows.test.ts makes them). */
const BAD_ROWS = [
  { name: "", area: "" },
  { name: "x".repeat(201), area: "9999", industry: "航天", source: "广告" },
  { name: "甲", area: "0101", phone: "call me", email: "not-mail", homepage: "ftp://x" },
  { name: "乙", area: "0101", annualRevenue: "lots", employeeCount: "-3", grade: "VIP" },
  { name: "丙", area: "0101", type: "someone", status: "sleeping", postalCode: "abc" },
  { name: "丁", area: "0101", "contact.mobile": "手机", "contact.email": "bad" },
  { name: "戊", area: "0101", "contact.name": "王", "contact.influence": "9" },
];

const rowMessages = () => {
  const messages = new Set<string>(["import.errors.sameAsRow|row=6"]);
  for (const values of BAD_ROWS) {
    const checked = checkRow(values, lookup);
    if (!checked.ok)
      Object.values(checked.errors)
        .flat()
        .forEach((m) => messages.add(m));
  }
  return [...messages];
};

describe("import row errors in words", () => {
  test.each(LOCALES)(
    "%s: every error the dry run makes has a message, none missing",
    async (locale) => {
      // next-intl reports a missing message through console.error.
      const onError = vi.spyOn(console, "error").mockImplementation(() => {});
      const t = await exportTranslator(locale);
      const messages = rowMessages();
      expect(messages).toContain("required");
      for (const message of messages) {
        const text = errorText(t, message);
        expect(text, message).not.toMatch(/^(import|accounts|common)\.|^[a-z]+[A-Z]\w*$/);
        // zod's own wording (an enum's "Invalid option…") is no key: it reads as invalid.
        if (/^[\w.]+(\||$)/.test(message))
          expect(text, message).not.toBe(errorText(t, "common.validation.invalid"));
      }
      expect(onError).not.toHaveBeenCalled();
      onError.mockRestore();
      onError.mockRestore();
    },
  );

  test("the limit reaches the sentence; an unknown key reads as invalid", async () => {
    const t = await exportTranslator("en");
    expect(errorText(t, "tooLong|max=200")).toContain("200");
    expect(errorText(t, "import.errors.sameAsRow|row=6")).toContain("6");
    expect(errorText(t, "noSuchKey")).toBe(t("common.validation.invalid"));
  });
});
