import { BreakdownChart } from "@/components/charts/lazy";
import { OVERDUE_COLOR } from "@/components/charts/chart-theme";
import { churn, drops, funnel } from "@/db/queries/dashboards";
import type { Actor } from "@/lib/policy";
import { ChartPanel } from "./chart-panel";
import { csvHref } from "@/lib/dashboards/datasets";
import type { DashboardQuery } from "@/lib/dashboards/filters";
import { getLabels } from "@/lib/dashboards/labels";
import { churnTable, dropReasonsTable, dropsTable, funnelTable } from "@/lib/dashboards/tables";

type Props = { actor: Actor; query: DashboardQuery };

/** The cohort created in the period: how far it got, stage by stage. */
export async function FunnelPanel({ actor, query }: Props) {
  const [data, labels] = await Promise.all([funnel({ actor, filters: query }), getLabels()]);
  const { t, stage } = labels;
  return (
    <ChartPanel
      title={t("funnel.title")}
      description={t("funnel.description")}
      csvHref={csvHref("funnel", query)}
      empty={data.created === 0}
      emptyText={t("funnel.empty")}
      table={funnelTable(data, labels)}
      chart={
        <BreakdownChart
          title={t("funnel.title")}
          valueLabel={t("funnel.reached")}
          data={data.steps.map((s) => ({ label: stage(s.stage), value: s.reached }))}
        />
      }
    >
      <p className="mb-2 text-sm font-medium" data-testid="funnel-summary">
        {t("funnel.summary", {
          created: data.created,
          open: data.open,
          dropped: data.dropped,
          churned: data.churned,
        })}
      </p>
    </ChartPanel>
  );
}

/** Drops in the period: from which stage, and the reasons written on them. */
export async function DropsPanels({ actor, query }: Props) {
  const [data, labels] = await Promise.all([drops({ actor, filters: query }), getLabels()]);
  const { t, stage } = labels;
  const reasons = dropReasonsTable(data, labels);
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <ChartPanel
        title={t("drops.title")}
        description={t("drops.description")}
        csvHref={csvHref("drops", query)}
        empty={data.total === 0}
        emptyText={t("drops.empty")}
        table={dropsTable(data, labels)}
        chart={
          <BreakdownChart
            title={t("drops.title")}
            valueLabel={t("drops.count")}
            color={OVERDUE_COLOR}
            data={data.byStage.map((d) => ({ label: stage(d.key), value: d.count }))}
          />
        }
      />
      <ChartPanel
        title={t("dropReasons.title")}
        description={t("dropReasons.description")}
        csvHref={csvHref("drop-reasons", query)}
        empty={data.total === 0}
        emptyText={t("drops.empty")}
        table={reasons}
        chart={
          <BreakdownChart
            title={t("dropReasons.title")}
            valueLabel={t("drops.count")}
            data={data.reasons.map((r) => ({
              label: r.reason || t("dropReasons.none"),
              value: r.count,
            }))}
          />
        }
      />
    </div>
  );
}

/** Customers lost in the period, by the five churn types. */
export async function ChurnPanel({ actor, query }: Props) {
  const [data, labels] = await Promise.all([churn({ actor, filters: query }), getLabels()]);
  const { t, churnType } = labels;
  return (
    <ChartPanel
      title={t("churn.title")}
      description={t("churn.description")}
      csvHref={csvHref("churn", query)}
      empty={data.total === 0}
      emptyText={t("churn.empty")}
      table={churnTable(data, labels)}
      chart={
        <BreakdownChart
          title={t("churn.title")}
          valueLabel={t("churn.count")}
          color={OVERDUE_COLOR}
          data={data.byType.map((c) => ({ label: churnType(c.key), value: c.count }))}
        />
      }
    />
  );
}
