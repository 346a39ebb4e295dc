import { getFormatter, getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/card";
import type { EvaluationListRow } from "@/db/queries/evaluations";
import { EVALUATION_STATUS_LABEL_KEYS } from "@/lib/scorecard/default-template";

const TONES = { draft: "slate", submitted: "blue", approved: "green", returned: "amber" } as const;

/** Status, template version, and who started, submitted and decided the evaluation, when. */
export async function EvaluationStatus({
  row,
  templateName,
}: {
  row: EvaluationListRow;
  templateName: string;
}) {
  const [t, format] = await Promise.all([getTranslations("scorecard"), getFormatter()]);
  const e = row.evaluation;
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  const lines = [
    t("page.created", { who: row.creatorName ?? "—", date: when(e.createdAt) }),
    e.submittedAt
      ? t("page.submitted", { who: row.submitterName ?? "—", date: when(e.submittedAt) })
      : null,
    e.decidedAt && e.status === "approved"
      ? t("page.approved", { who: row.deciderName ?? "—", date: when(e.decidedAt) })
      : null,
  ].filter((line): line is string => line !== null);
  return (
    <div className="mb-4 space-y-2">
      <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
        <Badge tone={TONES[e.status]}>{t(EVALUATION_STATUS_LABEL_KEYS[e.status])}</Badge>
        <span>{t("page.templateVersion", { name: templateName, number: row.templateNumber })}</span>
      </p>
      <ul className="text-sm text-slate-600">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {e.status === "returned" && e.decidedAt ? (
        <Alert tone="warning">
          <p className="font-medium">
            {t("page.returned", { who: row.deciderName ?? "—", date: when(e.decidedAt) })}
          </p>
          <p className="whitespace-pre-wrap">
            {t("page.returnComment", { comment: e.decisionComment })}
          </p>
        </Alert>
      ) : null}
      {e.status === "approved" && e.decisionComment ? (
        <p className="text-sm text-slate-600">
          {t("page.returnComment", { comment: e.decisionComment })}
        </p>
      ) : null}
      {e.status === "submitted" ? <Alert tone="info">{t("page.waiting")}</Alert> : null}
    </div>
  );
}
