import { createTranslator } from "next-intl";
import { describe, expect, test } from "vitest";
import en from "@/messages/stages/en.json";
import zhCN from "@/messages/stages/zh-CN.json";
import { ALL_REASON_CODES, MOVE_KINDS } from "./machine";
import { CHURN_TYPES, STAGES } from "./stages";

const catalogs = { en, "zh-CN": zhCN } as const;
type Catalog = Record<string, unknown>;

function leafKeys(node: Catalog, prefix = ""): string[] {
  return Object.entries(node).flatMap(([key, value]) =>
    typeof value === "object" && value !== null
      ? leafKeys(value as Catalog, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

const lookup = (catalog: Catalog, path: string): unknown =>
  path.split(".").reduce<unknown>((node, key) => (node as Catalog | undefined)?.[key], catalog);

const REQUIRED_KEYS = [
  ...ALL_REASON_CODES,
  ...STAGES.map((s) => `stage.${s}`),
  ...CHURN_TYPES.map((c) => `churnType.${c}`),
  ...MOVE_KINDS.map((k) => `moveKind.${k}`),
  "moveKind.override",
];

/** Sample values for the ICU placeholders the gates fill in. */
const SAMPLE_PARAMS = { count: 3, status: "submitted", recommendation: "hold", stage: "Scope" };

describe("stages message catalogs", () => {
  test("en and zh-CN have identical key sets", () => {
    expect(leafKeys(zhCN).sort()).toEqual(leafKeys(en).sort());
  });

  test.each(Object.keys(catalogs) as (keyof typeof catalogs)[])(
    "%s has every key the code uses",
    (locale) => {
      const missing = REQUIRED_KEYS.filter(
        (key) => typeof lookup(catalogs[locale], key) !== "string",
      );
      expect(missing).toEqual([]);
    },
  );

  test.each(Object.keys(catalogs) as (keyof typeof catalogs)[])(
    "%s formats every message",
    (locale) => {
      const errors: string[] = [];
      const t = createTranslator({
        locale,
        messages: { stages: catalogs[locale] },
        namespace: "stages",
        onError: (error) => errors.push(error.message),
      });
      const formatted = leafKeys(catalogs[locale]).map((key) =>
        t(key as never, SAMPLE_PARAMS as never),
      );
      expect(errors).toEqual([]);
      expect(formatted.every((text) => text.length > 0 && !text.includes("{"))).toBe(true);
    },
  );

  test("stage names follow the glossary", () => {
    expect(zhCN.stage).toEqual({
      stakeholders: "识别干系人",
      evaluation: "客户评估",
      requirements: "需求文档",
      scope: "范围计划",
      schedule: "进度计划",
      cost_plan: "成本计划",
      execution: "执行中",
      dropped: "已放弃",
      churned: "已流失",
    });
    expect(en.stage).toEqual({
      stakeholders: "Stakeholder identification",
      evaluation: "Evaluation scorecard",
      requirements: "Requirements document",
      scope: "Scope",
      schedule: "Schedule",
      cost_plan: "Cost plan",
      execution: "In execution",
      dropped: "Dropped",
      churned: "Churned",
    });
  });

  test("counts and selects reach the text", () => {
    const t = createTranslator({ locale: "en", messages: { stages: en }, namespace: "stages" });
    expect(t("gate.scope.customProductsMissingAgreement", { count: 1 })).toBe(
      "1 custom product has no agreement reference.",
    );
    expect(t("gate.schedule.stepsMissingPlannedDates", { count: 4 })).toBe(
      "4 steps have no planned dates.",
    );
    expect(t("gate.evaluation.notApproved", { status: "returned" })).toContain("returned");
    const zh = createTranslator({
      locale: "zh-CN",
      messages: { stages: zhCN },
      namespace: "stages",
    });
    expect(zh("gate.scope.openChangeRequests", { count: 2 })).toBe(
      "还有 2 个变更请求尚未处理完毕。",
    );
    expect(zh("gate.evaluation.notGo", { recommendation: "no_go" })).toBe("评估建议不开发该客户。");
  });
});
