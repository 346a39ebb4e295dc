import { describe, expect, test } from "vitest";
import {
  CHURN_TYPES,
  DEFAULT_EXPECTED_DAYS,
  OUTCOMES,
  PIPELINE_STAGES,
  STAGES,
  daysInStage,
  isChurnType,
  isPipelineStage,
  isStage,
  isTerminal,
  nextStage,
  stageIndex,
} from "./stages";

const DAY = 24 * 60 * 60 * 1000;
const entered = new Date("2025-03-01T08:00:00Z");
const after = (ms: number) => new Date(entered.getTime() + ms);

describe("stage lists", () => {
  test("the pipeline runs in the order of the design", () => {
    expect(PIPELINE_STAGES).toEqual([
      "stakeholders",
      "evaluation",
      "requirements",
      "scope",
      "schedule",
      "cost_plan",
      "execution",
    ]);
    expect(OUTCOMES).toEqual(["dropped", "churned"]);
    expect(STAGES).toEqual([...PIPELINE_STAGES, "dropped", "churned"]);
  });

  test("the five churn types of seed 003", () => {
    expect(CHURN_TYPES).toEqual([
      "abandoned_deliberately",
      "abandoned_unintentionally",
      "lured_by_competitor",
      "price_seeker",
      "lost_conditions",
    ]);
  });
});

describe("stage helpers", () => {
  test("only dropped and churned are terminal", () => {
    expect(STAGES.filter(isTerminal)).toEqual(["dropped", "churned"]);
    expect(STAGES.filter(isPipelineStage)).toEqual([...PIPELINE_STAGES]);
  });

  test("stageIndex follows the pipeline, outcomes last", () => {
    expect(STAGES.map(stageIndex)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(stageIndex("cost_plan")).toBeGreaterThan(stageIndex("schedule"));
  });

  test.each([
    ["stakeholders", "evaluation"],
    ["evaluation", "requirements"],
    ["requirements", "scope"],
    ["scope", "schedule"],
    ["schedule", "cost_plan"],
    ["cost_plan", "execution"],
    ["execution", null],
    ["dropped", null],
    ["churned", null],
  ] as const)("nextStage(%s) is %s", (stage, next) => {
    expect(nextStage(stage)).toBe(next);
  });

  test("isStage and isChurnType accept only known keys", () => {
    expect(isStage("cost_plan")).toBe(true);
    expect(isStage("costPlan")).toBe(false);
    expect(isStage(undefined)).toBe(false);
    expect(isChurnType("price_seeker")).toBe(true);
    expect(isChurnType("other")).toBe(false);
    expect(isChurnType(3)).toBe(false);
  });
});

describe("time in stage", () => {
  test("default expected days per stage, none for execution", () => {
    expect(DEFAULT_EXPECTED_DAYS).toEqual({
      stakeholders: 14,
      evaluation: 14,
      requirements: 21,
      scope: 14,
      schedule: 14,
      cost_plan: 10,
      execution: null,
    });
  });

  test("daysInStage is fractional", () => {
    expect(daysInStage(entered, entered)).toBe(0);
    expect(daysInStage(entered, after(36 * 60 * 60 * 1000))).toBe(1.5);
    expect(daysInStage(entered, after(14 * DAY))).toBe(14);
    expect(daysInStage(entered, after(-DAY / 2))).toBe(-0.5);
  });
});
