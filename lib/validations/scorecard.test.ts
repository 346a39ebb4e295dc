import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { DEFAULT_SCORECARD_TEMPLATE } from "@/lib/scorecard/default-template";
import {
  evaluationDraftSchema,
  evaluationDraftSchemaFor,
  evaluationSubmitSchema,
  templateSchema,
  type TemplateInput,
} from "./scorecard";

/** Issues as "path: message", the way the form shows them. */
function issues(result: z.ZodSafeParseResult<unknown>): string[] {
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}

const template = DEFAULT_SCORECARD_TEMPLATE;
const fullAnswers = (): Record<string, { score: number | null; evidence: string }> =>
  Object.fromEntries(
    template.criteria.map((c) => [c.key, { score: 3, evidence: "met the purchasing manager" }]),
  );

describe("evaluationDraftSchema", () => {
  it("accepts empty scores and trims evidence", () => {
    const parsed = evaluationDraftSchema.parse({
      answers: { purchaseIntent: { score: null, evidence: "  quote requested  " } },
    });
    expect(parsed.answers.purchaseIntent).toEqual({ score: null, evidence: "quote requested" });
  });

  it("treats an omitted score or evidence as empty", () => {
    const parsed = evaluationDraftSchema.parse({ answers: { productFit: {} } });
    expect(parsed.answers.productFit).toEqual({ score: null, evidence: "" });
  });

  it("refuses fractional scores and evidence over 2000 characters", () => {
    const result = evaluationDraftSchema.safeParse({
      answers: {
        purchaseIntent: { score: 2.5, evidence: "" },
        productFit: { score: 3, evidence: "x".repeat(2001) },
      },
    });
    expect(issues(result)).toEqual([
      "answers.purchaseIntent.score: validation.scoreInvalid",
      "answers.productFit.evidence: tooLong|max=2000",
    ]);
  });

  it("checks scale and criteria against the template without requiring completeness", () => {
    const schema = evaluationDraftSchemaFor(template);
    expect(
      schema.safeParse({ answers: { purchaseIntent: { score: 4, evidence: "" } } }).success,
    ).toBe(true);
    const result = schema.safeParse({
      answers: { purchaseIntent: { score: 0, evidence: "" }, gut: { score: 5, evidence: "" } },
    });
    expect(issues(result)).toEqual([
      "answers.gut: validation.unknownCriterion",
      "answers.purchaseIntent.score: validation.scoreOutOfRange",
    ]);
  });
});

describe("evaluationSubmitSchema", () => {
  const schema = evaluationSubmitSchema(template);

  it("accepts a complete evaluation", () => {
    expect(schema.safeParse({ answers: fullAnswers() }).success).toBe(true);
  });

  it("refuses missing scores and evidence with one issue per criterion field", () => {
    const answers = fullAnswers();
    answers.decisionProcess = { score: null, evidence: "" };
    answers.creditRisk = { score: 4, evidence: "   " };
    answers.competition = { score: null, evidence: "" };
    delete answers.strategicValue;
    expect(issues(schema.safeParse({ answers }))).toEqual([
      "answers.decisionProcess.score: validation.scoreRequired",
      "answers.decisionProcess.evidence: validation.evidenceRequired",
      "answers.strategicValue.score: validation.scoreRequired",
      "answers.creditRisk.evidence: validation.evidenceRequired",
      "answers.competition.score: validation.scoreRequired",
    ]);
  });

  it("refuses a score above the scale as out of range, not as missing", () => {
    const answers = fullAnswers();
    answers.productFit = { score: 6, evidence: "catalogue match" };
    expect(issues(schema.safeParse({ answers }))).toEqual([
      "answers.productFit.score: validation.scoreOutOfRange",
    ]);
  });
});

describe("templateSchema", () => {
  const valid = (): TemplateInput => ({
    name: "Coatings",
    criteria: [
      {
        key: "intent",
        label: "Intent",
        weight: 3,
        scaleMin: 1,
        scaleMax: 5,
        evidenceRequired: true,
      },
      { key: "fit", label: "Fit", weight: 2, scaleMin: 0, scaleMax: 10 },
    ],
    thresholds: { go: 70, hold: 50 },
  });

  it("accepts a template and fills defaults", () => {
    const parsed = templateSchema.parse(valid());
    expect(parsed.criteria[1]).toMatchObject({
      description: "",
      evidenceRequired: false,
      pointLabels: [],
    });
  });

  it("refuses an empty name and no criteria", () => {
    expect(issues(templateSchema.safeParse({ ...valid(), name: " ", criteria: [] }))).toEqual([
      "name: required",
      "criteria: validation.criteriaRequired",
    ]);
  });

  it("refuses non-positive or fractional weights and bad scales", () => {
    const t = valid();
    t.criteria = [
      { key: "a", label: "A", weight: 0, scaleMin: 1, scaleMax: 5 },
      { key: "b", label: "B", weight: 1.5, scaleMin: 1, scaleMax: 5 },
      { key: "c", label: "C", weight: 1, scaleMin: 5, scaleMax: 5 },
      { key: "d", label: "D", weight: 1, scaleMin: 1, scaleMax: 3, pointLabels: ["low", "high"] },
    ];
    expect(issues(templateSchema.safeParse(t))).toEqual([
      "criteria.0.weight: validation.weightPositive",
      "criteria.1.weight: validation.weightPositive",
      "criteria.2.scaleMax: validation.scaleOrder",
      "criteria.3.pointLabels: validation.pointLabelsCount",
    ]);
  });

  it("refuses duplicate and malformed keys", () => {
    const t = valid();
    t.criteria.push({ key: "intent", label: "Again", weight: 1, scaleMin: 1, scaleMax: 5 });
    t.criteria.push({ key: "1st", label: "Bad", weight: 1, scaleMin: 1, scaleMax: 5 });
    expect(issues(templateSchema.safeParse(t))).toEqual([
      "criteria.3.key: validation.keyFormat",
      "criteria.2.key: validation.keyDuplicate",
    ]);
  });

  it("requires 0 ≤ hold < go ≤ 100", () => {
    const withThresholds = (go: number, hold: number) =>
      issues(templateSchema.safeParse({ ...valid(), thresholds: { go, hold } }));
    expect(withThresholds(100, 0)).toEqual([]);
    expect(withThresholds(60, 60)).toEqual(["thresholds.hold: validation.thresholdOrder"]);
    expect(withThresholds(101, -1)).toEqual([
      "thresholds.go: validation.thresholdInvalid",
      "thresholds.hold: validation.thresholdInvalid",
    ]);
  });
});
