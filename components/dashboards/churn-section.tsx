import { atRiskByOwner, churnByQuarter } from "@/db/queries/dashboards-composition";
import { csvHref } from "@/lib/dashboards/datasets";
import type { DashboardQuery } from "@/lib/dashboards/filters";
import { getValueLabels } from "@/lib/dashboards/value-labels";
import { atRiskTable, churnQuartersTable } from "@/lib/dashboards/value-tables";
import type { Actor } from "@/lib/policy";
import { ChartPanel } from "./chart-panel";

/**
 * Customer churn (客户流失, seed 001/003): churn and recovery per type per quarter
 * churned in the period, and the accounts at risk per customer manager now.
 */
export async function ChurnSection({ actor, query }: { actor: Actor; query: DashboardQuery }) {
  const args = { actor, filters: query };
  const [quarters, atRisk, labels] = await Promise.all([
    churnByQuarter(args),
    atRiskByOwner(args),
    getValueLabels(),
  ]);
  const { t } = labels;
  return (
    <div className="space-y-6">
      <ChartPanel
        title={t("value.churn.title")}
        description={t("value.churn.description")}
        csvHref={csvHref("churn-quarters", query)}
        empty={quarters.length === 0}
        emptyText={t("value.churn.empty")}
        table={churnQuartersTable(quarters, labels)}
        tableOpen
      />
      <ChartPanel
        title={t("value.atRisk.title")}
        description={t("value.atRisk.description")}
        csvHref={csvHref("at-risk-owners", query)}
        empty={atRisk.length === 0}
        emptyText={t("value.atRisk.empty")}
        table={atRiskTable(atRisk, labels)}
        tableOpen
      />
    </div>
  );
}
