import { describe, expect, it } from "vitest";
import { DEFAULT_SCORECARD_TEMPLATE } from "./default-template";
import {
  recommend,
  scoreEvaluation,
  type CriterionAnswer,
  type ScorecardTemplate,
} from "./scoring";

const template = DEFAULT_SCORECARD_TEMPLATE;
const KEYS = [
  "purchaseIntent",
  "decisionProcess",
  "productFit",
  "strategicValue",
  "creditRisk",
  "competition",
  "developmentCost",
] as const;

/** Answers for the default template, scores in KEYS order, evidence everywhere. */
function answers(...scores: (number | null)[]): Record<string, CriterionAnswer> {
  return Object.fromEntries(
    KEYS.map((key, i) => [key, { score: scores[i] ?? null, evidence: "visit report" }]),
  );
}

describe("scoreEvaluation on the default template", () => {
  it("maps the scale onto 0–100", () => {
    expect(scoreEvaluation(template, answers(5, 5, 5, 5, 5, 5, 5)).total).toBe(100);
    expect(scoreEvaluation(template, answers(1, 1, 1, 1, 1, 1, 1)).total).toBe(0);
  });

  it("weights each criterion by its share (hand-computed 65.0)", () => {
    // 25·.75 + 15·.5 + 20·1 + 10·.25 + 15·.75 + 10·.5 + 5·0 = 65
    const result = scoreEvaluation(template, answers(4, 3, 5, 2, 4, 3, 1));
    expect(result).toEqual({ total: 65, recommendation: "hold", complete: true, missing: [] });
  });

  it("recommends go at exactly the go threshold and hold just below it", () => {
    // Σ w·(s−1) = 75+45+60+30+45+10+15 = 280 → 280/4 = 70.0
    expect(scoreEvaluation(template, answers(4, 4, 4, 4, 4, 2, 4))).toMatchObject({
      total: 70,
      recommendation: "go",
    });
    // 275/4 = 68.75 → 68.8
    expect(scoreEvaluation(template, answers(4, 4, 4, 4, 4, 2, 3))).toMatchObject({
      total: 68.8,
      recommendation: "hold",
    });
  });

  it("recommends hold at exactly the hold threshold and no-go just below it", () => {
    expect(scoreEvaluation(template, answers(3, 3, 3, 3, 3, 3, 3))).toMatchObject({
      total: 50,
      recommendation: "hold",
    });
    // 195/4 = 48.75 → 48.8
    expect(scoreEvaluation(template, answers(3, 3, 3, 3, 3, 3, 2))).toMatchObject({
      total: 48.8,
      recommendation: "no_go",
    });
  });

  it("rounds exact halves up where naive floating point rounds down", () => {
    // 15·3/4 = 11.25 exactly; summing float shares gives 11.249999… → 11.2
    expect(scoreEvaluation(template, answers(1, 1, 1, 1, 4, 1, 1)).total).toBe(11.3);
    expect(scoreEvaluation(template, answers(1, 1, 1, 1, 4, 1, 3)).total).toBe(13.8);
  });

  it("lists missing scores and evidence in template order and previews over scored criteria", () => {
    const result = scoreEvaluation(template, {
      purchaseIntent: { score: 5, evidence: "budget approved in writing" },
      productFit: { score: 1, evidence: "   " },
      strategicValue: { score: null, evidence: "" },
    });
    // (25·1 + 20·0) / 45 = 55.55… → 55.6
    expect(result.total).toBe(55.6);
    expect(result.recommendation).toBe("hold");
    expect(result.complete).toBe(false);
    expect(result.missing).toEqual([
      { criterionKey: "decisionProcess", problem: "score" },
      { criterionKey: "decisionProcess", problem: "evidence" },
      { criterionKey: "productFit", problem: "evidence" },
      { criterionKey: "strategicValue", problem: "score" },
      { criterionKey: "creditRisk", problem: "score" },
      { criterionKey: "creditRisk", problem: "evidence" },
      { criterionKey: "competition", problem: "score" },
      { criterionKey: "developmentCost", problem: "score" },
    ]);
  });

  it("is incomplete when only required evidence is missing, with the full total", () => {
    const all = answers(4, 3, 5, 2, 4, 3, 1);
    all.purchaseIntent = { score: 4, evidence: "" };
    all.strategicValue = { score: 2, evidence: "" }; // evidence optional here
    const result = scoreEvaluation(template, all);
    expect(result.total).toBe(65);
    expect(result.complete).toBe(false);
    expect(result.missing).toEqual([{ criterionKey: "purchaseIntent", problem: "evidence" }]);
  });

  it("treats a score off the scale as not scored", () => {
    const result = scoreEvaluation(template, answers(6, 5, 5, 5, 5, 5, 2.5));
    expect(result.missing).toEqual([
      { criterionKey: "purchaseIntent", problem: "score" },
      { criterionKey: "developmentCost", problem: "score" },
    ]);
    expect(result.total).toBe(100);
    expect(result.complete).toBe(false);
  });

  it("gives 0 and no-go when nothing is scored yet", () => {
    expect(scoreEvaluation(template, {})).toMatchObject({
      total: 0,
      recommendation: "no_go",
      complete: false,
    });
  });
});

