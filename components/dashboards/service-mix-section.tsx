import { serviceComposition } from "@/db/queries/dashboards-composition";
import { csvHref } from "@/lib/dashboards/datasets";
import type { DashboardQuery } from "@/lib/dashboards/filters";
import { getValueLabels } from "@/lib/dashboards/value-labels";
import { serviceMixTable } from "@/lib/dashboards/value-tables";
import type { Actor } from "@/lib/policy";
import { ChartPanel } from "./chart-panel";

const DIMENSIONS = [
  ["type", "service-mix-types"],
  ["channel", "service-mix-channels"],
  ["product", "service-mix-products"],
] as const;

/** Service composition (客户服务构成, seed 001): requests received in the period by type, channel and product. */
export async function ServiceMixSection({ actor, query }: { actor: Actor; query: DashboardQuery }) {
  const [rows, labels] = await Promise.all([
    serviceComposition({ actor, filters: query }),
    getValueLabels(),
  ]);
  const { t } = labels;
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      {DIMENSIONS.map(([dimension, dataset]) => (
        <ChartPanel
          key={dimension}
          title={t(`value.service.by.${dimension}`)}
          description={t("value.service.description")}
          csvHref={csvHref(dataset, query)}
          empty={rows.length === 0}
          emptyText={t("value.service.empty")}
          table={serviceMixTable(rows, dimension, labels)}
          tableOpen
        />
      ))}
    </div>
  );
}
