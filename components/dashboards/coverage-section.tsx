import { DistributionChart } from "@/components/charts/lazy";
import { returnVisitCoverage } from "@/db/queries/dashboards-coverage";
import { csvHref } from "@/lib/dashboards/datasets";
import type { DashboardQuery } from "@/lib/dashboards/filters";
import { getLabels } from "@/lib/dashboards/labels";
import { coverageTable } from "@/lib/dashboards/operations-tables";
import type { Actor } from "@/lib/policy";
import type { IsoDate } from "@/lib/dates";
import { ChartPanel } from "./chart-panel";

/**
 * Return-visit coverage per manager and quarter (target 100 %): the chart shows
 * each manager's in-window, pending and missed shares over the period; the table's
 * missed counts open the missed return visits.
 */
export async function CoverageSection({
  actor,
  query,
  today,
}: {
  actor: Actor;
  query: DashboardQuery;
  today: IsoDate;
}) {
  const [rows, labels] = await Promise.all([
    returnVisitCoverage({ actor, filters: query, today }),
    getLabels(),
  ]);
  const { t } = labels;
  const perManager = new Map<string, { label: string; counts: number[] }>();
  for (const r of rows) {
    const key = r.assigneeId ?? "";
    const entry = perManager.get(key) ?? {
      label: r.assigneeName ?? t("noOwner"),
      counts: [0, 0, 0],
    };
    entry.counts[0]! += r.completedInWindow;
    entry.counts[1]! += r.pending;
    entry.counts[2]! += r.missed;
    perManager.set(key, entry);
  }
  return (
    <ChartPanel
      title={t("coverage.title")}
      description={t("coverage.description")}
      csvHref={csvHref("return-visit-coverage", query)}
      empty={rows.length === 0}
      emptyText={t("coverage.empty")}
      table={coverageTable(rows, query, labels)}
      tableOpen
      chart={
        <DistributionChart
          title={t("coverage.chartTitle")}
          buckets={[t("coverage.inWindow"), t("coverage.pending"), t("coverage.missed")]}
          data={[...perManager.values()]}
        />
      }
    />
  );
}
