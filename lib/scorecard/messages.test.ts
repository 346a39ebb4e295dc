import { readFileSync } from "node:fs";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import commonEn from "@/messages/common/en.json";
import en from "@/messages/scorecard/en.json";
import zh from "@/messages/scorecard/zh-CN.json";
import {
  DEFAULT_SCORECARD_TEMPLATE,
  EVALUATION_STATUS_LABEL_KEYS,
  RECOMMENDATION_LABEL_KEYS,
  SCORECARD_NAMESPACE,
} from "./default-template";

function leafKeys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => leafKeys(v, prefix ? `${prefix}.${k}` : k));
}

const catalogs = { en, "zh-CN": zh } as const;
const keySets = Object.fromEntries(
  Object.entries(catalogs).map(([locale, c]) => [locale, new Set(leafKeys(c))]),
);
const sharedValidation = new Set(Object.keys(commonEn.validation));

/** Message keys passed to zod in a schema file: namespaced ones and bare fallbacks. */
function schemaMessageKeys(file: string) {
  const source = readFileSync(new URL(file, import.meta.url), "utf8");
  const namespaced = [...source.matchAll(/"(validation\.[A-Za-z]+)"/g)].map((m) => m[1]!);
  const bare = [...source.matchAll(/(?:\(|, )"([a-z][A-Za-z]*)"(?=\s*\))/g)].map((m) => m[1]!);
  return { namespaced, bare };
}

describe("scorecard message catalogs", () => {
  it("have identical key sets in en and zh-CN", () => {
    expect([...keySets["zh-CN"]!].sort()).toEqual([...keySets.en!].sort());
  });

  it("contain every key the default template and labels use", () => {
    const used = [
      DEFAULT_SCORECARD_TEMPLATE.nameKey,
      ...DEFAULT_SCORECARD_TEMPLATE.criteria.flatMap((c) => [
        c.labelKey,
        c.descriptionKey,
        ...c.pointKeys,
      ]),
      ...Object.values(RECOMMENDATION_LABEL_KEYS),
      ...Object.values(EVALUATION_STATUS_LABEL_KEYS),
    ];
    expect(used).toHaveLength(1 + 7 * 7 + 3 + 4);
    for (const keys of Object.values(keySets)) {
      expect(used.filter((key) => !keys.has(key))).toEqual([]);
    }
  });

  it("contain every error key the schemas use, or fall back to common.validation", () => {
    const { namespaced, bare } = schemaMessageKeys("./validation.ts");
    expect(namespaced.length).toBeGreaterThan(10);
    expect(bare).toEqual(expect.arrayContaining(["required", "invalid"]));
    for (const keys of Object.values(keySets)) {
      expect(namespaced.filter((key) => !keys.has(key))).toEqual([]);
    }
    expect(bare.filter((key) => !sharedValidation.has(key))).toEqual([]);
  });

  it("format every message without ICU errors in both locales", () => {
    const params = {
      total: 65.25,
      count: 2,
      scored: 3,
      criterion: "X",
      min: 1,
      max: 5,
      go: 70,
      hold: 50,
      // Placeholders of the workspace screens.
      name: "N",
      stage: "S",
      number: 2,
      who: "W",
      date: "D",
      comment: "C",
      percent: 0.25,
      point: 3,
      meaning: "M",
      n: 1,
      status: "submitted",
    };
    for (const [locale, messages] of Object.entries(catalogs)) {
      const errors: unknown[] = [];
      const t = createTranslator({
        locale,
        messages: { [SCORECARD_NAMESPACE]: messages },
        namespace: SCORECARD_NAMESPACE,
        onError: (error) => errors.push(error),
      });
      // Keys are data here, not literals the typed translator can check.
      const translate = t as unknown as (key: string, values: object) => string;
      for (const key of keySets[locale]!) {
        expect(translate(key, params).length).toBeGreaterThan(0);
      }
      expect(errors).toEqual([]);
    }
    const t = createTranslator({
      locale: "en",
      messages: { scorecard: en },
      namespace: "scorecard",
    });
    expect(t("summary.total", { total: 65.25 })).toBe("65.3 of 100");
    expect(t("summary.incomplete", { count: 1 })).toBe("1 item is missing");
  });
});
