import { describe, expect, it } from "vitest";
import { costTotals, linePlannedMinor, parseHours, staffCost, type CostLine } from "./totals";

const line = (
  kind: CostLine["kind"],
  category: CostLine["category"],
  plannedMinor: number,
  actualMinor: number | null,
): CostLine => ({ kind, category, plannedMinor, actualMinor });

const lines = [
  line("direct", "travel", 150000, 162050),
  line("direct", "samples", 80000, null),
  line("direct", "staff", 120000, 110000),
  line("indirect", "marketing", 50000, 50000),
  line("indirect", "travel", 10, 20),
];

describe("costTotals", () => {
  it("sums planned, actual, forecast and variance by category, by kind and overall", () => {
    const totals = costTotals(lines, null);
    expect(totals.total).toEqual({
      plannedMinor: 400010,
      actualMinor: 322070,
      forecastMinor: 402070,
      varianceMinor: 2060,
      lineCount: 5,
      linesWithoutActual: 1,
    });
    expect(totals.byCategory.travel).toMatchObject({
      plannedMinor: 150010,
      actualMinor: 162070,
      varianceMinor: 12060,
      lineCount: 2,
    });
    expect(totals.byCategory.samples).toMatchObject({
      actualMinor: 0,
      forecastMinor: 80000,
      varianceMinor: 0,
      linesWithoutActual: 1,
    });
    expect(totals.byCategory.reception).toMatchObject({ plannedMinor: 0, lineCount: 0 });
    expect(totals.byKind.direct).toMatchObject({
      plannedMinor: 350000,
      actualMinor: 272050,
      varianceMinor: 2050,
    });
    expect(totals.byKind.indirect).toMatchObject({
      plannedMinor: 50010,
      actualMinor: 50020,
      varianceMinor: 10,
    });
    expect(totals.budget).toBeNull();
  });

  it("adds many small amounts without drift", () => {
    const tenFen = Array.from({ length: 1000 }, () => line("direct", "other", 10, 20));
    const totals = costTotals(tenFen, null).total;
    expect(totals.plannedMinor).toBe(10000);
    expect(totals.actualMinor).toBe(20000);
  });

  it("places actual spending against the budget", () => {
    expect(costTotals(lines, 400000).budget).toEqual({
      budgetMinor: 400000,
      remainingMinor: 77930,
      overBudget: false,
      percentUsed: 81,
      plannedOverBudget: true,
    });
    expect(costTotals(lines, 300000).budget).toMatchObject({
      remainingMinor: -22070,
      overBudget: true,
      percentUsed: 107,
    });
    expect(costTotals(lines, 322070).budget).toMatchObject({
      remainingMinor: 0,
      overBudget: false,
      percentUsed: 100,
    });
  });

  it("rounds percent used half up and copes with empty or zero budgets", () => {
    const one = (actual: number, budget: number) =>
      costTotals([line("direct", "other", 0, actual)], budget).budget?.percentUsed;
    expect(one(1, 200)).toBe(1);
    expect(one(1, 201)).toBe(0);
    expect(one(2, 3)).toBe(67);
    expect(one(Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER)).toBe(100);
    expect(one(0, 0)).toBeNull();
    expect(costTotals([], 0).budget).toMatchObject({
      overBudget: false,
      percentUsed: null,
      remainingMinor: 0,
    });
  });

  it("refuses negative, fractional or overflowing amounts", () => {
    expect(() => costTotals([line("direct", "other", -1, null)], null)).toThrow(RangeError);
    expect(() => costTotals([line("direct", "other", 0.5, null)], null)).toThrow(RangeError);
    const huge = line("direct", "other", Number.MAX_SAFE_INTEGER, null);
    expect(() => costTotals([huge, huge], null)).toThrow(RangeError);
    expect(() => costTotals([], -1)).toThrow(RangeError);
  });
});

describe("staff cost", () => {
  it("multiplies hours by rate exactly, rounding half up to the fen", () => {
    expect(staffCost(750, 20000)).toBe(150000);
    expect(staffCost(1, 50)).toBe(1);
    expect(staffCost(1, 49)).toBe(0);
    expect(staffCost(333, 3333)).toBe(11099);
    expect(staffCost(0, 20000)).toBe(0);
  });

  it("stays exact where floating point would not", () => {
    expect((1.15 * 100 * 10) / 100).not.toBe(11.5);
    expect(staffCost(115, 1000)).toBe(1150);
    expect(staffCost(900719925474099, 100)).toBe(900719925474099);
    expect(() => staffCost(Number.MAX_SAFE_INTEGER, 1000)).toThrow(RangeError);
    expect(() => staffCost(-100, 100)).toThrow(RangeError);
  });

  it("plans a staff line as hours × rate, whatever amount was stored", () => {
    const staff: CostLine = {
      ...line("direct", "staff", 1, null),
      hoursHundredths: 1050,
      rateMinor: 15000,
    };
    expect(linePlannedMinor(staff)).toBe(157500);
    expect(linePlannedMinor({ ...staff, rateMinor: null })).toBe(1);
    expect(linePlannedMinor({ ...staff, category: "other" })).toBe(1);
    expect(costTotals([staff], null).byCategory.staff).toMatchObject({
      plannedMinor: 157500,
      forecastMinor: 157500,
    });
  });

  it("parses hours with at most two decimals", () => {
    expect(parseHours("7.5")).toEqual({ ok: true, hundredths: 750 });
    expect(parseHours("１２．２５")).toEqual({ ok: true, hundredths: 1225 });
    expect(parseHours("")).toEqual({ ok: false, error: "required" });
    expect(parseHours("7.125")).toEqual({ ok: false, error: "validation.hoursInvalid" });
    expect(parseHours("-1")).toEqual({ ok: false, error: "validation.hoursInvalid" });
  });
});
