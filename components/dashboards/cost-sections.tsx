import { getFormatter, getLocale } from "next-intl/server";
import { PlanActualChart } from "@/components/charts/lazy";
import { costDelivery } from "@/db/queries/dashboards-cost";
import type { CostSums } from "@/db/queries/dashboards-types";
import { currencyDigits, formatMoney } from "@/lib/cost/money";
import {
  costAccountsTable,
  costIndustriesTable,
  costOwnersTable,
  costTotalsTable,
} from "@/lib/dashboards/cost-tables";
import { csvHref } from "@/lib/dashboards/datasets";
import type { DashboardQuery } from "@/lib/dashboards/filters";
import { getLabels } from "@/lib/dashboards/labels";
import type { Actor } from "@/lib/policy";
import { ChartPanel } from "./chart-panel";
import { Stats } from "./stats";

type Props = { actor: Actor; query: DashboardQuery };

/** Major units of `minor` for a chart axis (the tables keep exact minor units). */
const major = (minor: number, currency: string) => minor / 10 ** currencyDigits(currency);

/**
 * Cost plan against actual for the plans approved in the period: totals per
 * currency, per owner and per industry, and the plans furthest over plan.
 */
export async function CostSections({ actor, query }: Props) {
  const [data, labels, format, locale] = await Promise.all([
    costDelivery({ actor, filters: query }),
    getLabels(),
    getFormatter(),
    getLocale(),
  ]);
  const { t } = labels;
  const empty = data.totals.length === 0;
  const main = data.totals[0]?.currency ?? "CNY";
  const money = (minor: number, currency: string) => formatMoney(minor, currency, locale);
  const signed = (s: CostSums) =>
    (s.varianceMinor > 0 ? "+" : "") + money(s.varianceMinor, s.currency);
  const pct = (s: CostSums) =>
    s.plannedMinor > 0
      ? format.number(s.varianceMinor / s.plannedMinor, {
          style: "percent",
          maximumFractionDigits: 1,
          signDisplay: "exceptZero",
        })
      : t("panel.none");
  const chartRows = (rows: (CostSums & { label: string })[]) =>
    rows
      .filter((r) => r.currency === main)
      .map((r) => ({
        label: r.label,
        planned: major(r.plannedMinor, main),
        actual: major(r.actualMinor, main),
        forecast: major(r.forecastMinor, main),
      }));
  const series = {
    planned: t("cost.planned"),
    actual: t("cost.actual"),
    forecast: t("cost.forecast"),
  };
  const chartNote =
    data.totals.length > 1 ? (
      <p className="mb-2 text-sm text-slate-600">{t("cost.chartCurrency", { currency: main })}</p>
    ) : null;
  return (
    <div className="grid gap-6">
      <ChartPanel
        title={t("cost.title")}
        description={t("cost.description")}
        csvHref={csvHref("cost-totals", query)}
        empty={empty}
        emptyText={t("cost.empty")}
        table={costTotalsTable(data, labels)}
      >
        {data.totals.map((s) => (
          <Stats
            key={s.currency}
            label={t("cost.summaryLabel", { currency: s.currency })}
            testId={`cost-summary-${s.currency}`}
            items={[
              {
                label: t("cost.plansApproved"),
                value: format.number(s.plans),
                note: s.currency,
              },
              {
                label: t("cost.plannedVsActual"),
                value: money(s.actualMinor, s.currency),
                note: t("cost.ofPlanned", { amount: money(s.plannedMinor, s.currency) }),
              },
              {
                label: t("cost.forecastVariance"),
                value: pct(s),
                note: signed(s),
                alert: s.varianceMinor > 0,
              },
              {
                label: t("cost.overBudget"),
                value: format.number(s.overBudget),
                note: t("cost.overBudgetOf", { count: s.withBudget, overPlan: s.overPlan }),
                alert: s.overBudget > 0,
              },
            ]}
          />
        ))}
      </ChartPanel>
      <ChartPanel
        title={t("costOwners.title")}
        description={t("costOwners.description")}
        csvHref={csvHref("cost-owners", query)}
        empty={empty}
        emptyText={t("cost.empty")}
        table={costOwnersTable(data, labels)}
        chart={
          <>
            {chartNote}
            <PlanActualChart
              title={t("costOwners.title")}
              currency={main}
              series={series}
              data={chartRows(
                data.owners.map((o) => ({ ...o, label: o.ownerName ?? t("noOwner") })),
              )}
            />
          </>
        }
      />
      <ChartPanel
        title={t("costIndustries.title")}
        description={t("costIndustries.description")}
        csvHref={csvHref("cost-industries", query)}
        empty={empty}
        emptyText={t("cost.empty")}
        table={costIndustriesTable(data, labels)}
        chart={
          <>
            {chartNote}
            <PlanActualChart
              title={t("costIndustries.title")}
              currency={main}
              series={series}
              data={chartRows(
                data.industries.map((r) => ({
                  ...r,
                  label:
                    labels.reference({ en: r.industryEn, zh: r.industryZh }) ??
                    t("costIndustries.none"),
                })),
              )}
            />
          </>
        }
      />
      <ChartPanel
        title={t("costAccounts.title")}
        description={t("costAccounts.description", { count: data.overAccounts.length })}
        csvHref={csvHref("cost-accounts", query)}
        empty={data.overAccounts.length === 0}
        emptyText={empty ? t("cost.empty") : t("costAccounts.empty")}
        table={costAccountsTable(data.overAccounts, labels)}
        tableOpen
      />
    </div>
  );
}
