import { AgingChart } from "@/components/charts/lazy";
import { aging } from "@/db/queries/dashboards-aging";
import type { Actor } from "@/lib/policy";
import { ChartPanel } from "./chart-panel";
import { csvHref } from "@/lib/dashboards/datasets";
import type { DashboardQuery } from "@/lib/dashboards/filters";
import { getLabels } from "@/lib/dashboards/labels";
import { agingOwnerTable, agingStageTable, overdueHref } from "@/lib/dashboards/tables";

/** Overdue accounts now, by stage (chart) and by owner (table); every number links to them. */
export async function AgingSection({ actor, query }: { actor: Actor; query: DashboardQuery }) {
  const [data, labels] = await Promise.all([aging({ actor, filters: query }), getLabels()]);
  const { t, stage } = labels;
  const empty = data.stages.every((s) => s.overdue === 0);
  return (
    <div className="grid gap-6">
      <ChartPanel
        title={t("aging.title")}
        description={t("aging.description")}
        csvHref={csvHref("aging-stages", query)}
        empty={empty}
        emptyText={t("aging.empty")}
        table={agingStageTable(data, query, labels)}
        tableOpen
        chart={
          <AgingChart
            title={t("aging.title")}
            series={{ overdue: t("aging.overdue"), onTime: t("aging.onTime") }}
            data={data.stages.map((s) => ({
              label: stage(s.stage),
              overdue: s.overdue,
              onTime: s.open - s.overdue,
              href: overdueHref(query, s.stage),
            }))}
          />
        }
      />
      <ChartPanel
        title={t("agingOwners.title")}
        description={t("agingOwners.description")}
        csvHref={csvHref("aging-owners", query)}
        empty={empty}
        emptyText={t("aging.empty")}
        table={agingOwnerTable(data, query, labels)}
        tableOpen
      />
    </div>
  );
}
