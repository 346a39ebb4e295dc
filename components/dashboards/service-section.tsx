import { DistributionChart } from "@/components/charts/lazy";
import {
  escalationsByLevel,
  openRequestsByAge,
  slaAttainment,
} from "@/db/queries/dashboards-service";
import { csvHref } from "@/lib/dashboards/datasets";
import type { DashboardQuery } from "@/lib/dashboards/filters";
import { getLabels } from "@/lib/dashboards/labels";
import { monthsOf } from "@/lib/dashboards/periods";
import {
  ageBucketLabels,
  attainmentMonthsTable,
  attainmentOwnersTable,
  escalationsTable,
  openAgeTable,
} from "@/lib/dashboards/service-tables";
import type { Actor } from "@/lib/policy";
import { ChartPanel } from "./chart-panel";

/**
 * The service dashboards: open requests by age (now), first-response and
 * resolution SLA attainment per month and per manager (requests received in the
 * period), escalations by level (fired in the period). Each with table and CSV;
 * the queries scope by role.
 */
export async function ServiceSection({
  actor,
  query,
  now,
}: {
  actor: Actor;
  query: DashboardQuery;
  now: Date;
}) {
  const args = { actor, filters: query, now };
  const [open, sla, escalations, labels] = await Promise.all([
    openRequestsByAge(args),
    slaAttainment(args),
    escalationsByLevel(args),
    getLabels(),
  ]);
  const { t } = labels;
  const months = monthsOf(query);
  return (
    <div className="space-y-6">
      <ChartPanel
        title={t("service.open.title")}
        description={t("service.open.description")}
        csvHref={csvHref("service-open-age", query)}
        empty={open.length === 0}
        emptyText={t("service.open.empty")}
        table={openAgeTable(open, labels)}
        chart={
          <DistributionChart
            title={t("service.open.chartTitle")}
            buckets={ageBucketLabels(labels)}
            data={open.map((r) => ({ label: r.ownerName ?? t("noOwner"), counts: r.counts }))}
          />
        }
      />
      <ChartPanel
        title={t("service.months.title")}
        description={t("service.months.description")}
        csvHref={csvHref("service-sla-months", query)}
        empty={sla.length === 0}
        emptyText={t("service.months.empty")}
        table={attainmentMonthsTable(sla, months, labels)}
        tableOpen
      />
      <ChartPanel
        title={t("service.owners.title")}
        description={t("service.owners.description")}
        csvHref={csvHref("service-sla-owners", query)}
        empty={sla.length === 0}
        emptyText={t("service.months.empty")}
        table={attainmentOwnersTable(sla, labels)}
        tableOpen
      />
      <ChartPanel
        title={t("service.escalations.title")}
        description={t("service.escalations.description")}
        csvHref={csvHref("service-escalations", query)}
        empty={escalations.length === 0}
        emptyText={t("service.escalations.empty")}
        table={escalationsTable(escalations, months, labels)}
        tableOpen
      />
    </div>
  );
}
