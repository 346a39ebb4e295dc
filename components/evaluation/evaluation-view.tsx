import { useTranslations } from "next-intl";
import type { EvaluationAnswers, EvaluationResult } from "@/lib/scorecard/scoring";
import type { Template } from "@/lib/validations/scorecard";
import { ScoreSummary } from "./score-summary";

/** A submitted or decided evaluation as it was scored: each criterion, its score's meaning, the evidence. */
export function EvaluationView({
  template,
  answers,
  result,
}: {
  template: Template;
  answers: EvaluationAnswers;
  result: EvaluationResult;
}) {
  const t = useTranslations("scorecard");
  const weightSum = template.criteria.reduce((sum, c) => sum + c.weight, 0);
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
      <dl className="space-y-3">
        {template.criteria.map((c) => {
          const answer = answers[c.key];
          const score = answer?.score ?? null;
          const meaning = score === null ? undefined : c.pointLabels[score - c.scaleMin];
          return (
            <div
              key={c.key}
              id={`criterion-${c.key}`}
              className="rounded-lg border border-slate-200 bg-white p-4"
            >
              <dt className="font-semibold">
                {t("form.legend", { criterion: c.label, percent: c.weight / weightSum })}
              </dt>
              <dd className="mt-1 space-y-1 text-sm">
                <p className="font-medium text-slate-900">
                  {score === null
                    ? t("fields.notScored")
                    : meaning
                      ? t("form.point", { point: score, meaning })
                      : t("form.pointPlain", { point: score })}
                </p>
                {answer?.evidence ? (
                  <p className="whitespace-pre-wrap text-slate-700">
                    <span className="text-slate-500">{t("fields.evidence")}: </span>
                    {answer.evidence}
                  </p>
                ) : null}
              </dd>
            </div>
          );
        })}
      </dl>
      <aside className="lg:sticky lg:top-4 lg:self-start">
        <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <ScoreSummary template={template} result={result} showMissing={false} />
        </div>
      </aside>
    </div>
  );
}
