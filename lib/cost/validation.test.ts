import { describe, expect, it } from "vitest";
import {
  costLineSchema,
  costLineSchemaFor,
  costPlanHeaderSchema,
  costPlanReviewSchema,
} from "./validation";

function errors(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  return (result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]);
}

const input = {
  kind: "direct",
  category: "travel",
  description: " Plant visit ",
  planned: "1,234.50",
  actual: "",
};

describe("costLineSchema", () => {
  it("parses amounts into minor units; an empty actual is not yet known", () => {
    expect(costLineSchema.parse(input)).toEqual({
      kind: "direct",
      category: "travel",
      description: "Plant visit",
      planned: 123450,
      actual: null,
    });
    expect(costLineSchema.parse({ ...input, actual: "￥１２．３" }).actual).toBe(1230);
    expect(costLineSchema.parse({ ...input, actual: undefined }).actual).toBeNull();
  });

  it("reports each bad field with a message key", () => {
    const result = costLineSchema.safeParse({
      kind: "both",
      category: "",
      planned: "",
      actual: "-3",
    });
    expect(errors(result)).toEqual([
      ["kind", "required"],
      ["category", "required"],
      ["planned", "required"],
      ["actual", "validation.moneyNegative"],
    ]);
    expect(
      errors(costLineSchema.safeParse({ ...input, planned: "1.234", actual: "lots" })),
    ).toEqual([
      ["planned", "validation.moneyTooManyDecimals"],
      ["actual", "validation.moneyInvalid"],
    ]);
    expect(errors(costLineSchema.safeParse({ ...input, planned: "99999999999999999" }))).toEqual([
      ["planned", "validation.moneyTooLarge"],
    ]);
    expect(errors(costLineSchema.safeParse({ ...input, description: "x".repeat(501) }))).toEqual([
      ["description", "tooLong"],
    ]);
  });

  it("parses in the plan's currency", () => {
    const yen = costLineSchemaFor("JPY");
    expect(yen.parse({ ...input, planned: "1,234" }).planned).toBe(1234);
    expect(errors(yen.safeParse({ ...input, planned: "12.5" }))).toEqual([
      ["planned", "validation.moneyTooManyDecimals"],
    ]);
  });
});

describe("costPlanHeaderSchema", () => {
  it("defaults to CNY and parses the budget in the chosen currency", () => {
    expect(costPlanHeaderSchema.parse({ budget: "50,000" })).toEqual({
      currency: "CNY",
      budgetMinor: 5000000,
    });
    expect(costPlanHeaderSchema.parse({ currency: "USD", budget: "$1,000.10" })).toEqual({
      currency: "USD",
      budgetMinor: 100010,
    });
    expect(costPlanHeaderSchema.parse({ budget: "" })).toEqual({
      currency: "CNY",
      budgetMinor: null,
    });
  });

  it("refuses unknown currencies and bad budgets", () => {
    expect(errors(costPlanHeaderSchema.safeParse({ currency: "XYZ", budget: "1" }))).toEqual([
      ["currency", "invalid"],
    ]);
    expect(errors(costPlanHeaderSchema.safeParse({ currency: "JPY", budget: "1.5" }))).toEqual([
      ["budget", "validation.moneyTooManyDecimals"],
    ]);
    expect(errors(costPlanHeaderSchema.safeParse({ budget: "-100" }))).toEqual([
      ["budget", "validation.moneyNegative"],
    ]);
  });
});

describe("costPlanReviewSchema", () => {
  it("approves without a comment but returns only with one", () => {
    expect(costPlanReviewSchema.parse({ decision: "approve" })).toEqual({
      decision: "approve",
      comment: "",
    });
    expect(errors(costPlanReviewSchema.safeParse({ decision: "return", comment: "  " }))).toEqual([
      ["comment", "validation.returnCommentRequired"],
    ]);
    expect(
      costPlanReviewSchema.safeParse({ decision: "return", comment: "Cut the gifts" }).success,
    ).toBe(true);
  });
});
