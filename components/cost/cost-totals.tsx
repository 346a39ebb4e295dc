import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { TableScroll } from "@/components/ui/table-scroll";
import { formatMoney } from "@/lib/cost/money";
import { COST_CATEGORIES, COST_KINDS, type CostAmounts, type CostTotals } from "@/lib/cost/totals";
import { COST_CATEGORY_LABEL_KEYS, COST_KIND_LABEL_KEYS } from "@/lib/cost/plan-state";

/** Planned against actual by category and kind, the total, and where the plan stands against its budget. */
export async function CostTotalsView({
  totals,
  currency,
}: {
  totals: CostTotals;
  currency: string;
}) {
  const [t, locale] = await Promise.all([getTranslations("cost"), getLocale()]);
  const money = (minor: number) => formatMoney(minor, currency, locale);
  const variance = (a: CostAmounts) =>
    a.varianceMinor > 0
      ? t("variance.over", { amount: money(a.varianceMinor) })
      : a.varianceMinor < 0
        ? t("variance.under", { amount: money(-a.varianceMinor) })
        : t("variance.even");
  const row = (label: string, a: CostAmounts, strong = false) => (
    <tr key={label} className={cn("border-b border-slate-100", strong && "font-semibold")}>
      <th scope="row" className="py-1.5 pr-3 text-left font-medium">
        {label}
      </th>
      <td className="py-1.5 pr-3 text-right tabular-nums">{money(a.plannedMinor)}</td>
      <td className="py-1.5 pr-3 text-right tabular-nums">{money(a.actualMinor)}</td>
      <td className="py-1.5 pr-3 text-right tabular-nums">{money(a.forecastMinor)}</td>
      <td className={cn("py-1.5 text-right", a.varianceMinor > 0 && "text-red-700")}>
        {variance(a)}
      </td>
    </tr>
  );
  const head = (caption: string, first: string) => (
    <>
      <caption className="mb-1 text-left text-sm font-medium text-slate-700">{caption}</caption>
      <thead className="border-b border-slate-200 text-xs uppercase text-slate-500">
        <tr>
          <th scope="col" className="py-1.5 pr-3 text-left">
            {first}
          </th>
          <th scope="col" className="py-1.5 pr-3 text-right">
            {t("fields.planned")}
          </th>
          <th scope="col" className="py-1.5 pr-3 text-right">
            {t("fields.actual")}
          </th>
          <th scope="col" className="py-1.5 pr-3 text-right">
            {t("fields.forecast")}
          </th>
          <th scope="col" className="py-1.5 text-right">
            {t("fields.variance")}
          </th>
        </tr>
      </thead>
    </>
  );
  const { budget, total } = totals;

  return (
    <div className="space-y-6">
      <div
        className="flex flex-wrap items-center gap-2 text-sm"
        role="group"
        aria-label={t("budget.title")}
      >
        {budget === null ? (
          <span className="text-slate-600">{t("budget.none")}</span>
        ) : (
          <>
            <span>
              {t("fields.budget")}: <strong>{money(budget.budgetMinor)}</strong>
            </span>
            {budget.percentUsed !== null ? (
              <span>{t("budget.percentUsed", { percent: budget.percentUsed })}</span>
            ) : null}
            {budget.overBudget ? (
              <Badge tone="red">
                {t("budget.overBy", { amount: money(-budget.remainingMinor) })}
              </Badge>
            ) : (
              <Badge tone="green">
                {t("budget.remaining", { amount: money(budget.remainingMinor) })}
              </Badge>
            )}
            {budget.plannedOverBudget ? (
              <Badge tone="amber">{t("budget.plannedOverBudget")}</Badge>
            ) : null}
          </>
        )}
        <span className="text-slate-600">
          {t("variance.linesWithoutActual", { count: total.linesWithoutActual })}
        </span>
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <TableScroll label={t("totals.byCategory")}>
          <table className="w-full text-sm">
            {head(t("totals.byCategory"), t("fields.category"))}
            <tbody>
              {COST_CATEGORIES.filter((c) => totals.byCategory[c].lineCount > 0).map((c) =>
                row(t(COST_CATEGORY_LABEL_KEYS[c]), totals.byCategory[c]),
              )}
              {row(t("fields.total"), total, true)}
            </tbody>
          </table>
        </TableScroll>
        <TableScroll label={t("totals.byKind")}>
          <table className="w-full text-sm">
            {head(t("totals.byKind"), t("fields.kind"))}
            <tbody>
              {COST_KINDS.map((k) => row(t(COST_KIND_LABEL_KEYS[k]), totals.byKind[k]))}
              {row(t("fields.total"), total, true)}
            </tbody>
          </table>
        </TableScroll>
      </div>
    </div>
  );
}
