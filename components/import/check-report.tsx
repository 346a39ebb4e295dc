import { getTranslations } from "next-intl/server";
import { TableScroll } from "@/components/ui/table-scroll";
import { IMPORT_TARGETS } from "@/lib/import/fields";
import { errorText } from "@/lib/import/report";
import { RowChoice } from "./row-choice";

type ReportRow = {
  rowNo: number;
  values: Record<string, string | undefined>;
  errors: Record<string, string[]> | null;
  matchRule: string | null;
  state: string;
  choice: "skip" | "update" | "create" | null;
};

/**
 * The dry run's summary (ready / errors / duplicates), the error report's download
 * link and the first rows worth a look, each with its errors in words.
 */
export async function CheckReport({
  id,
  counts,
  rows,
}: {
  id: string;
  counts: { total: number; errors: number; duplicates: number };
  rows: ReportRow[];
}) {
  const [t, all] = await Promise.all([getTranslations("import"), getTranslations()]);
  const ok = Math.max(counts.total - counts.errors - counts.duplicates, 0);
  const fieldName = (field: string) =>
    (IMPORT_TARGETS as readonly string[]).includes(field) ? t(`field.${field}`) : field;
  const th = "py-2 pr-3 align-top";
  return (
    <div className="space-y-3">
      <p className="text-sm font-medium" data-testid="import-check-summary">
        {t("check.summary", { ok, ...counts })}
      </p>
      {counts.errors > 0 ? (
        <a
          href={`/accounts/import/${id}/errors`}
          download
          className="text-sm text-brand-700 underline"
        >
          {t("check.download")}
        </a>
      ) : null}
      {rows.length === 0 ? (
        <p className="text-sm text-slate-600">{t("check.noIssues")}</p>
      ) : (
        <TableScroll label={t("check.rowsTitle")}>
          <table className="w-full text-left text-sm">
            <caption className="pb-2 text-left font-medium">{t("check.rowsTitle")}</caption>
            <thead className="border-b border-slate-200 text-slate-600">
              <tr>
                <th className={th}>{t("report.row")}</th>
                <th className={th}>{t("field.name")}</th>
                <th className={th}>{t("report.error")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.rowNo} className="border-b border-slate-100">
                  <td className={th}>{row.rowNo}</td>
                  <td className={th}>{row.values.name}</td>
                  <td className={th}>
                    <ul>
                      {Object.entries(row.errors ?? {}).flatMap(([field, messages]) =>
                        messages.map((m, i) => (
                          <li key={`${field}-${i}`}>
                            {fieldName(field)}: {errorText(all, m)}
                          </li>
                        )),
                      )}
                      {row.matchRule ? (
                        <li>{t("check.matchedBy", { rule: t(`rules.${row.matchRule}`) })}</li>
                      ) : null}
                    </ul>
                    {row.matchRule && row.state === "pending" ? (
                      <RowChoice id={id} rowNo={row.rowNo} choice={row.choice} />
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </div>
  );
}
