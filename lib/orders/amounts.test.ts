import { describe, expect, it } from "vitest";
import {
  discountPercentText,
  lineAmountMinor,
  lineAmounts,
  marginMinor,
  orderTotals,
} from "./amounts";

const line = (
  unitPriceMinor: number,
  quantity: number,
  discountBp = 0,
  unitCostMinor: number | null = null,
) => ({
  unitPriceMinor,
  quantity,
  discountBp,
  unitCostMinor,
});

describe("lineAmountMinor", () => {
  it("is unit price × quantity without a discount", () => {
    expect(lineAmountMinor(line(12_50, 3))).toBe(37_50);
  });

  it("takes the discount off and rounds half up to the minor unit, exactly", () => {
    expect(lineAmountMinor(line(10_00, 3, 1000))).toBe(27_00); // 10 % off
    expect(lineAmountMinor(line(10, 3, 3333))).toBe(20); // 20.001 fen
    expect(lineAmountMinor(line(1, 1, 5000))).toBe(1); // 0.5 fen rounds up
    expect(lineAmountMinor(line(1, 1, 5001))).toBe(0); // 0.4999 fen rounds down
    expect(lineAmountMinor(line(99_99, 7, 10_000))).toBe(0); // free
  });

  it("stays exact where floating point would not (0.1 + 0.2)", () => {
    // 3 × ¥0.10 = ¥0.30 exactly, and 1/3 off a large amount is rounded once.
    expect(lineAmountMinor(line(10, 3))).toBe(30);
    expect(lineAmountMinor(line(900_719_925_474_099, 10, 9000))).toBe(900_719_925_474_099);
  });

  it("refuses quantities, discounts and prices a line cannot have", () => {
    expect(() => lineAmountMinor(line(100, 0))).toThrow(RangeError);
    expect(() => lineAmountMinor(line(100, 1.5))).toThrow(RangeError);
    expect(() => lineAmountMinor(line(100, 1, 10_001))).toThrow(RangeError);
    expect(() => lineAmountMinor(line(100, 1, -1))).toThrow(RangeError);
    expect(() => lineAmountMinor(line(-100, 1))).toThrow(RangeError);
    expect(() => lineAmountMinor(line(0.5, 1))).toThrow(RangeError);
  });

  it("throws instead of rounding past the exact range", () => {
    expect(() => lineAmountMinor(line(Number.MAX_SAFE_INTEGER, 2))).toThrow(RangeError);
  });
});

describe("lineAmounts", () => {
  it("costs a line at unit cost × quantity, whatever the discount", () => {
    expect(lineAmounts(line(100_00, 4, 2500, 60_00))).toEqual({
      amountMinor: 300_00,
      costMinor: 240_00,
    });
  });

  it("has no cost when the product has none", () => {
    expect(lineAmounts(line(100_00, 4))).toEqual({ amountMinor: 400_00, costMinor: null });
  });
});

describe("orderTotals", () => {
  it("adds the amounts, and the cost and amounts of the costed lines only", () => {
    const totals = orderTotals([
      { amountMinor: 300_00, costMinor: 240_00 },
      { amountMinor: 400_00, costMinor: null },
      { amountMinor: 5, costMinor: 1 },
    ]);
    expect(totals).toEqual({
      totalMinor: 700_05,
      costMinor: 240_01,
      costedAmountMinor: 300_05,
      lineCount: 3,
    });
    expect(marginMinor(totals)).toBe(60_04);
  });

  it("has no cost and no margin when no line has a cost, and zero for no lines", () => {
    expect(orderTotals([{ amountMinor: 5, costMinor: null }]).costMinor).toBeNull();
    expect(marginMinor(orderTotals([{ amountMinor: 5, costMinor: null }]))).toBeNull();
    expect(orderTotals([])).toEqual({
      totalMinor: 0,
      costMinor: null,
      costedAmountMinor: 0,
      lineCount: 0,
    });
  });

  it("throws when the total leaves the exact range", () => {
    const big = { amountMinor: Number.MAX_SAFE_INTEGER, costMinor: null };
    expect(() => orderTotals([big, { amountMinor: 1, costMinor: null }])).toThrow(RangeError);
  });
});

describe("discountPercentText", () => {
  it("shows basis points as the percent typed", () => {
    expect([0, 1000, 1250, 1205, 5, 10_000].map(discountPercentText)).toEqual([
      "",
      "10",
      "12.5",
      "12.05",
      "0.05",
      "100",
    ]);
  });
});
