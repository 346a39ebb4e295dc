/**
 * ABC classification by value (seed 004: 把客户分为 A、B、C 三类). Accounts are
 * ranked by their trailing-12-month revenue (or margin); an account is A while the
 * accounts strictly above it hold less than the A share of the total, B while they
 * hold less than A + B, else C. So the account that crosses the line still counts
 * in the class it crosses, tied accounts always share a class, and an account with
 * no (or negative) value is C. The recompute does the same in SQL
 * (lib/value/recompute.ts); `recompute.int.test.ts` checks both agree.
 */

export const ABC_CLASSES = ["A", "B", "C"] as const;
export type AbcClass = (typeof ABC_CLASSES)[number];

export const ABC_BASES = ["revenue", "margin"] as const;
export type AbcBasis = (typeof ABC_BASES)[number];

/** Shares in basis points (8000 = 80 %): A = the top `aBp`, B = the next `bBp`. */
export type AbcThresholds = { aBp: number; bBp: number };
export const DEFAULT_ABC_THRESHOLDS: AbcThresholds = { aBp: 8000, bBp: 1500 };

export const isAbcClass = (value: unknown): value is AbcClass =>
  typeof value === "string" && (ABC_CLASSES as readonly string[]).includes(value);

/** Whether `to` is a lower class than `from` (A → B, B → C, A → C). */
export const isDowngrade = (from: string | null, to: string) =>
  isAbcClass(from) && isAbcClass(to) && to > from;

/** The class of an account whose higher-ranked accounts hold `aboveBp` of the total. */
export function classForShare(aboveBp: number, value: number, t: AbcThresholds): AbcClass {
  if (value <= 0) return "C";
  if (aboveBp < t.aBp) return "A";
  if (aboveBp < t.aBp + t.bBp) return "B";
  return "C";
}

export type Ranked = { id: string; value: number; cls: AbcClass; aboveBp: number };

/** Classifies accounts by value (minor units); the reference the SQL follows. */
export function classify(rows: { id: string; value: number }[], t: AbcThresholds): Ranked[] {
  const positive = rows.filter((r) => r.value > 0);
  const total = positive.reduce((sum, r) => sum + r.value, 0);
  const sorted = [...rows].sort((a, b) => b.value - a.value);
  const out: Ranked[] = [];
  let above = 0;
  for (let i = 0; i < sorted.length;) {
    // A group of tied values: all see the same sum above them.
    let j = i;
    let group = 0;
    while (j < sorted.length && sorted[j]!.value === sorted[i]!.value) {
      group += Math.max(0, sorted[j]!.value);
      j++;
    }
    const aboveBp = total > 0 ? Math.floor((above * 10000) / total) : 10000;
    for (let k = i; k < j; k++) {
      const r = sorted[k]!;
      out.push({ id: r.id, value: r.value, cls: classForShare(aboveBp, r.value, t), aboveBp });
    }
    above += group;
    i = j;
  }
  return out;
}
