import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { ExportButtons } from "@/components/accounts/export-links";
import { OrderTable } from "@/components/orders/order-table";
import { accountOrderSummary, listAccountOrders } from "@/db/queries/orders";
import { formatMoney } from "@/lib/cost/money";
import type { Actor } from "@/lib/policy";

const AFTER = /^(\d{4}-\d{2}-\d{2})_([0-9a-f-]{36})$/;

/** The account page's Orders tab: totals per status, the orders newest first, paged by `before`. */
export async function OrdersPanel({
  accountId,
  user,
  canRecord,
  rawBefore,
}: {
  accountId: string;
  user: Actor;
  canRecord: boolean;
  rawBefore?: string | string[];
}) {
  const match = typeof rawBefore === "string" ? AFTER.exec(rawBefore) : null;
  const before = match ? { orderDate: match[1]!, id: match[2]! } : undefined;
  const [page, summary, t, locale] = await Promise.all([
    listAccountOrders({ actor: user, accountId, before }),
    accountOrderSummary({ actor: user, accountId }),
    getTranslations("orders"),
    getLocale(),
  ]);
  const last = page.rows.at(-1);
  const link = "text-sm font-medium text-brand-700 hover:underline";
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-base font-semibold">{t("title")}</h2>
        <div className="flex flex-wrap items-center gap-2">
          {summary.length ? (
            <ExportButtons of="orders" query={`account=${encodeURIComponent(accountId)}`} />
          ) : null}
          {canRecord ? (
            <Link
              href={`/accounts/${accountId}/orders/new`}
              className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white print:hidden"
            >
              {t("new")}
            </Link>
          ) : null}
        </div>
      </div>
      {summary.length ? (
        <ul className="flex flex-wrap gap-x-6 gap-y-1 text-sm text-slate-600">
          {summary.map((s) => (
            <li key={`${s.currency}-${s.status}`}>
              {t("summary", {
                status: s.status,
                count: s.count,
                total: formatMoney(s.totalMinor, s.currency, locale),
              })}
            </li>
          ))}
        </ul>
      ) : null}
      <OrderTable rows={page.rows} empty={t("empty")} />
      <nav className="flex gap-4 print:hidden" aria-label={t("title")}>
        {before ? (
          <Link href={`/accounts/${accountId}?tab=orders`} className={link}>
            {t("newest")}
          </Link>
        ) : null}
        {page.more && last ? (
          <Link
            href={`/accounts/${accountId}?tab=orders&before=${last.orderDate}_${last.id}`}
            className={link}
          >
            {t("older")}
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
