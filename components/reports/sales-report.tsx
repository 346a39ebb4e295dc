import { getLocale, getTranslations } from "next-intl/server";
import { ReportSection, ReportTable } from "@/components/reports/print-frame";
import type { SalesByAccount, SalesByManager } from "@/db/queries/sales-report";
import { formatMoney } from "@/lib/cost/money";

/**
 * The sales report's body: revenue per customer manager with the total, then the
 * accounts with the most revenue. Amounts in each row's own currency.
 */
export async function SalesReport({
  managers,
  accounts,
  totalAccounts,
}: {
  managers: SalesByManager[];
  accounts: SalesByAccount[];
  totalAccounts: number;
}) {
  const [t, locale] = await Promise.all([getTranslations("exports.salesReport"), getLocale()]);
  if (managers.length === 0) return <p className="text-sm text-slate-600">{t("empty")}</p>;
  const money = (minor: number | null, currency: string) =>
    minor === null ? "—" : formatMoney(minor, currency, locale);
  // An account with orders in two currencies has two rows.
  const shownAccounts = new Set(accounts.map((a) => a.accountId)).size;
  const totals = new Map<string, { orders: number; accounts: number; revenue: number }>();
  for (const m of managers) {
    const sum = totals.get(m.currency) ?? { orders: 0, accounts: 0, revenue: 0 };
    totals.set(m.currency, {
      orders: sum.orders + m.orders,
      accounts: sum.accounts + m.accounts,
      revenue: sum.revenue + m.revenueMinor,
    });
  }
  return (
    <>
      <ReportSection title={t("byManager")}>
        <ReportTable
          caption={t("byManager")}
          head={[t("manager"), t("accounts"), t("orders"), t("revenue"), t("margin")]}
          rows={[
            ...managers.map((m) => [
              m.ownerName ?? t("noManager"),
              m.accounts,
              m.orders,
              money(m.revenueMinor, m.currency),
              money(m.marginMinor, m.currency),
            ]),
            ...[...totals].map(([currency, s]) => [
              t("total"),
              s.accounts,
              s.orders,
              money(s.revenue, currency),
              "",
            ]),
          ]}
        />
      </ReportSection>
      <ReportSection title={t("byAccount")}>
        <ReportTable
          caption={t("byAccount")}
          head={[
            t("account"),
            t("manager"),
            t("orders"),
            t("revenue"),
            t("margin"),
            t("lastOrder"),
          ]}
          rows={accounts.map((a) => [
            `${a.name} (${a.code})`,
            a.ownerName ?? t("noManager"),
            a.orders,
            money(a.revenueMinor, a.currency),
            money(a.marginMinor, a.currency),
            a.lastOrderDate,
          ])}
        />
        {totalAccounts > shownAccounts ? (
          <p className="text-sm text-slate-600">
            {t("shown", { shown: shownAccounts, total: totalAccounts })}
          </p>
        ) : null}
      </ReportSection>
      <p className="text-xs text-slate-600">{t("note")}</p>
    </>
  );
}
