import { readFileSync } from "node:fs";
import { parse } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import commonEn from "@/messages/common/en.json";
import commonZh from "@/messages/common/zh-CN.json";
import costEn from "@/messages/cost/en.json";
import costZh from "@/messages/cost/zh-CN.json";
import requirementsEn from "@/messages/requirements/en.json";
import requirementsZh from "@/messages/requirements/zh-CN.json";
import scheduleEn from "@/messages/schedule/en.json";
import scheduleZh from "@/messages/schedule/zh-CN.json";
import scopeEn from "@/messages/scope/en.json";
import scopeZh from "@/messages/scope/zh-CN.json";
import scorecardEn from "@/messages/scorecard/en.json";
import scorecardZh from "@/messages/scorecard/zh-CN.json";
import stagesEn from "@/messages/stages/en.json";
import stagesZh from "@/messages/stages/zh-CN.json";
import {
  COST_CATEGORY_LABEL_KEYS,
  COST_KIND_LABEL_KEYS,
  COST_PLAN_STATUS_LABEL_KEYS,
} from "@/lib/cost/plan-state";
import {
  DOC_STATUS_LABEL_KEYS,
  KIND_LABEL_KEYS,
  PRIORITY_LABEL_KEYS,
  ROW_CHANGE_LABEL_KEYS,
  ROW_FIELD_LABEL_KEYS,
  SECTION_HINT_KEYS,
  SECTION_LABEL_KEYS,
  STATUS_LABEL_KEYS,
} from "@/lib/requirements/model";
import { DEFAULT_SCHEDULE_TEMPLATES } from "@/lib/schedule/default-templates";
import { STEP_STATUS_LABEL_KEYS } from "@/lib/schedule/variance";
import {
  CHANGE_REQUEST_STATUS_LABEL_KEYS,
  IN_SCOPE_LABEL_KEYS,
  PRODUCT_KIND_LABEL_KEYS,
  SCOPE_ITEM_TYPE_LABEL_KEYS,
  SERVICE_KIND_LABEL_KEYS,
} from "@/lib/scope/rules";
import {
  DEFAULT_SCORECARD_TEMPLATE,
  EVALUATION_STATUS_LABEL_KEYS,
  RECOMMENDATION_LABEL_KEYS,
} from "@/lib/scorecard/default-template";
import { ALL_REASON_CODES, MOVE_KINDS } from "@/lib/stages/machine";
import { CHURN_TYPES, STAGES } from "@/lib/stages/stages";

/**
 * One check of the JSON message catalogs (not of the translator, which returns the key for a
 * missing message): every key the code names exists as a string in both locales, and en and
 * zh-CN have the same keys.
 */
type Catalog = Record<string, unknown>;

const lookup = (catalog: Catalog, path: string): unknown =>
  path.split(".").reduce<unknown>((node, key) => (node as Catalog | undefined)?.[key], catalog);

