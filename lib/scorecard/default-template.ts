import type { Recommendation, ScorecardCriterion, ScorecardTemplate } from "./types";

/** Message namespace of everything in this folder (`messages/scorecard/*.json`). */
export const SCORECARD_NAMESPACE = "scorecard";

export const EVALUATION_STATUSES = ["draft", "submitted", "approved", "returned"] as const;
export type EvaluationStatus = (typeof EVALUATION_STATUSES)[number];

/** Message keys, relative to the `scorecard` namespace. */
export const RECOMMENDATION_LABEL_KEYS: Readonly<Record<Recommendation, string>> = {
  go: "recommendation.go",
  hold: "recommendation.hold",
  no_go: "recommendation.no_go",
};

export const EVALUATION_STATUS_LABEL_KEYS: Readonly<Record<EvaluationStatus, string>> = {
  draft: "status.draft",
  submitted: "status.submitted",
  approved: "status.approved",
  returned: "status.returned",
};

export interface DefaultCriterion extends ScorecardCriterion {
  labelKey: string;
  descriptionKey: string;
  /** One key per scale point, scaleMin first. */
  pointKeys: readonly string[];
}

export interface DefaultScorecardTemplate extends ScorecardTemplate {
  nameKey: string;
  criteria: readonly DefaultCriterion[];
}

const SCALE_MIN = 1;
const SCALE_MAX = 5;

function criterion(key: string, weight: number, evidenceRequired: boolean): DefaultCriterion {
  const base = `template.criteria.${key}`;
  const pointKeys: string[] = [];
  for (let p = SCALE_MIN; p <= SCALE_MAX; p++) pointKeys.push(`${base}.points.${p}`);
  return {
    key,
    weight,
    scaleMin: SCALE_MIN,
    scaleMax: SCALE_MAX,
    evidenceRequired,
    labelKey: `${base}.label`,
    descriptionKey: `${base}.description`,
    pointKeys,
  };
}

/**
 * The scorecard every installation starts with. Every criterion is oriented so
 * that a higher score means the customer is more worth developing (low credit
 * risk, weak competition and low development cost score high).
 */
export const DEFAULT_SCORECARD_TEMPLATE: DefaultScorecardTemplate = {
  nameKey: "template.name",
  criteria: [
    criterion("purchaseIntent", 25, true),
    criterion("decisionProcess", 15, true),
    criterion("productFit", 20, true),
    criterion("strategicValue", 10, false),
    criterion("creditRisk", 15, true),
    criterion("competition", 10, false),
    criterion("developmentCost", 5, false),
  ],
  thresholds: { go: 70, hold: 50 },
};

/** The default template as editable user data (see `templateSchema`), in one language. */
export interface MaterialisedTemplate {
  name: string;
  criteria: (ScorecardCriterion & { label: string; description: string; pointLabels: string[] })[];
  thresholds: { go: number; hold: number };
}

/** Turns the default template into template data, e.g. `materialiseDefaultTemplate(t)` when seeding. */
export function materialiseDefaultTemplate(
  translate: (key: string) => string,
): MaterialisedTemplate {
  const t = DEFAULT_SCORECARD_TEMPLATE;
  return {
    name: translate(t.nameKey),
    criteria: t.criteria.map((c) => ({
      key: c.key,
      weight: c.weight,
      scaleMin: c.scaleMin,
      scaleMax: c.scaleMax,
      evidenceRequired: c.evidenceRequired,
      label: translate(c.labelKey),
      description: translate(c.descriptionKey),
      pointLabels: c.pointKeys.map(translate),
    })),
    thresholds: { ...t.thresholds },
  };
}
