import { readFileSync } from "node:fs";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import commonEn from "@/messages/common/en.json";
import en from "@/messages/cost/en.json";
import zh from "@/messages/cost/zh-CN.json";
import {
  COST_CATEGORY_LABEL_KEYS,
  COST_KIND_LABEL_KEYS,
  COST_NAMESPACE,
  COST_PLAN_STATUS_LABEL_KEYS,
} from "./validation";

function leafKeys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => leafKeys(v, prefix ? `${prefix}.${k}` : k));
}

const catalogs = { en, "zh-CN": zh } as const;
const keySets = Object.fromEntries(
  Object.entries(catalogs).map(([locale, c]) => [locale, new Set(leafKeys(c))]),
);

const read = (file: string) => readFileSync(new URL(file, import.meta.url), "utf8");

/** Error keys: namespaced ones in all sources, bare fallbacks passed to zod in the schemas. */
function sourceMessageKeys() {
  const source = ["./money.ts", "./totals.ts", "./validation.ts"].map(read).join("\n");
  const namespaced = [...source.matchAll(/"(validation\.[A-Za-z]+)"/g)].map((m) => m[1]!);
  const schemas = read("./validation.ts");
  const bare = [...schemas.matchAll(/(?:\(|, )"([a-z][A-Za-z]*)"(?=\s*\))/g)].map((m) => m[1]!);
  return { namespaced, bare };
}

describe("cost message catalogs", () => {
  it("have identical key sets in en and zh-CN", () => {
    expect([...keySets["zh-CN"]!].sort()).toEqual([...keySets.en!].sort());
  });

  it("contain every label key the code uses", () => {
    const used = [
      ...Object.values(COST_KIND_LABEL_KEYS),
      ...Object.values(COST_CATEGORY_LABEL_KEYS),
      ...Object.values(COST_PLAN_STATUS_LABEL_KEYS),
    ];
    expect(used).toHaveLength(2 + 6 + 4);
    for (const keys of Object.values(keySets)) {
      expect(used.filter((key) => !keys.has(key))).toEqual([]);
    }
  });

  it("contain every error key, or fall back to common.validation", () => {
    const { namespaced, bare } = sourceMessageKeys();
    expect(new Set(namespaced).size).toBe(10);
    expect(bare).toEqual(expect.arrayContaining(["required", "invalid"]));
    for (const keys of Object.values(keySets)) {
      expect(namespaced.filter((key) => !keys.has(key))).toEqual([]);
    }
    const shared = new Set(Object.keys(commonEn.validation));
    expect(bare.filter((key) => !shared.has(key))).toEqual([]);
  });

  it("format every message without ICU errors in both locales", () => {
    const params = {
      amount: "¥1.00",
      percent: 81,
      count: 2,
      hours: 7.5,
      rate: "¥200.00",
      name: "X",
      comment: "Y",
      date: "2024-03-01",
    };
    for (const [locale, messages] of Object.entries(catalogs)) {
      const errors: unknown[] = [];
      const t = createTranslator({
        locale,
        messages: { [COST_NAMESPACE]: messages },
        namespace: COST_NAMESPACE,
        onError: (error) => errors.push(error),
      });
      const format = t as unknown as (key: string, values: object) => string;
      for (const key of keySets[locale]!) expect(format(key, params).length).toBeGreaterThan(0);
      expect(errors).toEqual([]);
    }
    const t = createTranslator({ locale: "zh-CN", messages: { cost: zh }, namespace: "cost" });
    expect(t("category.staff")).toBe("人工（工时×费率）");
    expect(t("budget.percentUsed", { percent: 107 })).toBe("已使用预算的 107%");
  });
});
