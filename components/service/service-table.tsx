import { useFormatter, useTranslations } from "next-intl";
import Link from "next/link";
import { Badge } from "@/components/ui/card";
import { TableScroll } from "@/components/ui/table-scroll";
import type { ServiceListRow } from "@/db/queries/service";
import { OPEN_STATUSES } from "@/lib/service/types";

/** Whether a row is past a deadline while still open. */
export const isOverdue = (row: ServiceListRow, now: Date) =>
  OPEN_STATUSES.includes(row.status) &&
  ((row.resolutionDueAt !== null && row.resolutionDueAt < now) ||
    (row.firstRespondedAt === null && row.firstResponseDueAt < now));

/** Service requests as a table; each subject opens its request. */
export function ServiceTable({
  rows,
  now,
  showAccount = true,
  empty,
}: {
  rows: ServiceListRow[];
  now: Date;
  showAccount?: boolean;
  empty: string;
}) {
  const t = useTranslations("service");
  const format = useFormatter();
  if (rows.length === 0) return <p className="py-6 text-center text-sm text-slate-500">{empty}</p>;
  const when = (d: Date | null) =>
    d ? format.dateTime(d, { dateStyle: "medium", timeStyle: "short" }) : "—";
  return (
    <TableScroll label={t("title")}>
      <table className="w-full text-left text-sm">
        <thead className="border-b border-slate-200 text-xs uppercase text-slate-500">
          <tr>
            <th scope="col" className="py-2 pr-3">
              {t("col.subject")}
            </th>
            {showAccount ? (
              <th scope="col" className="py-2 pr-3">
                {t("col.account")}
              </th>
            ) : null}
            <th scope="col" className="py-2 pr-3">
              {t("col.type")}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t("col.priority")}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t("col.status")}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t("col.owner")}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t("col.received")}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t("col.due")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.id}
              className="border-b border-slate-100 align-top"
              data-testid="service-row"
            >
              <td className="py-2 pr-3">
                <Link href={`/service/${row.id}`} className="font-medium text-brand-700 underline">
                  {row.subject}
                </Link>
                {isOverdue(row, now) ? (
                  <span className="ml-2">
                    <Badge tone="red">{t("overdue")}</Badge>
                  </span>
                ) : null}
              </td>
              {showAccount ? <td className="py-2 pr-3">{row.accountName}</td> : null}
              <td className="py-2 pr-3">{t(`type.${row.type}`)}</td>
              <td className="py-2 pr-3">{t(`priority.${row.priority}`)}</td>
              <td className="py-2 pr-3">{t(`status.${row.status}`)}</td>
              <td className="py-2 pr-3">{row.ownerName ?? "—"}</td>
              <td className="py-2 pr-3">{when(row.receivedAt)}</td>
              <td className="py-2 pr-3">
                {row.pausedSince ? t("sla.pausedShort") : when(row.resolutionDueAt)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
