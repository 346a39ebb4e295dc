import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Badge } from "@/components/ui/card";
import { Field, Select } from "@/components/ui/field";
import type { RequirementVersionRow } from "@/db/queries/requirements";
import { DOC_STATUS_LABEL_KEYS, type RequirementDocStatus } from "@/lib/requirements/model";
import { TableScroll } from "@/components/ui/table-scroll";

export const DOC_STATUS_TONES: Record<RequirementDocStatus, "slate" | "blue" | "green" | "amber"> =
  { draft: "slate", submitted: "blue", approved: "green", frozen: "amber" };

/** Every version with who wrote, submitted and signed it; view, print, and pick two to compare. */
export async function VersionList({
  accountId,
  rows,
}: {
  accountId: string;
  rows: RequirementVersionRow[];
}) {
  const [t, format] = await Promise.all([getTranslations("requirements"), getFormatter()]);
  const when = (date: Date | null) => (date ? format.dateTime(date, { dateStyle: "medium" }) : "");
  const base = `/accounts/${accountId}/requirements`;
  const newest = rows[0]?.doc.number ?? 0;
  return (
    <div className="space-y-4">
      <TableScroll label={t("versions.title")}>
        <table className="w-full text-left text-sm">
          <thead className="border-b border-slate-200 text-xs uppercase text-slate-500">
            <tr>
              <th scope="col" className="py-2 pr-3">
                {t("print.version")}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t("versions.status")}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t("versions.author")}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t("versions.submitted")}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t("versions.approved")}
              </th>
              <th scope="col" className="py-2">
                {t("versions.actions")}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ doc, authorName, submitterName, approverName }) => (
              <tr key={doc.id} className="border-b border-slate-100">
                <th scope="row" className="py-2 pr-3 font-medium">
                  {t("versions.version", { number: doc.number })}
                </th>
                <td className="py-2 pr-3">
                  <Badge tone={DOC_STATUS_TONES[doc.status]}>
                    {t(DOC_STATUS_LABEL_KEYS[doc.status])}
                  </Badge>
                </td>
                <td className="py-2 pr-3">
                  {t("versions.signature", { who: authorName ?? "—", date: when(doc.createdAt) })}
                </td>
                <td className="py-2 pr-3">
                  {doc.submittedAt
                    ? t("versions.signature", {
                        who: submitterName ?? "—",
                        date: when(doc.submittedAt),
                      })
                    : "—"}
                </td>
                <td className="py-2 pr-3">
                  {doc.approvedAt
                    ? t("versions.signature", {
                        who: approverName ?? "—",
                        date: when(doc.approvedAt),
                      })
                    : "—"}
                </td>
                <td className="space-x-3 py-2 whitespace-nowrap">
                  <Link
                    href={`${base}/${doc.number}`}
                    aria-label={t("versions.viewN", { number: doc.number })}
                    className="font-medium text-brand-700 hover:underline"
                  >
                    {t("page.view")}
                  </Link>
                  <Link
                    href={`${base}/${doc.number}/print`}
                    aria-label={t("versions.printN", { number: doc.number })}
                    className="font-medium text-brand-700 hover:underline"
                  >
                    {t("page.print")}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {rows.length > 1 ? (
        <form
          method="get"
          action={`${base}/compare`}
          className="flex flex-wrap items-end gap-3"
          aria-label={t("versions.compare")}
        >
          <Field id="compare-from" label={t("versions.from")}>
            <Select id="compare-from" name="from" defaultValue={String(Math.max(1, newest - 1))}>
              {rows.map(({ doc }) => (
                <option key={doc.id} value={doc.number}>
                  {t("versions.version", { number: doc.number })}
                </option>
              ))}
            </Select>
          </Field>
          <Field id="compare-to" label={t("versions.to")}>
            <Select id="compare-to" name="to" defaultValue={String(newest)}>
              {rows.map(({ doc }) => (
                <option key={doc.id} value={doc.number}>
                  {t("versions.version", { number: doc.number })}
                </option>
              ))}
            </Select>
          </Field>
          <Button type="submit" variant="secondary">
            {t("versions.show")}
          </Button>
        </form>
      ) : null}
    </div>
  );
}
