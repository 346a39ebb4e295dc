import { addMinor, assertMinor, parseDecimalUnits, toHalfWidth } from "./money";

export const COST_KINDS = ["direct", "indirect"] as const;
export type CostKind = (typeof COST_KINDS)[number];
export const COST_CATEGORIES = [
  "travel",
  "samples",
  "reception",
  "staff",
  "marketing",
  "other",
] as const;
export type CostCategory = (typeof COST_CATEGORIES)[number];

export type CostLine = {
  kind: CostKind;
  category: CostCategory;
  plannedMinor: number;
  /** null until the actual amount is reported. */
  actualMinor: number | null;
  /** Staff lines only: planned hours in hundredths (7.25 h = 725) and the hourly rate. */
  hoursHundredths?: number | null;
  rateMinor?: number | null;
};

export type CostAmounts = {
  plannedMinor: number;
  /** Sum of the actual amounts reported so far. */
  actualMinor: number;
  /** Actual where reported, planned otherwise: the expected final cost. */
  forecastMinor: number;
  /** forecast − planned, i.e. over (positive) or under plan on the reported lines. */
  varianceMinor: number;
  lineCount: number;
  linesWithoutActual: number;
};

export type BudgetPosition = {
  budgetMinor: number;
  /** budget − actual; negative once over budget. */
  remainingMinor: number;
  overBudget: boolean;
  /** actual / budget in whole percent, rounded half up; null for a zero budget. */
  percentUsed: number | null;
  plannedOverBudget: boolean;
};

export type CostTotals = {
  byCategory: Record<CostCategory, CostAmounts>;
  byKind: Record<CostKind, CostAmounts>;
  total: CostAmounts;
  budget: BudgetPosition | null;
};

const empty = (): CostAmounts => ({
  plannedMinor: 0,
  actualMinor: 0,
  forecastMinor: 0,
  varianceMinor: 0,
  lineCount: 0,
  linesWithoutActual: 0,
});

/**
 * The planned amount of a line. For a staff line with both hours and rate,
 * hours × rate is the source of truth, so a stale stored amount cannot skew totals.
 */
export function linePlannedMinor(line: CostLine): number {
  if (line.category === "staff" && line.hoursHundredths != null && line.rateMinor != null) {
    return staffCost(line.hoursHundredths, line.rateMinor);
  }
  return assertMinor(line.plannedMinor);
}

function add(into: CostAmounts, line: CostLine): void {
  const planned = linePlannedMinor(line);
  into.plannedMinor = addMinor(into.plannedMinor, planned);
  into.actualMinor = addMinor(into.actualMinor, line.actualMinor ?? 0);
  into.forecastMinor = addMinor(into.forecastMinor, line.actualMinor ?? planned);
  into.varianceMinor = assertMinor(into.forecastMinor - into.plannedMinor);
  into.lineCount += 1;
  if (line.actualMinor === null) into.linesWithoutActual += 1;
}

/** Whole percent of `part` in `whole`, rounded half up, exact for any safe integers. */
function percentOf(part: number, whole: number): number {
  const p = BigInt(part) * 200n + BigInt(whole);
  return Number(p / (2n * BigInt(whole)));
}

export function costTotals(lines: readonly CostLine[], budgetMinor: number | null): CostTotals {
  const byCategory = Object.fromEntries(COST_CATEGORIES.map((c) => [c, empty()])) as Record<
    CostCategory,
    CostAmounts
  >;
  const byKind = Object.fromEntries(COST_KINDS.map((k) => [k, empty()])) as Record<
    CostKind,
    CostAmounts
  >;
  const total = empty();
  for (const line of lines) {
    if (line.plannedMinor < 0 || (line.actualMinor ?? 0) < 0) {
      throw new RangeError("Cost amounts cannot be negative");
    }
    add(byCategory[line.category], line);
    add(byKind[line.kind], line);
    add(total, line);
  }
  if (budgetMinor === null) return { byCategory, byKind, total, budget: null };
  assertMinor(budgetMinor, "budget");
  if (budgetMinor < 0) throw new RangeError("A budget cannot be negative");
  return {
    byCategory,
    byKind,
    total,
    budget: {
      budgetMinor,
      remainingMinor: assertMinor(budgetMinor - total.actualMinor),
      overBudget: total.actualMinor > budgetMinor,
      percentUsed: budgetMinor === 0 ? null : percentOf(total.actualMinor, budgetMinor),
      plannedOverBudget: total.plannedMinor > budgetMinor,
    },
  };
}

/**
 * Staff cost of `hoursHundredths` (7.25 h = 725) at `rateMinor` per hour,
 * rounded half up to the minor unit. BigInt keeps the product exact.
 */
export function staffCost(hoursHundredths: number, rateMinor: number): number {
  assertMinor(hoursHundredths, "hours");
  assertMinor(rateMinor, "rate");
  if (hoursHundredths < 0 || rateMinor < 0)
    throw new RangeError("Hours and rate cannot be negative");
  const cost = (BigInt(hoursHundredths) * BigInt(rateMinor) + 50n) / 100n;
  return assertMinor(Number(cost), "staff cost");
}

export type HoursResult =
  { ok: true; hundredths: number } | { ok: false; error: "required" | "validation.hoursInvalid" };

/** Hours typed by a user ("7.5", "１２") as hundredths of an hour; at most 2 decimals. */
export function parseHours(text: string): HoursResult {
  const body = toHalfWidth(text).trim();
  if (body === "") return { ok: false, error: "required" };
  const parsed = parseDecimalUnits(body, 2);
  return parsed.ok
    ? { ok: true, hundredths: parsed.units }
    : { ok: false, error: "validation.hoursInvalid" };
}
