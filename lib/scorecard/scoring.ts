import type {
  CriterionAnswer,
  EvaluationAnswers,
  EvaluationResult,
  MissingItem,
  MissingProblem,
  Recommendation,
  ScorecardCriterion,
  ScorecardTemplate,
  ScorecardThresholds,
} from "./types";

export { RECOMMENDATIONS } from "./types";
export type {
  CriterionAnswer,
  EvaluationAnswers,
  EvaluationResult,
  MissingItem,
  MissingProblem,
  Recommendation,
  ScorecardCriterion,
  ScorecardTemplate,
  ScorecardThresholds,
} from "./types";

/** True when the score is an integer point on the criterion's scale. */
export function isScoreOnScale(criterion: ScorecardCriterion, score: number | null): boolean {
  return (
    score !== null &&
    Number.isInteger(score) &&
    score >= criterion.scaleMin &&
    score <= criterion.scaleMax
  );
}

export function hasEvidence(answer: CriterionAnswer | undefined): boolean {
  return (answer?.evidence ?? "").trim().length > 0;
}

/** What is still missing for one criterion; empty when it is fully answered. */
export function criterionProblems(
  criterion: ScorecardCriterion,
  answer: CriterionAnswer | undefined,
): MissingProblem[] {
  const problems: MissingProblem[] = [];
  if (!isScoreOnScale(criterion, answer?.score ?? null)) problems.push("score");
  if (criterion.evidenceRequired && !hasEvidence(answer)) problems.push("evidence");
  return problems;
}

/** Recommendation for a total already rounded to one decimal. */
export function recommend(total: number, thresholds: ScorecardThresholds): Recommendation {
  // Compare in tenths so 69.9 vs 70 is decided on the number the user sees.
  const tenths = Math.round(total * 10);
  if (tenths >= Math.round(thresholds.go * 10)) return "go";
  if (tenths >= Math.round(thresholds.hold * 10)) return "hold";
  return "no_go";
}

function assertTemplate(template: ScorecardTemplate): void {
  for (const c of template.criteria) {
    const ints = [c.weight, c.scaleMin, c.scaleMax].every((n) => Number.isSafeInteger(n));
    if (!ints || c.weight <= 0 || c.scaleMin >= c.scaleMax) {
      throw new RangeError(
        `Scorecard criterion "${c.key}" needs a positive integer weight and integer scaleMin < scaleMax`,
      );
    }
  }
}

const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcd(b, a % b));

/**
 * Exact weighted total in tenths of a point, rounded half up once:
 * 1000 · Σ wᵢ·(sᵢ−minᵢ)/rangeᵢ / Σ wᵢ, computed as a single integer fraction.
 */
function totalInTenths(
  scored: readonly { criterion: ScorecardCriterion; score: number }[],
): number {
  if (scored.length === 0) return 0;
  let lcm = 1n;
  for (const { criterion } of scored) {
    const range = BigInt(criterion.scaleMax - criterion.scaleMin);
    lcm = (lcm * range) / gcd(lcm, range);
  }
  let numerator = 0n;
  let weightSum = 0n;
  for (const { criterion, score } of scored) {
    const range = BigInt(criterion.scaleMax - criterion.scaleMin);
    const weight = BigInt(criterion.weight);
    numerator += weight * BigInt(score - criterion.scaleMin) * (lcm / range);
    weightSum += weight;
  }
  const denominator = lcm * weightSum;
  return Number((2000n * numerator + denominator) / (2n * denominator));
}

/**
 * Scores an evaluation against its template. When every criterion is scored the
 * total covers all of them; otherwise (live preview while filling) it covers the
 * scored criteria only, their weights renormalised, and `complete` is false.
 * A score off the criterion's scale counts as not scored.
 */
export function scoreEvaluation(
  template: ScorecardTemplate,
  answers: EvaluationAnswers,
): EvaluationResult {
  assertTemplate(template);
  const missing: MissingItem[] = [];
  const scored: { criterion: ScorecardCriterion; score: number }[] = [];
  for (const criterion of template.criteria) {
    const answer = answers[criterion.key];
    for (const problem of criterionProblems(criterion, answer)) {
      missing.push({ criterionKey: criterion.key, problem });
    }
    const score = answer?.score ?? null;
    if (score !== null && isScoreOnScale(criterion, score)) scored.push({ criterion, score });
  }
  const total = totalInTenths(scored) / 10;
  return {
    total,
    recommendation: recommend(total, template.thresholds),
    complete: missing.length === 0,
    missing,
  };
}
