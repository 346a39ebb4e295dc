import { DistributionChart, ThroughputChart } from "@/components/charts/lazy";
import { activitiesPerWeek, filingDelays } from "@/db/queries/dashboards-activities";
import { bucketDays, weeksOf } from "@/lib/dashboards/periods";
import { csvHref } from "@/lib/dashboards/datasets";
import type { DashboardQuery } from "@/lib/dashboards/filters";
import { getLabels } from "@/lib/dashboards/labels";
import {
  activityWeeksTable,
  filingBucketLabels,
  filingDelayTable,
} from "@/lib/dashboards/operations-tables";
import type { Actor } from "@/lib/policy";
import { ChartPanel } from "./chart-panel";

type Props = { actor: Actor; query: DashboardQuery };

/** Activities per manager per week by type: weekly totals as a chart, the breakdown as a table. */
export async function ActivitiesWeeklySection({ actor, query }: Props) {
  const [rows, labels] = await Promise.all([
    activitiesPerWeek({ actor, filters: query }),
    getLabels(),
  ]);
  const { t } = labels;
  const totals = new Map<string, number>();
  for (const r of rows) totals.set(r.week, (totals.get(r.week) ?? 0) + r.count);
  return (
    <ChartPanel
      title={t("activities.title")}
      description={t("activities.description")}
      csvHref={csvHref("activities-weekly", query)}
      empty={rows.length === 0}
      emptyText={t("activities.empty")}
      table={activityWeeksTable(rows, labels)}
      chart={
        <ThroughputChart
          title={t("activities.chartTitle")}
          valueLabel={t("activities.total")}
          data={weeksOf(query).map((week) => {
            const { days, span } = bucketDays(week, "week", query);
            return {
              label: week,
              entered: totals.get(week) ?? 0,
              partial: days < span ? t("throughput.partialTip", { days, span }) : undefined,
            };
          })}
        />
      }
    />
  );
}

/** Filing delay per type: on time, and late by working hours past the filing limit. */
export async function FilingDelaySection({ actor, query }: Props) {
  const [rows, labels] = await Promise.all([filingDelays({ actor, filters: query }), getLabels()]);
  const { t } = labels;
  return (
    <ChartPanel
      title={t("filing.title")}
      description={t("filing.description")}
      csvHref={csvHref("filing-delays", query)}
      empty={rows.length === 0}
      emptyText={t("filing.empty")}
      table={filingDelayTable(rows, labels)}
      tableOpen
      chart={
        <DistributionChart
          title={t("filing.title")}
          buckets={filingBucketLabels(labels)}
          data={rows.map((r) => ({
            label: t(`activityType.${r.type}`),
            counts: [r.onTime, ...r.late],
          }))}
        />
      }
    />
  );
}
