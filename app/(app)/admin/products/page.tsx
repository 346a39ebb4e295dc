import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { ProductForm } from "@/components/orders/product-form";
import { AdminTabs } from "@/components/settings/admin-tabs";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { ClientMessages } from "@/components/shell/client-messages";
import { TableScroll } from "@/components/ui/table-scroll";
import { listProducts } from "@/db/queries/orders";
import { requireUser } from "@/lib/auth/session";
import { formatMoney, minorToDecimal } from "@/lib/cost/money";
import { can } from "@/lib/policy";

export async function generateMetadata() {
  const t = await getTranslations("orders.products");
  return { title: t("title") };
}

/** The product catalogue (directors and admins): the list, a form to add one, `?edit=<id>` to edit one. */
export default async function ProductsPage({
  searchParams,
}: {
  searchParams: Promise<{ edit?: string | string[] }>;
}) {
  const user = await requireUser();
  if (!can(user, "product.manage")) forbidden();
  const editId = (await searchParams).edit;
  const [products, t, locale] = await Promise.all([
    listProducts(),
    getTranslations("orders.products"),
    getLocale(),
  ]);
  const editing = products.find((p) => p.id === editId);
  const columns = ["code", "name", "unit", "listPrice", "cost", "status", "actions"] as const;
  return (
    <ClientMessages namespaces={["orders"]}>
      {can(user, "user.manage") ? <AdminTabs current="products" /> : null}
      <PageHeader title={t("title")} description={t("intro")} />
      <Card title={editing ? t("editTitle", { code: editing.code }) : t("add")} className="mb-6">
        <ProductForm
          key={editing?.id ?? "new"}
          product={
            editing
              ? {
                  id: editing.id,
                  version: editing.version,
                  values: {
                    code: editing.code,
                    name: editing.name,
                    unit: editing.unit,
                    currency: editing.currency as "CNY",
                    listPrice: minorToDecimal(editing.listPriceMinor, editing.currency),
                    cost:
                      editing.costMinor === null
                        ? ""
                        : minorToDecimal(editing.costMinor, editing.currency),
                    active: editing.active,
                  },
                }
              : undefined
          }
        />
      </Card>
      <Card>
        {products.length === 0 ? (
          <p className="py-6 text-center text-sm text-slate-500">{t("empty")}</p>
        ) : (
          <TableScroll label={t("title")}>
            <table className="w-full text-left text-sm">
              <thead className="border-b border-slate-200 text-xs uppercase text-slate-500">
                <tr>
                  {columns.map((c) => (
                    <th key={c} scope="col" className="py-2 pr-3">
                      {t(`col.${c}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {products.map((p) => (
                  <tr key={p.id} className="border-b border-slate-100" data-testid="product-row">
                    <td className="py-2 pr-3 font-medium">{p.code}</td>
                    <td className="py-2 pr-3">{p.name}</td>
                    <td className="py-2 pr-3">{p.unit}</td>
                    <td className="py-2 pr-3 tabular-nums">
                      {formatMoney(p.listPriceMinor, p.currency, locale)}
                    </td>
                    <td className="py-2 pr-3 tabular-nums">
                      {p.costMinor === null
                        ? t("noCost")
                        : formatMoney(p.costMinor, p.currency, locale)}
                    </td>
                    <td className="py-2 pr-3">
                      <Badge tone={p.active ? "green" : "slate"}>
                        {p.active ? t("active") : t("inactive")}
                      </Badge>
                    </td>
                    <td className="py-2 pr-3">
                      <Link
                        href={`?edit=${p.id}`}
                        className="text-brand-700 underline"
                        aria-label={`${t("edit")} ${p.code}`}
                      >
                        {t("edit")}
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </Card>
    </ClientMessages>
  );
}
