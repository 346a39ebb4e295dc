import { lineAmounts, orderTotals, type OrderTotals } from "./amounts";

/** What the order form sends per line, parsed (lib/validations/orders.ts). */
export type ParsedLine = {
  productId: string;
  unitPriceMinor: number;
  quantity: number;
  discountBp: number;
};

/** The catalogue's view of a product, as the order needs it. */
export type CatalogueProduct = {
  id: string;
  active: boolean;
  currency: string;
  costMinor: number | null;
};

export type StoredLine = ParsedLine & {
  position: number;
  amountMinor: number;
  costMinor: number | null;
};

export type PricedOrder =
  | { ok: true; lines: StoredLine[]; totals: OrderTotals }
  | { ok: false; field: string; key: string };

/**
 * An order's lines as stored: each line's amount (price × quantity less discount)
 * and cost (the product's unit cost × quantity, when the product has a cost in the
 * order's currency), and the order's totals. A product that is unknown, or inactive
 * and not already on the order (`keep`), is refused on its line.
 */
export function priceOrder(
  lines: readonly ParsedLine[],
  catalogue: ReadonlyMap<string, CatalogueProduct>,
  currency: string,
  keep: ReadonlySet<string> = new Set(),
): PricedOrder {
  const stored: StoredLine[] = [];
  for (const [i, line] of lines.entries()) {
    const product = catalogue.get(line.productId);
    if (!product) return { ok: false, field: `fields.lines.${i}.productId`, key: "unknownProduct" };
    if (!product.active && !keep.has(product.id)) {
      return { ok: false, field: `fields.lines.${i}.productId`, key: "inactiveProduct" };
    }
    const unitCostMinor = product.currency === currency ? product.costMinor : null;
    let amounts;
    try {
      amounts = lineAmounts({ ...line, unitCostMinor });
    } catch {
      return { ok: false, field: `fields.lines.${i}.unitPrice`, key: "validation.moneyTooLarge" };
    }
    stored.push({ ...line, position: i + 1, ...amounts });
  }
  try {
    return { ok: true, lines: stored, totals: orderTotals(stored) };
  } catch {
    return { ok: false, field: "fields.lines", key: "validation.moneyTooLarge" };
  }
}
