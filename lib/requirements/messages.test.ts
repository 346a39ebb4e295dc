import { readFileSync } from "node:fs";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import commonEn from "@/messages/common/en.json";
import en from "@/messages/requirements/en.json";
import zh from "@/messages/requirements/zh-CN.json";
import {
  DOC_STATUS_LABEL_KEYS,
  KIND_LABEL_KEYS,
  PRIORITY_LABEL_KEYS,
  REQUIREMENTS_NAMESPACE,
  ROW_CHANGE_LABEL_KEYS,
  ROW_FIELD_LABEL_KEYS,
  SECTION_HINT_KEYS,
  SECTION_LABEL_KEYS,
  STATUS_LABEL_KEYS,
} from "./model";

function leafKeys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => leafKeys(v, prefix ? `${prefix}.${k}` : k));
}

const catalogs = { en, "zh-CN": zh } as const;
const keySets = Object.fromEntries(
  Object.entries(catalogs).map(([locale, c]) => [locale, new Set(leafKeys(c))]),
);

describe("requirements message catalogs", () => {
  it("have identical key sets in en and zh-CN", () => {
    expect([...keySets["zh-CN"]!].sort()).toEqual([...keySets.en!].sort());
  });

  it("contain every label key of the model", () => {
    const used = [
      SECTION_LABEL_KEYS,
      SECTION_HINT_KEYS,
      KIND_LABEL_KEYS,
      PRIORITY_LABEL_KEYS,
      STATUS_LABEL_KEYS,
      DOC_STATUS_LABEL_KEYS,
      ROW_FIELD_LABEL_KEYS,
      ROW_CHANGE_LABEL_KEYS,
    ].flatMap((labels) => Object.values(labels));
    expect(used).toHaveLength(7 + 7 + 2 + 4 + 4 + 4 + 6 + 4);
    for (const keys of Object.values(keySets)) {
      expect(used.filter((key) => !keys.has(key))).toEqual([]);
    }
  });

  it("use the agreed Chinese wording", () => {
    expect(Object.values(zh.sections)).toEqual([
      "项目目标",
      "范围陈述",
      "客户描述",
      "客户特点",
      "假设",
      "限制",
      "相关项目",
    ]);
    expect(zh.priorities).toEqual({
      must: "必须有",
      should: "应该有",
      could: "可以有",
      wont: "本次不做",
    });
    expect(zh.versionStatuses).toEqual({
      draft: "草稿",
      submitted: "已提交",
      approved: "已批准",
      frozen: "已冻结",
    });
  });

  it("contain every error key the schema uses, or fall back to common.validation", () => {
    const source = readFileSync(new URL("./validation.ts", import.meta.url), "utf8");
    const namespaced = [...source.matchAll(/"(validation\.[A-Za-z]+)"/g)].map((m) => m[1]!);
    const bare = [...source.matchAll(/(?:\(|, )"([a-z][A-Za-z]*)"(?=\s*\))/g)].map((m) => m[1]!);
    expect(namespaced.length).toBeGreaterThan(5);
    expect(bare).toEqual(expect.arrayContaining(["required", "invalid"]));
    expect(source).toContain("limit()");
    for (const keys of Object.values(keySets)) {
      expect(namespaced.filter((key) => !keys.has(key))).toEqual([]);
    }
    const shared = new Set(Object.keys(commonEn.validation));
    expect(bare.filter((key) => !shared.has(key))).toEqual([]);
  });

  it("format every message without ICU errors in both locales", () => {
    const params = {
      number: 2,
      fields: "title",
      sections: 1,
      added: 1,
      removed: 0,
      changed: 2,
      // Placeholders of the workspace screens.
      status: "draft",
      who: "W",
      date: "D",
      comment: "C",
      n: 1,
      from: 1,
      to: 2,
      field: "F",
      before: "B",
      after: "A",
      customer: "X",
      name: "N",
      title: "T",
    };
    for (const [locale, messages] of Object.entries(catalogs)) {
      const errors: unknown[] = [];
      const t = createTranslator({
        locale,
        messages: { [REQUIREMENTS_NAMESPACE]: messages },
        namespace: REQUIREMENTS_NAMESPACE,
        onError: (error) => errors.push(error),
      });
      // Keys are data here, not literals the typed translator can check.
      const translate = t as unknown as (key: string, values: object) => string;
      for (const key of keySets[locale]!) {
        expect(translate(key, params).length).toBeGreaterThan(0);
      }
      expect(errors).toEqual([]);
    }
  });
});
