import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Badge } from "@/components/ui/card";
import type { EvaluationListRow } from "@/db/queries/evaluations";
import {
  EVALUATION_STATUS_LABEL_KEYS,
  RECOMMENDATION_LABEL_KEYS,
} from "@/lib/scorecard/default-template";
import { RECOMMENDATION_TONES } from "./score-summary";
import { TableScroll } from "@/components/ui/table-scroll";

/** Every evaluation of the account, newest first; each can be opened read-only. */
export async function EvaluationHistory({
  accountId,
  rows,
  shownId,
  templateName,
}: {
  accountId: string;
  rows: EvaluationListRow[];
  shownId: string;
  templateName: (name: string) => string;
}) {
  const [t, format] = await Promise.all([getTranslations("scorecard"), getFormatter()]);
  const latestId = rows[0]?.evaluation.id;
  return (
    <TableScroll label={t("history.title")}>
      <table className="w-full text-left text-sm">
        <thead className="border-b border-slate-200 text-xs uppercase text-slate-500">
          <tr>
            <th scope="col" className="py-2 pr-3">
              {t("history.started")}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t("history.status")}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t("history.total")}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t("history.recommendation")}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t("history.template")}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t("history.decidedBy")}
            </th>
            <th scope="col" className="py-2">
              <span className="sr-only">{t("history.view")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const e = row.evaluation;
            const date = format.dateTime(e.createdAt, { dateStyle: "medium" });
            return (
              <tr key={e.id} className="border-b border-slate-100">
                <td className="py-2 pr-3 tabular-nums">{date}</td>
                <td className="py-2 pr-3">{t(EVALUATION_STATUS_LABEL_KEYS[e.status])}</td>
                <td className="py-2 pr-3 tabular-nums">
                  {row.total === null || !e.complete
                    ? "—"
                    : t("summary.total", { total: row.total })}
                </td>
                <td className="py-2 pr-3">
                  {e.recommendation ? (
                    <Badge tone={RECOMMENDATION_TONES[e.recommendation]}>
                      {t(RECOMMENDATION_LABEL_KEYS[e.recommendation])}
                    </Badge>
                  ) : null}
                </td>
                <td className="py-2 pr-3">
                  {t("page.templateVersion", {
                    name: templateName(row.templateName),
                    number: row.templateNumber,
                  })}
                </td>
                <td className="py-2 pr-3">{row.deciderName ?? "—"}</td>
                <td className="py-2 text-right">
                  {e.id === shownId ? (
                    <span className="text-slate-500">{t("history.shown")}</span>
                  ) : (
                    <Link
                      href={
                        e.id === latestId
                          ? `/accounts/${accountId}/evaluation`
                          : `/accounts/${accountId}/evaluation?evaluation=${e.id}`
                      }
                      aria-label={t("history.viewN", { date })}
                      className="font-medium text-brand-700 hover:underline"
                    >
                      {t("history.view")}
                    </Link>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
