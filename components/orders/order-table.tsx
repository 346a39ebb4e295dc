import { useFormatter, useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { Badge } from "@/components/ui/card";
import { TableScroll } from "@/components/ui/table-scroll";
import { formatMoney } from "@/lib/cost/money";
import { marginMinor } from "@/lib/orders/amounts";
import type { OrderStatus } from "@/lib/orders/types";

export type OrderTableRow = {
  id: string;
  accountId: string;
  number: string;
  orderDate: string;
  status: OrderStatus;
  currency: string;
  totalMinor: number;
  costMinor: number | null;
  costedAmountMinor: number;
  lineCount: number;
  contactName: string | null;
};

const TONE = { draft: "slate", confirmed: "blue", delivered: "green", cancelled: "amber" } as const;

export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  const t = useTranslations("orders.status");
  return <Badge tone={TONE[status]}>{t(status)}</Badge>;
}

/** An account's orders; each number opens its order. */
export function OrderTable({ rows, empty }: { rows: OrderTableRow[]; empty: string }) {
  const t = useTranslations("orders");
  const locale = useLocale();
  const format = useFormatter();
  if (rows.length === 0) return <p className="py-6 text-center text-sm text-slate-500">{empty}</p>;
  const money = (minor: number | null, currency: string) =>
    minor === null ? "—" : formatMoney(minor, currency, locale);
  return (
    <TableScroll label={t("title")}>
      <table className="w-full text-left text-sm">
        <thead className="border-b border-slate-200 text-xs uppercase text-slate-500">
          <tr>
            {(["number", "orderDate", "contact", "status", "lines"] as const).map((c) => (
              <th key={c} scope="col" className="py-2 pr-3">
                {t(`col.${c}`)}
              </th>
            ))}
            <th scope="col" className="py-2 pr-3 text-right">
              {t("col.total")}
            </th>
            <th scope="col" className="py-2 pr-3 text-right">
              {t("col.margin")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.id}
              className="border-b border-slate-100 align-top"
              data-testid="order-row"
            >
              <td className="py-2 pr-3">
                <Link
                  href={`/accounts/${row.accountId}/orders/${row.id}`}
                  className="font-medium text-brand-700 underline"
                >
                  {row.number}
                </Link>
              </td>
              <td className="py-2 pr-3">
                {format.dateTime(new Date(`${row.orderDate}T00:00:00Z`), {
                  dateStyle: "medium",
                  timeZone: "UTC",
                })}
              </td>
              <td className="py-2 pr-3">{row.contactName ?? "—"}</td>
              <td className="py-2 pr-3">
                <OrderStatusBadge status={row.status} />
              </td>
              <td className="py-2 pr-3 tabular-nums">{row.lineCount}</td>
              <td className="py-2 pr-3 text-right tabular-nums">
                {money(row.totalMinor, row.currency)}
              </td>
              <td className="py-2 pr-3 text-right tabular-nums">
                {money(marginMinor(row), row.currency)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
