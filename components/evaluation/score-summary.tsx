import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/card";
import { RECOMMENDATION_LABEL_KEYS } from "@/lib/scorecard/default-template";
import type { EvaluationResult, Recommendation } from "@/lib/scorecard/scoring";
import type { Template } from "@/lib/validations/scorecard";

export const RECOMMENDATION_TONES: Record<Recommendation, "green" | "amber" | "red"> = {
  go: "green",
  hold: "amber",
  no_go: "red",
};

/** Weighted total, recommendation and what is still missing; live while filling, final after. */
export function ScoreSummary({
  template,
  result,
  showMissing = true,
}: {
  template: Template;
  result: EvaluationResult;
  showMissing?: boolean;
}) {
  const t = useTranslations("scorecard");
  const labels = new Map(template.criteria.map((c) => [c.key, c.label]));
  const missingKeys = new Set(
    result.missing.filter((m) => m.problem === "score").map((m) => m.criterionKey),
  );
  const scored = template.criteria.length - missingKeys.size;
  return (
    <div className="space-y-3">
      <div aria-live="polite" className="space-y-2">
        <div>
          <p className="text-xs font-medium uppercase text-slate-500">{t("fields.total")}</p>
          <p className="text-2xl font-semibold tabular-nums" data-testid="evaluation-total">
            {t("summary.total", { total: result.total })}
          </p>
        </div>
        <div>
          <p className="text-xs font-medium uppercase text-slate-500">
            {t("fields.recommendation")}
          </p>
          <Badge tone={RECOMMENDATION_TONES[result.recommendation]}>
            {t(RECOMMENDATION_LABEL_KEYS[result.recommendation])}
          </Badge>
        </div>
        <p className="text-sm text-slate-700">
          {result.complete
            ? t("summary.complete")
            : t("summary.preview", { scored, count: template.criteria.length })}
        </p>
      </div>
      <p className="text-xs text-slate-500">{t("fields.thresholds", template.thresholds)}</p>
      {showMissing && result.missing.length > 0 ? (
        <div>
          <p className="text-sm font-medium text-slate-800">
            {t("summary.incomplete", { count: result.missing.length })}
          </p>
          <ul className="mt-1 list-disc space-y-0.5 pl-5 text-sm text-slate-700">
            {result.missing.map((m) => (
              <li key={`${m.criterionKey}-${m.problem}`}>
                <a href={`#criterion-${m.criterionKey}`} className="hover:underline">
                  {t(`missing.${m.problem}`, { criterion: labels.get(m.criterionKey) ?? "" })}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