describe("scoreEvaluation on other templates", () => {
  const tpl = (weights: number[], scale: [number, number][] = []): ScorecardTemplate => ({
    criteria: weights.map((weight, i) => ({
      key: `c${i}`,
      weight,
      scaleMin: scale[i]?.[0] ?? 1,
      scaleMax: scale[i]?.[1] ?? 5,
      evidenceRequired: false,
    })),
    thresholds: { go: 70, hold: 50 },
  });
  const scores = (...s: number[]) =>
    Object.fromEntries(s.map((score, i) => [`c${i}`, { score, evidence: "" }]));

  it("normalises weights that do not sum to 100", () => {
    // (3·1 + 2·.5 + 1·0) / 6 = 66.66… → 66.7
    expect(scoreEvaluation(tpl([3, 2, 1]), scores(5, 3, 1))).toMatchObject({
      total: 66.7,
      recommendation: "hold",
      complete: true,
    });
  });

  it("combines different scales exactly", () => {
    // (1·3/4 + 2·7/10) / 3 = 0.71666… → 71.7
    expect(
      scoreEvaluation(
        tpl(
          [1, 2],
          [
            [1, 5],
            [0, 10],
          ],
        ),
        scores(4, 7),
      ).total,
    ).toBe(71.7);
  });

  it("avoids float drift on shares like 19/20", () => {
    // 19·3/4 / 20 = 0.7125 → 71.3 (floating point gives 71.2)
    expect(scoreEvaluation(tpl([1, 19]), scores(1, 4)).total).toBe(71.3);
    // 100 · 1/3 → 33.3, 100 · 2/3 → 66.7
    expect(scoreEvaluation(tpl([1, 1, 1]), scores(5, 1, 1)).total).toBe(33.3);
    expect(scoreEvaluation(tpl([1, 1, 1]), scores(5, 5, 1)).total).toBe(66.7);
  });

  it("refuses a template with a non-positive weight or an empty scale", () => {
    expect(() => scoreEvaluation(tpl([0, 1]), scores(1, 1))).toThrow(RangeError);
    expect(() => scoreEvaluation(tpl([1], [[5, 5]]), scores(5))).toThrow(RangeError);
    expect(() => scoreEvaluation(tpl([1.5]), scores(5))).toThrow(RangeError);
  });
});

describe("recommend", () => {
  it("compares the rounded total with the thresholds", () => {
    const thresholds = { go: 70, hold: 50 };
    expect(recommend(70, thresholds)).toBe("go");
    expect(recommend(69.9, thresholds)).toBe("hold");
    expect(recommend(50, thresholds)).toBe("hold");
    expect(recommend(49.9, thresholds)).toBe("no_go");
    expect(recommend(100, { go: 100, hold: 0 })).toBe("go");
    expect(recommend(0, { go: 100, hold: 0 })).toBe("hold");
  });
});
