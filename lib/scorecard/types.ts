export const RECOMMENDATIONS = ["go", "hold", "no_go"] as const;
export type Recommendation = (typeof RECOMMENDATIONS)[number];

export interface ScorecardCriterion {
  key: string;
  /** Positive integer; weights need not sum to 100, they are normalised. */
  weight: number;
  /** Integer scale bounds, scaleMin < scaleMax. */
  scaleMin: number;
  scaleMax: number;
  evidenceRequired: boolean;
}

export interface ScorecardThresholds {
  /** Total (0–100) at or above which the recommendation is "go". */
  go: number;
  /** Total at or above which the recommendation is "hold"; below it "no_go". */
  hold: number;
}

export interface ScorecardTemplate {
  criteria: readonly ScorecardCriterion[];
  thresholds: ScorecardThresholds;
}

export interface CriterionAnswer {
  score: number | null;
  evidence: string;
}

export type EvaluationAnswers = Readonly<Record<string, CriterionAnswer | undefined>>;

export type MissingProblem = "score" | "evidence";

export interface MissingItem {
  criterionKey: string;
  problem: MissingProblem;
}

export interface EvaluationResult {
  /** Weighted total on 0–100, rounded once to one decimal. */
  total: number;
  recommendation: Recommendation;
  /** Every criterion scored on its scale and every required evidence given. */
  complete: boolean;
  /** In template order; a criterion may appear twice (score and evidence). */
  missing: MissingItem[];
}
