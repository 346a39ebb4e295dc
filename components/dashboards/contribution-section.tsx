import { ParetoChart } from "@/components/charts/lazy";
import { contributionBy, paretoOfRevenue, topAccounts } from "@/db/queries/dashboards-value";
import { getAbcSettings } from "@/db/queries/value";
import { csvHref } from "@/lib/dashboards/datasets";
import type { DashboardQuery } from "@/lib/dashboards/filters";
import { getValueLabels } from "@/lib/dashboards/value-labels";
import {
  contributionTable,
  contributionTotal,
  paretoClassTable,
  paretoShares,
  topAccountsTable,
} from "@/lib/dashboards/value-tables";
import type { Actor } from "@/lib/policy";
import { ChartPanel } from "./chart-panel";

const DIMENSIONS = [
  ["owner", "contribution-owners"],
  ["industry", "contribution-industries"],
  ["area", "contribution-areas"],
  ["class", "contribution-classes"],
] as const;

/**
 * Customer contribution (客户贡献, seed 001): each account's trailing 12-month
 * revenue and margin as of the latest ABC recompute, ranked on a Pareto curve with
 * the class thresholds, and summed per owner, industry, area and class.
 */
export async function ContributionSection({
  actor,
  query,
}: {
  actor: Actor;
  query: DashboardQuery;
}) {
  const args = { actor, filters: query, basis: "trailing" as const };
  const [rows, pareto, top, settings, labels] = await Promise.all([
    contributionBy(args),
    paretoOfRevenue(args),
    topAccounts(args),
    getAbcSettings(),
    getValueLabels(),
  ]);
  const { t } = labels;
  const total = contributionTotal(rows);
  const empty = total.accounts === 0;
  const asOf = settings.lastRunAt
    ? t("value.asOf", { at: settings.lastRunAt.toISOString().slice(0, 10) })
    : t("value.neverComputed");
  return (
    <div className="space-y-6">
      <p className="text-sm text-slate-600" data-testid="value-as-of">
        {asOf}
      </p>
      <ChartPanel
        title={t("value.pareto.title")}
        description={t("value.pareto.description", {
          a: settings.aShareBp / 100,
          ab: (settings.aShareBp + settings.bShareBp) / 100,
        })}
        csvHref={csvHref("contribution-pareto", query)}
        empty={empty}
        emptyText={t("value.contribution.empty")}
        table={paretoClassTable(pareto, rows, labels)}
        tableOpen
        chart={
          <ParetoChart
            title={t("value.pareto.chartTitle")}
            accountsLabel={t("value.pareto.accountsAxis")}
            revenueLabel={t("value.pareto.revenueAxis")}
            data={[{ accounts: 0, revenue: 0 }, ...paretoShares(pareto)]}
            lines={[
              { share: settings.aShareBp / 10000, label: t("value.pareto.lineA") },
              {
                share: (settings.aShareBp + settings.bShareBp) / 10000,
                label: t("value.pareto.lineB"),
              },
            ]}
          />
        }
      />
      {DIMENSIONS.map(([dimension, dataset]) => (
        <ChartPanel
          key={dimension}
          title={t(`value.contribution.by.${dimension}`)}
          description={t("value.contribution.description")}
          csvHref={csvHref(dataset, query)}
          empty={empty}
          emptyText={t("value.contribution.empty")}
          table={contributionTable(rows, dimension, labels)}
          tableOpen
        />
      ))}
      <ChartPanel
        title={t("value.top.title")}
        description={t("value.top.description")}
        csvHref={csvHref("contribution-top", query)}
        empty={top.length === 0}
        emptyText={t("value.contribution.empty")}
        table={topAccountsTable(top, labels)}
        tableOpen
      />
    </div>
  );
}
