import { addMinor, assertMinor } from "@/lib/cost/money";
import { MAX_DISCOUNT_BP } from "./types";

/** What an order line's amount and cost are computed from. */
export type LineInput = {
  unitPriceMinor: number;
  quantity: number;
  /** Percent off in basis points (1000 = 10 %). */
  discountBp: number;
  /** The product's cost per unit, null when the catalogue has none. */
  unitCostMinor: number | null;
};

export type LineAmounts = { amountMinor: number; costMinor: number | null };

export type OrderTotals = {
  totalMinor: number;
  /** Σ costs of the lines with a cost; null when no line has one. */
  costMinor: number | null;
  /** Σ amounts of those same lines: margin = costedAmountMinor − costMinor. */
  costedAmountMinor: number;
  lineCount: number;
};

function checkLine({ unitPriceMinor, quantity, discountBp }: LineInput) {
  assertMinor(unitPriceMinor, "unit price");
  if (unitPriceMinor < 0) throw new RangeError(`Negative unit price: ${unitPriceMinor}`);
  if (!Number.isSafeInteger(quantity) || quantity <= 0)
    throw new RangeError(`Not a whole positive quantity: ${quantity}`);
  if (!Number.isInteger(discountBp) || discountBp < 0 || discountBp > MAX_DISCOUNT_BP)
    throw new RangeError(`Discount out of range: ${discountBp}`);
}

/**
 * A line's amount: unit price × quantity less the discount, rounded half up to the
 * minor unit — computed in BigInt, so 3 × ¥0.10 at 33.33 % off is exact
 * (20.001 fen → 20 fen), never a binary fraction. Throws past the safe-integer range.
 */
export function lineAmountMinor(line: LineInput): number {
  checkLine(line);
  const gross = BigInt(line.unitPriceMinor) * BigInt(line.quantity);
  const scaled = gross * BigInt(MAX_DISCOUNT_BP - line.discountBp);
  const half = BigInt(MAX_DISCOUNT_BP / 2);
  const amount = (scaled + half) / BigInt(MAX_DISCOUNT_BP);
  if (amount > BigInt(Number.MAX_SAFE_INTEGER))
    throw new RangeError(`Line amount past the exact range: ${amount}`);
  return Number(amount);
}

/** A line's amount and cost (unit cost × quantity, or null without a unit cost). */
export function lineAmounts(line: LineInput): LineAmounts {
  const amountMinor = lineAmountMinor(line);
  if (line.unitCostMinor === null) return { amountMinor, costMinor: null };
  const cost = BigInt(assertMinor(line.unitCostMinor, "unit cost")) * BigInt(line.quantity);
  if (cost > BigInt(Number.MAX_SAFE_INTEGER))
    throw new RangeError(`Line cost past the exact range: ${cost}`);
  return { amountMinor, costMinor: Number(cost) };
}

/** An order's totals from its lines' amounts and costs, exact (addMinor throws on overflow). */
export function orderTotals(lines: readonly LineAmounts[]): OrderTotals {
  let totalMinor = 0;
  let costMinor: number | null = null;
  let costedAmountMinor = 0;
  for (const line of lines) {
    totalMinor = addMinor(totalMinor, line.amountMinor);
    if (line.costMinor !== null) {
      costMinor = addMinor(costMinor ?? 0, line.costMinor);
      costedAmountMinor = addMinor(costedAmountMinor, line.amountMinor);
    }
  }
  return { totalMinor, costMinor, costedAmountMinor, lineCount: lines.length };
}

/** The margin of the costed lines, or null when no line has a cost. */
export function marginMinor(totals: Pick<OrderTotals, "costMinor" | "costedAmountMinor">) {
  return totals.costMinor === null
    ? null
    : assertMinor(totals.costedAmountMinor - totals.costMinor);
}

/** A discount in basis points as the percent the form shows: 1250 → "12.5", 1000 → "10", 0 → "". */
export function discountPercentText(bp: number): string {
  if (bp === 0) return "";
  const whole = Math.floor(bp / 100);
  const fraction = String(bp % 100)
    .padStart(2, "0")
    .replace(/0+$/, "");
  return fraction ? `${whole}.${fraction}` : String(whole);
}
