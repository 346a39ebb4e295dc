import { describe, expect, it } from "vitest";
import {
  costLineSchema,
  costLineSchemaFor,
  costPlanHeaderSchema,
  costPlanReviewSchema,
} from "./cost";

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
      plannedMinor: 123450,
      actualMinor: null,
      hoursHundredths: null,
      rateMinor: null,
      date: null,
      note: "",
    });
    expect(costLineSchema.parse({ ...input, actual: "￥１２．３" }).actualMinor).toBe(1230);
    expect(costLineSchema.parse({ ...input, actual: undefined }).actualMinor).toBeNull();
    expect(costLineSchema.parse({ ...input, date: "2024-02-29" }).date).toBe("2024-02-29");
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
      ["actual", "validation.moneyNegative"],
      ["planned", "required"],
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
      ["description", "tooLong|max=500"],
    ]);
    expect(errors(costLineSchema.safeParse({ ...input, date: "2023-02-29" }))).toEqual([
      ["date", "validation.dateInvalid"],
    ]);
  });

  it("parses in the plan's currency", () => {
    const yen = costLineSchemaFor("JPY");
    expect(yen.parse({ ...input, planned: "1,234" }).plannedMinor).toBe(1234);
    expect(errors(yen.safeParse({ ...input, planned: "12.5" }))).toEqual([
      ["planned", "validation.moneyTooManyDecimals"],
    ]);
  });
});

describe("staff cost lines", () => {
  const staff = { ...input, category: "staff", planned: "", hours: "7.25", rate: "200" };

  it("plan hours × rate exactly when no amount is typed", () => {
    expect(costLineSchema.parse(staff)).toMatchObject({
      plannedMinor: 145000,
      hoursHundredths: 725,
      rateMinor: 20000,
    });
    expect(costLineSchema.parse({ ...staff, hours: "0.33", rate: "33.33" }).plannedMinor).toBe(
      1100,
    );
    expect(costLineSchema.parse({ ...staff, planned: "1,450.00" }).plannedMinor).toBe(145000);
  });

  it("refuse a typed amount that contradicts hours × rate", () => {
    expect(errors(costLineSchema.safeParse({ ...staff, planned: "1450.01" }))).toEqual([
      ["planned", "validation.plannedNotHoursTimesRate"],
    ]);
  });

  it("need hours and rate together, and hours with at most two decimals", () => {
    expect(errors(costLineSchema.safeParse({ ...staff, rate: "" }))).toEqual([
      ["rate", "validation.rateRequired"],
    ]);
    expect(errors(costLineSchema.safeParse({ ...staff, hours: "" }))).toEqual([
      ["hours", "validation.hoursRequired"],
    ]);
    expect(errors(costLineSchema.safeParse({ ...staff, hours: "7.125" }))).toEqual([
      ["hours", "validation.hoursInvalid"],
    ]);
    expect(errors(costLineSchema.safeParse({ ...staff, hours: "", rate: "" }))).toEqual([
      ["planned", "required"],
    ]);
    expect(costLineSchema.parse({ ...staff, hours: "", rate: "", planned: "800" })).toMatchObject({
      plannedMinor: 80000,
      hoursHundredths: null,
      rateMinor: null,
    });
  });

  it("refuse a product past the safe range instead of rounding it", () => {
    expect(
      errors(costLineSchema.safeParse({ ...staff, hours: "900719925475", rate: "1000" })),
    ).toEqual([["planned", "validation.moneyTooLarge"]]);
  });

  it("drop hours and rate on other categories", () => {
    expect(
      costLineSchema.parse({ ...staff, category: "travel", planned: "5", hours: "3" }),
    ).toMatchObject({ plannedMinor: 500, hoursHundredths: null, rateMinor: null });
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
    expect(costPlanReviewSchema.parse({ decision: "approved" })).toEqual({
      decision: "approved",
      comment: "",
    });
    expect(errors(costPlanReviewSchema.safeParse({ decision: "returned", comment: "  " }))).toEqual(
      [["comment", "validation.returnCommentRequired"]],
    );
    expect(
      costPlanReviewSchema.safeParse({ decision: "returned", comment: "Cut the gifts" }).success,
    ).toBe(true);
  });
});
