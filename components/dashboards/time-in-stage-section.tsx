import { getFormatter } from "next-intl/server";
import { DistributionChart, StageTimingChart, TrendChart } from "@/components/charts/lazy";
import { timeInStage } from "@/db/queries/dashboards";
import { monthsOf } from "@/lib/dashboards/periods";
import { TIMED_STAGES } from "@/db/queries/dashboards-types";
import type { Actor } from "@/lib/policy";
import { PIPELINE_STAGES } from "@/lib/stages/stages";
import { ChartPanel } from "./chart-panel";
import { csvHref } from "@/lib/dashboards/datasets";
import type { DashboardQuery } from "@/lib/dashboards/filters";
import { getLabels } from "@/lib/dashboards/labels";
import {
  bucketLabels,
  distributionTable,
  stageTimingTable,
  trendTable,
} from "@/lib/dashboards/tables";

/** Time in stage: percentiles, distribution and the monthly median, from one query. */
export async function TimeInStageSection({
  actor,
  query,
}: {
  actor: Actor;
  query: DashboardQuery;
}) {
  const [data, labels, format] = await Promise.all([
    timeInStage({ actor, filters: query }),
    getLabels(),
    getFormatter(),
  ]);
  const { t, stage } = labels;
  const empty = data.stages.every((s) => s.stays === 0);
  const withStays = data.stages.filter((s) => s.timing);
  const months = monthsOf(query);
  const monthLabel = (m: string) =>
    format.dateTime(new Date(`${m}-01T00:00:00Z`), {
      year: "numeric",
      month: "short",
      timeZone: "UTC",
    });
  const trendStages = TIMED_STAGES.filter((s) => data.trend.some((p) => p.stage === s));
  return (
    <div className="grid gap-6">
      <ChartPanel
        title={t("timeInStage.title")}
        description={t("timeInStage.description")}
        csvHref={csvHref("stage-timing", query)}
        empty={empty}
        emptyText={t("timeInStage.empty")}
        table={stageTimingTable(data.stages, labels)}
        chart={
          <StageTimingChart
            title={t("timeInStage.title")}
            data={withStays.map((s) => ({ label: stage(s.stage), ...s.timing! }))}
            series={{
              median: t("timeInStage.seriesMedian"),
              p75: t("timeInStage.seriesP75"),
              p90: t("timeInStage.seriesP90"),
            }}
          />
        }
      />
      <ChartPanel
        title={t("distribution.title")}
        description={t("distribution.description")}
        csvHref={csvHref("stage-distribution", query)}
        empty={empty}
        emptyText={t("timeInStage.empty")}
        table={distributionTable(data.stages, labels)}
        chart={
          <DistributionChart
            title={t("distribution.title")}
            buckets={bucketLabels(labels)}
            data={withStays.map((s) => ({ label: stage(s.stage), counts: s.buckets }))}
          />
        }
      />
      <ChartPanel
        title={t("trend.title")}
        description={t("trend.description")}
        csvHref={csvHref("median-trend", query)}
        empty={empty}
        emptyText={t("timeInStage.empty")}
        table={trendTable(data.trend, months, labels)}
        chart={
          <TrendChart
            title={t("trend.title")}
            series={trendStages.map((s) => ({
              key: s,
              label: stage(s),
              colorIndex: PIPELINE_STAGES.indexOf(s),
            }))}
            data={months.map((m) => ({
              label: monthLabel(m),
              ...Object.fromEntries(
                trendStages.map((s) => [
                  s,
                  data.trend.find((p) => p.month === m && p.stage === s)?.median ?? null,
                ]),
              ),
            }))}
          />
        }
      />
    </div>
  );
}
