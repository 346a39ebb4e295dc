import { getFormatter, getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import type { RequirementVersionRow } from "@/db/queries/requirements";
import { DOC_STATUS_LABEL_KEYS } from "@/lib/requirements/model";

/** "Version 2 · Approved", who wrote, submitted and signed it, and a director's return comment. */
export async function VersionStatus({
  row,
  returned,
}: {
  row: RequirementVersionRow;
  returned: { at: Date; by: string | null; comment: string } | null;
}) {
  const [t, format] = await Promise.all([getTranslations("requirements"), getFormatter()]);
  const { doc } = row;
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  const lines = [
    t("page.createdBy", { who: row.authorName ?? "—", date: when(doc.createdAt) }),
    doc.submittedAt
      ? t("page.submittedBy", { who: row.submitterName ?? "—", date: when(doc.submittedAt) })
      : null,
    doc.approvedAt
      ? t("page.signed", { who: row.approverName ?? "—", date: when(doc.approvedAt) })
      : null,
  ].filter((line): line is string => line !== null);
  return (
    <div className="mb-4 space-y-2">
      <p className="text-base font-semibold">
        {t("page.status", {
          number: doc.number,
          status: t(DOC_STATUS_LABEL_KEYS[doc.status]),
        })}
      </p>
      <ul className="text-sm text-slate-600">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {doc.status === "draft" && returned ? (
        <Alert tone="warning">
          <p className="whitespace-pre-wrap">
            {t("page.returned", {
              who: returned.by ?? "—",
              date: when(returned.at),
              comment: returned.comment,
            })}
          </p>
        </Alert>
      ) : null}
      {doc.status === "submitted" ? <Alert tone="info">{t("page.waiting")}</Alert> : null}
    </div>
  );
}
