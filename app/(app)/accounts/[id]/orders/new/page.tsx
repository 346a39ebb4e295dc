import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { z } from "zod";
import { OrderForm } from "@/components/orders/order-form";
import { Card, PageHeader } from "@/components/ui/card";
import { getAccount } from "@/db/queries/accounts";
import { requireUser } from "@/lib/auth/session";
import { todayIn } from "@/lib/dates";
import { env } from "@/lib/env";
import { can } from "@/lib/policy";
import { orderFormOptions } from "../form-data";

export async function generateMetadata() {
  const t = await getTranslations("orders");
  return { title: t("newTitle") };
}

/** Record a sales order for the account (from its Orders tab). */
export default async function NewOrderPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const detail = await getAccount({ actor: user, id });
  if (!detail) notFound();
  const resource = { ownerId: detail.account.ownerId, teamMemberIds: detail.team.map((m) => m.id) };
  if (!can(user, "order.work", resource)) forbidden();
  const [t, options] = await Promise.all([getTranslations("orders"), orderFormOptions(user, id)]);
  return (
    <>
      <PageHeader
        title={t("newTitle")}
        description={
          <Link href={`/accounts/${id}?tab=orders`} className="text-brand-700 underline">
            {detail.account.name}
          </Link>
        }
      />
      <Card>
        <OrderForm accountId={id} today={todayIn(env.PCRM_TIME_ZONE, new Date())} {...options} />
      </Card>
    </>
  );
}
