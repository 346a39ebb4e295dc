import { BreakdownChart } from "@/components/charts/lazy";
import { ownerTiming } from "@/db/queries/dashboards-aging";
import type { Actor } from "@/lib/policy";
import { ChartPanel } from "./chart-panel";
import { csvHref } from "@/lib/dashboards/datasets";
import type { DashboardQuery } from "@/lib/dashboards/filters";
import { getLabels } from "@/lib/dashboards/labels";
import { ownersTable } from "@/lib/dashboards/tables";

/** Per owner: where their accounts wait (medians per stage) and what is overdue now. */
export async function OwnersSection({ actor, query }: { actor: Actor; query: DashboardQuery }) {
  const [rows, labels] = await Promise.all([ownerTiming({ actor, filters: query }), getLabels()]);
  const { t } = labels;
  const timed = rows
    .filter((r) => r.typicalDays !== null)
    .sort((a, b) => (b.typicalDays ?? 0) - (a.typicalDays ?? 0));
  return (
    <ChartPanel
      title={t("owners.title")}
      description={t("owners.description")}
      csvHref={csvHref("owners", query)}
      empty={rows.length === 0}
      emptyText={t("owners.empty")}
      table={ownersTable(rows, query, labels)}
      tableOpen
      chart={
        timed.length > 0 ? (
          <div className="mb-4">
            <h3 className="mb-1 text-sm font-medium text-slate-700">{t("owners.chartTitle")}</h3>
            <BreakdownChart
              title={t("owners.chartTitle")}
              valueLabel={t("owners.typical")}
              unit="days"
              data={timed.map((r) => ({
                label: r.ownerName ?? t("noOwner"),
                value: r.typicalDays!,
              }))}
            />
          </div>
        ) : null
      }
    />
  );
}
