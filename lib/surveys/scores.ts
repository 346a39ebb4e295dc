/**
 * Score rules: NPS groups (0–6 detractor, 7–8 passive, 9–10 promoter) and when an
 * answer counts as a detractor answer that opens a complaint (NPS ≤ 6 or CSAT ≤ 2).
 */
export type NpsGroup = "detractor" | "passive" | "promoter";

export function npsGroup(nps: number): NpsGroup {
  if (nps <= 6) return "detractor";
  if (nps <= 8) return "passive";
  return "promoter";
}

/** A detractor answer: it opens a complaint on the account. */
export const isDetractorAnswer = ({ nps, csat }: { nps: number; csat: number }) =>
  nps <= 6 || csat <= 2;

/** Net Promoter Score: % promoters − % detractors, rounded; null without answers. */
export function netPromoterScore(counts: {
  promoters: number;
  detractors: number;
  answers: number;
}): number | null {
  if (counts.answers === 0) return null;
  return Math.round(((counts.promoters - counts.detractors) / counts.answers) * 100);
}

/** Average CSAT to one decimal; null without answers. */
export function averageCsat(sum: number, answers: number): number | null {
  if (answers === 0) return null;
  return Math.round((sum / answers) * 10) / 10;
}
