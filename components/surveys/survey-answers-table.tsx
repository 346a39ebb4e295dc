import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { TableScroll } from "@/components/ui/table-scroll";
import { npsGroup } from "@/lib/surveys/scores";

export type SurveyAnswerRow = {
  id: string;
  answeredAt: Date;
  contactName: string | null;
  csat: number;
  nps: number;
  comment: string;
  serviceRequestId: string | null;
};

/** An account's survey answers: when, who, the scores, the NPS group and the complaint it opened. */
export async function SurveyAnswersTable({ rows }: { rows: SurveyAnswerRow[] }) {
  const [t, format] = await Promise.all([getTranslations("surveys"), getFormatter()]);
  if (rows.length === 0) return <p className="text-sm text-slate-600">{t("account.noAnswers")}</p>;
  return (
    <TableScroll label={t("account.answers")}>
      <table className="w-full text-left text-sm">
        <thead className="border-b border-slate-200 text-xs uppercase text-slate-500">
          <tr>
            <th scope="col" className="py-2 pr-3">
              {t("account.date")}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t("account.contact")}
            </th>
            <th scope="col" className="py-2 pr-3 text-right">
              {t("account.csat")}
            </th>
            <th scope="col" className="py-2 pr-3 text-right">
              {t("account.nps")}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t("account.group")}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t("account.comment")}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t("account.complaint")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-slate-100 align-top">
              <td className="py-2 pr-3 whitespace-nowrap">
                {format.dateTime(row.answeredAt, { dateStyle: "medium", timeStyle: "short" })}
              </td>
              <td className="py-2 pr-3">{row.contactName ?? "—"}</td>
              <td className="py-2 pr-3 text-right tabular-nums">{row.csat}</td>
              <td className="py-2 pr-3 text-right tabular-nums">{row.nps}</td>
              <td className="py-2 pr-3">{t(`groups.${npsGroup(row.nps)}`)}</td>
              <td className="py-2 pr-3 whitespace-pre-line">{row.comment || "—"}</td>
              <td className="py-2 pr-3">
                {row.serviceRequestId ? (
                  <Link
                    href={`/service/${row.serviceRequestId}`}
                    className="text-brand-700 underline"
                  >
                    {t("account.openComplaint")}
                  </Link>
                ) : (
                  "—"
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
