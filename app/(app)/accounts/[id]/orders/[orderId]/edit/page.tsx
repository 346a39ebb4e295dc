import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { forbidden, notFound, redirect } from "next/navigation";
import { z } from "zod";
import { OrderForm } from "@/components/orders/order-form";
import { Card, PageHeader } from "@/components/ui/card";
import { getAccount } from "@/db/queries/accounts";
import { getOrder } from "@/db/queries/orders";
import { requireUser } from "@/lib/auth/session";
import { minorToDecimal } from "@/lib/cost/money";
import { discountPercentText } from "@/lib/orders/amounts";
import { isOrderEditable } from "@/lib/orders/status";
import { can } from "@/lib/policy";
import { orderFormOptions } from "../../form-data";

type Props = { params: Promise<{ id: string; orderId: string }> };

export async function generateMetadata() {
  const t = await getTranslations("orders");
  return { title: t("edit") };
}

/** Edit a draft order (a confirmed one shows its page instead). */
export default async function EditOrderPage({ params }: Props) {
  const user = await requireUser();
  const { id, orderId } = await params;
  if (!z.uuid().safeParse(id).success || !z.uuid().safeParse(orderId).success) notFound();
  const [detail, found] = await Promise.all([
    getAccount({ actor: user, id }),
    getOrder({ actor: user, id: orderId }),
  ]);
  if (!detail || !found || found.order.accountId !== id) notFound();
  const resource = { ownerId: detail.account.ownerId, teamMemberIds: detail.team.map((m) => m.id) };
  if (!can(user, "order.work", resource)) forbidden();
  if (!isOrderEditable(found.order.status)) redirect(`/accounts/${id}/orders/${orderId}`);
  const { order, lines } = found;
  const [t, options] = await Promise.all([
    getTranslations("orders"),
    orderFormOptions(
      user,
      id,
      lines.map((l) => l.productId),
    ),
  ]);
  const values = {
    number: order.number,
    orderDate: order.orderDate,
    contactId: order.contactId ?? "",
    currency: order.currency as "CNY",
    notes: order.notes,
    lines: lines.map((l) => ({
      productId: l.productId,
      unitPrice: minorToDecimal(l.unitPriceMinor, order.currency),
      quantity: String(l.quantity),
      discount: discountPercentText(l.discountBp),
    })),
  };
  return (
    <>
      <PageHeader
        title={t("editTitle", { number: order.number })}
        description={
          <Link href={`/accounts/${id}/orders/${orderId}`} className="text-brand-700 underline">
            {found.accountName}
          </Link>
        }
      />
      <Card>
        <OrderForm
          accountId={id}
          order={{ id: order.id, version: order.version, values }}
          {...options}
        />
      </Card>
    </>
  );
}
