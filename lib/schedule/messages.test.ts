import { readFileSync } from "node:fs";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import commonEn from "@/messages/common/en.json";
import en from "@/messages/schedule/en.json";
import zh from "@/messages/schedule/zh-CN.json";
import { DEFAULT_SCHEDULE_TEMPLATES, SCHEDULE_NAMESPACE } from "./default-templates";
import { STEP_STATUS_LABEL_KEYS } from "./variance";

function leafKeys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => leafKeys(v, prefix ? `${prefix}.${k}` : k));
}

const catalogs = { en, "zh-CN": zh } as const;
const keySets = Object.fromEntries(
  Object.entries(catalogs).map(([locale, c]) => [locale, new Set(leafKeys(c))]),
);

function schemaMessageKeys(file: string) {
  const source = readFileSync(new URL(file, import.meta.url), "utf8");
  const namespaced = [...source.matchAll(/"(validation\.[A-Za-z]+)"/g)].map((m) => m[1]!);
  const bare = [...source.matchAll(/(?:\(|, )"([a-z][A-Za-z]*)"(?=\s*\))/g)].map((m) => m[1]!);
  return { namespaced, bare };
}

describe("schedule message catalogs", () => {
  it("have identical key sets in en and zh-CN", () => {
    expect([...keySets["zh-CN"]!].sort()).toEqual([...keySets.en!].sort());
  });

  it("contain every key the default templates and status labels use", () => {
    const used = [
      ...DEFAULT_SCHEDULE_TEMPLATES.flatMap((t) => [t.nameKey, ...t.steps.map((s) => s.labelKey)]),
      ...Object.values(STEP_STATUS_LABEL_KEYS),
    ];
    expect(used).toHaveLength(2 * 10 + 4);
    for (const keys of Object.values(keySets)) {
      expect(used.filter((key) => !keys.has(key))).toEqual([]);
    }
  });

  it("contain every error key the schemas use, or fall back to common.validation", () => {
    const { namespaced, bare } = schemaMessageKeys("./validation.ts");
    expect(new Set(namespaced).size).toBe(9);
    expect(bare).toEqual(expect.arrayContaining(["required", "invalid"]));
    for (const keys of Object.values(keySets)) {
      expect(namespaced.filter((key) => !keys.has(key))).toEqual([]);
    }
    const shared = new Set(Object.keys(commonEn.validation));
    expect(bare.filter((key) => !shared.has(key))).toEqual([]);
  });

  it("format every message without ICU errors in both locales", () => {
    const params = {
      days: 3,
      n: 2,
      share: 0.75,
      onTime: 3,
      finished: 4,
      count: 1,
      max: 3,
      date: "2024-03-01",
      name: "X",
    };
    for (const [locale, messages] of Object.entries(catalogs)) {
      const errors: unknown[] = [];
      const t = createTranslator({
        locale,
        messages: { [SCHEDULE_NAMESPACE]: messages },
        namespace: SCHEDULE_NAMESPACE,
        onError: (error) => errors.push(error),
      });
      const format = t as unknown as (key: string, values: object) => string;
      for (const key of keySets[locale]!) expect(format(key, params).length).toBeGreaterThan(0);
      expect(errors).toEqual([]);
    }
    const t = createTranslator({ locale: "en", messages: { schedule: en }, namespace: "schedule" });
    expect(t("summary.onTimeShare", { share: 0.75, onTime: 3, finished: 4 })).toBe(
      "75% of finished steps on time (3 of 4)",
    );
    expect(t("variance.days", { days: 1 })).toBe("1 day late");
    expect(t("fields.durationDays", { days: 0 })).toBe("Milestone");
  });
});
