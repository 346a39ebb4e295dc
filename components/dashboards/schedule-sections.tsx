import { getFormatter } from "next-intl/server";
import { OnTimeChart } from "@/components/charts/lazy";
import { scheduleDelivery } from "@/db/queries/dashboards-schedule";
import type { SlipStats } from "@/db/queries/dashboards-types";
import { csvHref } from "@/lib/dashboards/datasets";
import type { DashboardQuery } from "@/lib/dashboards/filters";
import { getLabels } from "@/lib/dashboards/labels";
import {
  lateAccountsTable,
  slipOwnersTable,
  slipStepsTable,
} from "@/lib/dashboards/schedule-tables";
import type { Actor } from "@/lib/policy";
import { ChartPanel } from "./chart-panel";
import { Stats } from "./stats";

type Props = { actor: Actor; query: DashboardQuery };

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
