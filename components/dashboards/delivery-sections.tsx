import { getFormatter, getLocale } from "next-intl/server";
import { OnTimeChart, PlanActualChart } from "@/components/charts/delivery-charts";
import { costDelivery, scheduleDelivery } from "@/db/queries/dashboards-delivery";
import type { CostSums, SlipStats } from "@/db/queries/dashboards-types";
import { currencyDigits, formatMoney } from "@/lib/cost/money";
import type { Actor } from "@/lib/policy";
import { ChartPanel } from "./chart-panel";
import { csvHref } from "@/lib/dashboards/datasets";
import {
  costAccountsTable,
  costIndustriesTable,
  costOwnersTable,
  costTotalsTable,
  lateAccountsTable,
  slipOwnersTable,
  slipStepsTable,
} from "@/lib/dashboards/delivery-tables";
import type { DashboardQuery } from "@/lib/dashboards/filters";
import { getLabels } from "@/lib/dashboards/labels";

type Props = { actor: Actor; query: DashboardQuery };
type Stat = { label: string; value: string; note?: string; alert?: boolean };

/** Headline numbers above a chart, as a description list. */
function Stats({ items, label, testId }: { items: Stat[]; label: string; testId: string }) {
  return (
    <dl
      aria-label={label}
      data-testid={testId}
      className="mb-4 grid grid-cols-2 gap-3 text-sm sm:grid-cols-4"
    >
      {items.map((item) => (
        <div key={item.label} className="rounded-md bg-slate-50 px-3 py-2">
          <dt className="text-slate-600">{item.label}</dt>
          <dd
            className={item.alert ? "text-lg font-semibold text-red-700" : "text-lg font-semibold"}
          >
            {item.value}
          </dd>
          {item.note ? <dd className="text-xs text-slate-500">{item.note}</dd> : null}
        </div>
      ))}
    </dl>
  );
}

const oneDecimal = (days: number) => Math.round(days * 10) / 10;
const nothingIn = (s: SlipStats) => s.finished + s.unmeasured + s.overdueOpen === 0;

/**
 * Schedule variance: steps finished in the period against the latest baseline (on
 * time, late, slip) per step and per owner, and the accounts that slipped most.
 */
export async function ScheduleSections({ actor, query }: Props) {
  const [data, labels, format] = await Promise.all([
    scheduleDelivery({ actor, filters: query }),
    getLabels(),
    getFormatter(),
  ]);
  const { t } = labels;
  const { total } = data;
  const empty = nothingIn(total);
  const days = (value: number | null) =>
    value === null ? t("panel.none") : t("schedule.days", { days: oneDecimal(value) });
  const bars = (rows: (SlipStats & { label: string })[]) =>
    rows
      .filter((r) => !nothingIn(r))
      .map((r) => ({
        label: r.label,
        onTime: r.onTime,
        late: r.finished - r.onTime,
        overdue: r.overdueOpen,
      }));
  const series = {
    onTime: t("schedule.seriesOnTime"),
    late: t("schedule.seriesLate"),
    overdue: t("schedule.seriesOverdue"),
  };
  return (
    <div className="grid gap-6">
      <ChartPanel
        title={t("schedule.title")}
        description={t("schedule.description")}
        csvHref={csvHref("schedule-steps", query)}
        empty={empty}
        emptyText={t("schedule.empty")}
        table={slipStepsTable(data.steps, labels)}
        chart={
          <OnTimeChart
            title={t("schedule.title")}
            series={series}
            data={bars(data.steps.map((s) => ({ ...s, label: labels.step(s.key, s.label) })))}
          />
        }
      >
        <Stats
          label={t("schedule.summaryLabel")}
          testId="schedule-summary"
          items={[
            {
              label: t("schedule.onTimeShare"),
              value:
                total.finished === 0
                  ? t("panel.none")
                  : format.number(total.onTime / total.finished, {
                      style: "percent",
                      maximumFractionDigits: 0,
                    }),
              note: t("schedule.onTimeOf", { onTime: total.onTime, finished: total.finished }),
            },
            {
              label: t("schedule.meanSlipShort"),
              value: days(total.meanSlip),
              alert: (total.meanSlip ?? 0) > 0,
            },
            { label: t("schedule.medianSlipShort"), value: days(total.medianSlip) },
            {
              label: t("schedule.overdueOpen"),
              value: format.number(total.overdueOpen),
              alert: total.overdueOpen > 0,
            },
          ]}
        />
        {total.unmeasured > 0 ? (
          <p className="mb-3 text-sm text-slate-600">
            {t("schedule.unmeasuredNote", { count: total.unmeasured })}
          </p>
        ) : null}
      </ChartPanel>
      <ChartPanel
        title={t("scheduleOwners.title")}
        description={t("scheduleOwners.description")}
        csvHref={csvHref("schedule-owners", query)}
        empty={empty}
        emptyText={t("schedule.empty")}
        table={slipOwnersTable(data.owners, labels)}
        tableOpen
        chart={
          <div className="mb-4">
            <OnTimeChart
              title={t("scheduleOwners.title")}
              series={series}
              data={bars(data.owners.map((o) => ({ ...o, label: o.ownerName ?? t("noOwner") })))}
            />
          </div>
        }
      />
      <ChartPanel
        title={t("lateAccounts.title")}
        description={t("lateAccounts.description", { count: data.lateAccounts.length })}
        csvHref={csvHref("schedule-late", query)}
        empty={data.lateAccounts.length === 0}
        emptyText={t("lateAccounts.empty")}
        table={lateAccountsTable(data.lateAccounts, labels)}
        tableOpen
      />
    </div>
  );
}

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