function leafKeys(node: Catalog, prefix = ""): string[] {
  return Object.entries(node).flatMap(([key, value]) =>
    typeof value === "object" && value !== null
      ? leafKeys(value as Catalog, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

const labels = (...maps: Record<string, string>[]) => maps.flatMap((m) => Object.values(m));

/** `"validation.x"` keys a domain's source files (paths under lib/) pass to zod or return as errors. */
const sourceErrorKeys = (files: string[]) => {
  const source = files
    .map((file) => readFileSync(new URL(`../${file}`, import.meta.url), "utf8"))
    .join("\n");
  return [...new Set([...source.matchAll(/"(validation\.[A-Za-z]+)"/g)].map((m) => m[1]!))];
};

/** Bare zod messages (`"required"`) a schema file leaves to common.validation. */
const bareSchemaKeys = (domain: string) => {
  const source = readFileSync(new URL(`../validations/${domain}.ts`, import.meta.url), "utf8");
  return [...source.matchAll(/(?:\(|, )"([a-z][A-Za-z]*)"(?=\s*\))/g)].map((m) => m[1]!);
};

const domains = [
  {
    name: "cost",
    en: costEn,
    zh: costZh,
    required: [
      ...labels(COST_KIND_LABEL_KEYS, COST_CATEGORY_LABEL_KEYS, COST_PLAN_STATUS_LABEL_KEYS),
      ...sourceErrorKeys(["cost/money.ts", "cost/totals.ts", "validations/cost.ts"]),
    ],
    count: 2 + 6 + 4 + 10,
  },
  {
    name: "requirements",
    en: requirementsEn,
    zh: requirementsZh,
    required: [
      ...labels(
        SECTION_LABEL_KEYS,
        SECTION_HINT_KEYS,
        KIND_LABEL_KEYS,
        PRIORITY_LABEL_KEYS,
        STATUS_LABEL_KEYS,
        DOC_STATUS_LABEL_KEYS,
        ROW_FIELD_LABEL_KEYS,
        ROW_CHANGE_LABEL_KEYS,
      ),
      ...sourceErrorKeys(["validations/requirements.ts"]),
    ],
    count: 7 + 7 + 2 + 4 + 4 + 4 + 6 + 4 + 6,
  },
  {
    name: "schedule",
    en: scheduleEn,
    zh: scheduleZh,
    required: [
      ...DEFAULT_SCHEDULE_TEMPLATES.flatMap((t) => [t.nameKey, ...t.steps.map((s) => s.labelKey)]),
      ...labels(STEP_STATUS_LABEL_KEYS),
      ...sourceErrorKeys(["validations/schedule.ts"]),
    ],
    count: 2 * 10 + 4 + 9,
  },
  {
    name: "scope",
    en: scopeEn,
    zh: scopeZh,
    required: [
      ...labels(
        SCOPE_ITEM_TYPE_LABEL_KEYS,
        PRODUCT_KIND_LABEL_KEYS,
        SERVICE_KIND_LABEL_KEYS,
        CHANGE_REQUEST_STATUS_LABEL_KEYS,
        IN_SCOPE_LABEL_KEYS,
      ),
      ...sourceErrorKeys(["validations/scope.ts"]),
    ],
    count: 2 + 2 + 4 + 3 + 2 + 4,
  },
  {
    name: "scorecard",
    en: scorecardEn,
    zh: scorecardZh,
    required: [
      DEFAULT_SCORECARD_TEMPLATE.nameKey,
      ...DEFAULT_SCORECARD_TEMPLATE.criteria.flatMap((c) => [
        c.labelKey,
        c.descriptionKey,
        ...c.pointKeys,
      ]),
      ...labels(RECOMMENDATION_LABEL_KEYS, EVALUATION_STATUS_LABEL_KEYS),
      ...sourceErrorKeys(["validations/scorecard.ts"]),
    ],
    count: 1 + 7 * 7 + 3 + 4 + 11,
  },
  {
    name: "stages",
    en: stagesEn,
    zh: stagesZh,
    required: [
      ...ALL_REASON_CODES,
      ...STAGES.map((s) => `stage.${s}`),
      ...CHURN_TYPES.map((c) => `churnType.${c}`),
      ...MOVE_KINDS.map((k) => `moveKind.${k}`),
      "moveKind.override",
    ],
    count: 0,
  },
] as const;

describe.each(domains)("$name message catalogs", ({ name, en, zh, required, count }) => {
  it("en and zh-CN have the same keys", () => {
    expect(leafKeys(zh).sort()).toEqual(leafKeys(en).sort());
  });

  it("contain every key the code names, as a message in both locales", () => {
    if (count > 0) expect(required.length).toBeGreaterThanOrEqual(count);
    else expect(required.length).toBeGreaterThan(STAGES.length);
    for (const catalog of [en, zh]) {
      const missing = required.filter((key) => typeof lookup(catalog, key) !== "string");
      expect(missing, `${name}: missing messages`).toEqual([]);
    }
  });

  it("parse as ICU messages in both locales", () => {
    for (const catalog of [en, zh]) {
      const broken = leafKeys(catalog).filter((key) => {
        try {
          parse(String(lookup(catalog, key)));
          return false;
        } catch {
          return true;
        }
      });
      expect(broken).toEqual([]);
    }
  });
});

describe("common.validation", () => {
  it("en and zh-CN have the same keys", () => {
    expect(leafKeys(commonZh).sort()).toEqual(leafKeys(commonEn).sort());
  });

  it("holds every bare zod message the domain schemas fall back to", () => {
    for (const domain of ["cost", "requirements", "schedule", "scope", "scorecard"]) {
      const bare = bareSchemaKeys(domain);
      expect(bare).toEqual(expect.arrayContaining(["required", "invalid"]));
      for (const catalog of [commonEn, commonZh]) {
        const missing = bare.filter(
          (key) => typeof lookup(catalog, `validation.${key}`) !== "string",
        );
        expect(missing, `${domain}: missing common.validation messages`).toEqual([]);
      }
    }
  });
});
