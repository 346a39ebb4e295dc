import { accountComposition } from "@/db/queries/dashboards-composition";
import { classMoves } from "@/db/queries/dashboards-value";
import { csvHref } from "@/lib/dashboards/datasets";
import type { DashboardQuery } from "@/lib/dashboards/filters";
import { getValueLabels } from "@/lib/dashboards/value-labels";
import { classMovesTable, compositionTable } from "@/lib/dashboards/value-tables";
import type { Actor } from "@/lib/policy";
import { ChartPanel } from "./chart-panel";

const DIMENSIONS = [
  ["type", "composition-types"],
  ["grade", "composition-grades"],
  ["class", "composition-classes"],
  ["industry", "composition-industries"],
  ["area", "composition-areas"],
  ["source", "composition-sources"],
] as const;

/**
 * Customer composition (客户构成, seed 001): the open accounts by type, grade, class,
 * industry, area and source now, and the class moves between the period's ends.
 */
export async function CompositionSection({
  actor,
  query,
}: {
  actor: Actor;
  query: DashboardQuery;
}) {
  const args = { actor, filters: query };
  const [rows, moves, labels] = await Promise.all([
    accountComposition(args),
    classMoves(args),
    getValueLabels(),
  ]);
  const { t } = labels;
  return (
    <div className="space-y-6">
      <ChartPanel
        title={t("value.moves.title")}
        description={t("value.moves.description", { from: query.from, to: query.to })}
        csvHref={csvHref("composition-class-moves", query)}
        empty={moves.length === 0}
        emptyText={t("value.moves.empty")}
        table={classMovesTable(moves, labels)}
        tableOpen
      />
      <div className="grid gap-6 lg:grid-cols-2">
        {DIMENSIONS.map(([dimension, dataset]) => (
          <ChartPanel
            key={dimension}
            title={t(`value.composition.by.${dimension}`)}
            description={t("value.composition.description")}
            csvHref={csvHref(dataset, query)}
            empty={rows.length === 0}
            emptyText={t("value.composition.empty")}
            table={compositionTable(rows, dimension, labels)}
            tableOpen
          />
        ))}
      </div>
    </div>
  );
}
