import { getFormatter } from "next-intl/server";
import { CohortChart, ThroughputChart } from "@/components/charts/lazy";
import { cycleCohorts, throughput } from "@/db/queries/dashboards-cycle";
import type { Actor } from "@/lib/policy";
import { ChartPanel } from "./chart-panel";
import { csvHref } from "@/lib/dashboards/datasets";
import type { DashboardQuery } from "@/lib/dashboards/filters";
import { getLabels } from "@/lib/dashboards/labels";
import { cycleTable, throughputTable } from "@/lib/dashboards/tables";

type Props = { actor: Actor; query: DashboardQuery };

const utc = (day: string) => new Date(`${day}T00:00:00Z`);

/** Days from creation to execution per monthly creation cohort. */
export async function CyclePanel({ actor, query }: Props) {
  const [data, labels, format] = await Promise.all([
    cycleCohorts({ actor, filters: query }),
    getLabels(),
    getFormatter(),
  ]);
  const { t } = labels;
  return (
    <ChartPanel
      title={t("cycle.title")}
      description={t("cycle.description")}
      csvHref={csvHref("cycle", query)}
      empty={data.every((c) => c.created === 0)}
      emptyText={t("cycle.empty")}
      table={cycleTable(data, labels)}
      chart={
        <CohortChart
          title={t("cycle.title")}
          series={{
            created: t("cycle.created"),
            reached: t("cycle.reached"),
            median: t("cycle.seriesMedian"),
          }}
          data={data.map((c) => ({
            label: format.dateTime(utc(`${c.month}-01`), {
              year: "numeric",
              month: "short",
              timeZone: "UTC",
            }),
            created: c.created,
            reached: c.reached,
            median: c.median,
          }))}
        />
      }
    />
  );
}

/** Accounts entering execution per week (short periods) or month. */
export async function ThroughputPanel({ actor, query }: Props) {
  const [data, labels, format] = await Promise.all([
    throughput({ actor, filters: query }),
    getLabels(),
    getFormatter(),
  ]);
  const { t } = labels;
  const label = (bucket: string) =>
    data.unit === "week"
      ? format.dateTime(utc(bucket), { month: "short", day: "numeric", timeZone: "UTC" })
      : format.dateTime(utc(`${bucket}-01`), { year: "numeric", month: "short", timeZone: "UTC" });
  return (
    <ChartPanel
      title={t("throughput.title")}
      description={t("throughput.description", { unit: data.unit })}
      csvHref={csvHref("throughput", query)}
      empty={data.points.every((p) => p.entered === 0)}
      emptyText={t("throughput.empty")}
      table={throughputTable(data, labels)}
      chart={
        <>
          <ThroughputChart
            title={t("throughput.title")}
            valueLabel={t("throughput.entered")}
            data={data.points.map((p) => ({
              label: label(p.bucket),
              entered: p.entered,
              partial:
                p.days < p.span
                  ? t("throughput.partialTip", { days: p.days, span: p.span })
                  : undefined,
            }))}
          />
          {data.points.some((p) => p.days < p.span) ? (
            <p className="mt-1 text-xs text-slate-500" data-testid="throughput-partial-note">
              {t("throughput.partialNote", { unit: data.unit })}
            </p>
          ) : null}
        </>
      }
    />
  );
}
