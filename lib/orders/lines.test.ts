import { describe, expect, it } from "vitest";
import { priceOrder, type CatalogueProduct } from "./lines";

const P1 = "00000000-0000-4000-8000-000000000001";
const P2 = "00000000-0000-4000-8000-000000000002";
const OLD = "00000000-0000-4000-8000-000000000003";
const catalogue = new Map<string, CatalogueProduct>([
  [P1, { id: P1, active: true, currency: "CNY", costMinor: 60_00 }],
  [P2, { id: P2, active: true, currency: "USD", costMinor: 5_00 }],
  [OLD, { id: OLD, active: false, currency: "CNY", costMinor: null }],
]);
const line = (productId: string, unitPriceMinor: number, quantity: number, discountBp = 0) => ({
  productId,
  unitPriceMinor,
  quantity,
  discountBp,
});

describe("priceOrder", () => {
  it("prices each line, numbers them, and costs only products costed in the order's currency", () => {
    const priced = priceOrder([line(P1, 100_00, 4, 2500), line(P2, 10_00, 3)], catalogue, "CNY");
    expect(priced).toEqual({
      ok: true,
      lines: [
        { ...line(P1, 100_00, 4, 2500), position: 1, amountMinor: 300_00, costMinor: 240_00 },
        { ...line(P2, 10_00, 3), position: 2, amountMinor: 30_00, costMinor: null },
      ],
      totals: { totalMinor: 330_00, costMinor: 240_00, costedAmountMinor: 300_00, lineCount: 2 },
    });
  });

  it("refuses an unknown product on its line", () => {
    const missing = "00000000-0000-4000-8000-000000000009";
    expect(priceOrder([line(P1, 1, 1), line(missing, 1, 1)], catalogue, "CNY")).toEqual({
      ok: false,
      field: "fields.lines.1.productId",
      key: "unknownProduct",
    });
  });

  it("refuses an inactive product unless the order already had it", () => {
    expect(priceOrder([line(OLD, 1, 1)], catalogue, "CNY")).toMatchObject({
      ok: false,
      key: "inactiveProduct",
    });
    expect(priceOrder([line(OLD, 1, 1)], catalogue, "CNY", new Set([OLD]))).toMatchObject({
      ok: true,
    });
  });

  it("refuses totals past the exact range instead of rounding them", () => {
    const huge = line(P1, Number.MAX_SAFE_INTEGER, 1);
    expect(priceOrder([huge, huge], catalogue, "CNY")).toEqual({
      ok: false,
      field: "fields.lines",
      key: "validation.moneyTooLarge",
    });
  });
});
