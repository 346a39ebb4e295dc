import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { OrderStatusBadge } from "@/components/orders/order-table";
import { OrderStatusButtons } from "@/components/orders/order-status-buttons";
import { Card, PageHeader } from "@/components/ui/card";
import { TableScroll } from "@/components/ui/table-scroll";
import { getAccount } from "@/db/queries/accounts";
import { getOrder } from "@/db/queries/orders";
import { requireUser } from "@/lib/auth/session";
import { formatMoney } from "@/lib/cost/money";
import { discountPercentText, marginMinor } from "@/lib/orders/amounts";
import { isOrderEditable } from "@/lib/orders/status";
import { can } from "@/lib/policy";

type Props = { params: Promise<{ id: string; orderId: string }> };

export async function generateMetadata({ params }: Props) {
  const user = await requireUser();
  const { orderId } = await params;
  const t = await getTranslations("orders");
  const found = z.uuid().safeParse(orderId).success
    ? await getOrder({ actor: user, id: orderId })
    : null;
  return { title: found ? t("orderTitle", { number: found.order.number }) : t("title") };
}

/** One sales order: header, lines, totals and its status changes. */
export default async function OrderPage({ params }: Props) {
  const user = await requireUser();
  const { id, orderId } = await params;
  if (!z.uuid().safeParse(id).success || !z.uuid().safeParse(orderId).success) notFound();
  const [detail, found] = await Promise.all([
    getAccount({ actor: user, id }),
    getOrder({ actor: user, id: orderId }),
  ]);
  if (!detail || !found || found.order.accountId !== id) notFound();
  const resource = { ownerId: detail.account.ownerId, teamMemberIds: detail.team.map((m) => m.id) };
  const canWork = can(user, "order.work", resource);
  const { order, lines } = found;
  const [t, locale, format] = await Promise.all([
    getTranslations("orders"),
    getLocale(),
    getFormatter(),
  ]);
  const money = (minor: number | null) =>
    minor === null ? "—" : formatMoney(minor, order.currency, locale);
  const facts: [string, React.ReactNode][] = [
    [
      t("field.orderDate"),
      format.dateTime(new Date(`${order.orderDate}T00:00:00Z`), {
        dateStyle: "medium",
        timeZone: "UTC",
      }),
    ],
    [t("field.contactId"), found.contactName ?? "—"],
    [t("col.status"), <OrderStatusBadge key="s" status={order.status} />],
    [t("field.total"), money(order.totalMinor)],
    [t("field.cost"), money(order.costMinor)],
    [t("field.margin"), money(marginMinor(order))],
    [t("field.createdBy"), found.creatorName ?? "—"],
  ];
  return (
    <>
      <PageHeader
        title={t("orderTitle", { number: order.number })}
        description={
          <Link href={`/accounts/${id}?tab=orders`} className="text-brand-700 underline">
            {found.accountName}
          </Link>
        }
      />
      <div className="space-y-6">
        <Card
          actions={
            canWork && isOrderEditable(order.status) ? (
              <Link
                href={`/accounts/${id}/orders/${orderId}/edit`}
                className="text-sm font-medium text-brand-700 hover:underline print:hidden"
              >
                {t("edit")}
              </Link>
            ) : null
          }
        >
          <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2 lg:grid-cols-4">
            {facts.map(([label, value]) => (
              <div key={label}>
                <dt className="text-slate-500">{label}</dt>
                <dd className="font-medium tabular-nums">{value}</dd>
              </div>
            ))}
          </dl>
          {order.notes ? <p className="mt-3 whitespace-pre-line text-sm">{order.notes}</p> : null}
          {canWork ? (
            <div className="mt-4">
              <OrderStatusButtons
                order={{
                  id: order.id,
                  version: order.version,
                  number: order.number,
                  status: order.status,
                }}
              />
            </div>
          ) : null}
        </Card>
        <Card title={t("field.lines")}>
          <TableScroll label={t("field.lines")}>
            <table className="w-full text-left text-sm">
              <thead className="border-b border-slate-200 text-xs uppercase text-slate-500">
                <tr>
                  <th scope="col" className="py-2 pr-3">
                    {t("field.product")}
                  </th>
                  {(["unitPrice", "quantity", "discount", "amount"] as const).map((c) => (
                    <th key={c} scope="col" className="py-2 pr-3 text-right">
                      {t(`field.${c}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {lines.map((line) => (
                  <tr key={line.id} className="border-b border-slate-100" data-testid="order-line">
                    <td className="py-2 pr-3">
                      {line.productCode} {line.productName}
                    </td>
                    <td className="py-2 pr-3 text-right tabular-nums">
                      {money(line.unitPriceMinor)}
                    </td>
                    <td className="py-2 pr-3 text-right tabular-nums">
                      {line.quantity} {line.unit}
                    </td>
                    <td className="py-2 pr-3 text-right tabular-nums">
                      {line.discountBp ? `${discountPercentText(line.discountBp)} %` : "—"}
                    </td>
                    <td className="py-2 pr-3 text-right tabular-nums">{money(line.amountMinor)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row" colSpan={4} className="py-2 pr-3 text-right">
                    {t("field.total")}
                  </th>
                  <td className="py-2 pr-3 text-right font-semibold tabular-nums">
                    {money(order.totalMinor)}
                  </td>
                </tr>
              </tfoot>
            </table>
          </TableScroll>
        </Card>
      </div>
    </>
  );
}
