import { describe, expect, it } from "vitest";
import { DEFAULT_SCORECARD_TEMPLATE, materialiseDefaultTemplate } from "./default-template";
import { templateSchema } from "@/lib/validations/scorecard";

describe("DEFAULT_SCORECARD_TEMPLATE", () => {
  const { criteria, thresholds } = DEFAULT_SCORECARD_TEMPLATE;

  it("has seven criteria on a 1–5 scale whose integer weights sum to 100", () => {
    expect(criteria).toHaveLength(7);
    expect(criteria.reduce((sum, c) => sum + c.weight, 0)).toBe(100);
    for (const c of criteria) {
      expect(Number.isInteger(c.weight)).toBe(true);
      expect([c.scaleMin, c.scaleMax]).toEqual([1, 5]);
      expect(c.pointKeys).toHaveLength(5);
    }
    expect(thresholds).toEqual({ go: 70, hold: 50 });
  });

  it("requires evidence on intent, decision process, fit and credit risk", () => {
    expect(criteria.filter((c) => c.evidenceRequired).map((c) => c.key)).toEqual([
      "purchaseIntent",
      "decisionProcess",
      "productFit",
      "creditRisk",
    ]);
  });

  it("materialises into a template the editor schema accepts", () => {
    const data = materialiseDefaultTemplate((key) => `text of ${key}`);
    expect(data.criteria[0]).toMatchObject({
      key: "purchaseIntent",
      label: "text of template.criteria.purchaseIntent.label",
      pointLabels: expect.arrayContaining(["text of template.criteria.purchaseIntent.points.5"]),
    });
    expect(templateSchema.safeParse(data).success).toBe(true);
  });
});
