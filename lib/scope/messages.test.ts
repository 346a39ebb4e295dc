import { readFileSync } from "node:fs";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import commonEn from "@/messages/common/en.json";
import en from "@/messages/scope/en.json";
import zh from "@/messages/scope/zh-CN.json";
import {
  CHANGE_REQUEST_STATUS_LABEL_KEYS,
  IN_SCOPE_LABEL_KEYS,
  PRODUCT_KIND_LABEL_KEYS,
  SCOPE_ITEM_TYPE_LABEL_KEYS,
  SCOPE_NAMESPACE,
  SERVICE_KIND_LABEL_KEYS,
} from "./rules";

function leafKeys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => leafKeys(v, prefix ? `${prefix}.${k}` : k));
}

const catalogs = { en, "zh-CN": zh } as const;
const keySets = Object.fromEntries(
  Object.entries(catalogs).map(([locale, c]) => [locale, new Set(leafKeys(c))]),
);

describe("scope message catalogs", () => {
  it("have identical key sets in en and zh-CN", () => {
    expect([...keySets["zh-CN"]!].sort()).toEqual([...keySets.en!].sort());
  });

  it("contain every label key the rules use", () => {
    const used = [
      SCOPE_ITEM_TYPE_LABEL_KEYS,
      PRODUCT_KIND_LABEL_KEYS,
      SERVICE_KIND_LABEL_KEYS,
      CHANGE_REQUEST_STATUS_LABEL_KEYS,
      IN_SCOPE_LABEL_KEYS,
    ].flatMap((keys) => Object.values(keys));
    expect(used).toHaveLength(2 + 2 + 4 + 3 + 2);
    for (const keys of Object.values(keySets)) {
      expect(used.filter((key) => !keys.has(key))).toEqual([]);
    }
  });

  it("contain every error key the schemas use, or fall back to common.validation", () => {
    const source = readFileSync(new URL("./validation.ts", import.meta.url), "utf8");
    const namespaced = [...source.matchAll(/"(validation\.[A-Za-z]+)"/g)].map((m) => m[1]!);
    const bare = [...source.matchAll(/(?:\(|, )"([a-z][A-Za-z]*)"(?=\s*\))/g)].map((m) => m[1]!);
    expect(new Set(namespaced).size).toBe(4);
    expect(bare).toEqual(expect.arrayContaining(["required", "invalid"]));
    expect(source).toContain("limit()");
    for (const keys of Object.values(keySets)) {
      expect(namespaced.filter((key) => !keys.has(key))).toEqual([]);
    }
    const shared = new Set(Object.keys(commonEn.validation));
    expect(bare.filter((key) => !shared.has(key))).toEqual([]);
  });

  it("format every message without ICU errors in both locales", () => {
    const params = { count: 2, name: "X", date: "2024-03-01" };
    for (const [locale, messages] of Object.entries(catalogs)) {
      const errors: unknown[] = [];
      const t = createTranslator({
        locale,
        messages: { [SCOPE_NAMESPACE]: messages },
        namespace: SCOPE_NAMESPACE,
        onError: (error) => errors.push(error),
      });
      const format = t as unknown as (key: string, values: object) => string;
      for (const key of keySets[locale]!) expect(format(key, params).length).toBeGreaterThan(0);
      expect(errors).toEqual([]);
    }
    const t = createTranslator({ locale: "zh-CN", messages: { scope: zh }, namespace: "scope" });
    expect(t("productKind.custom")).toBe("定制产品");
    expect(t("fields.agreementRef")).toBe("协议/合同编号");
  });
});
