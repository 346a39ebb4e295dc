import { getFormatter, getTranslations } from "next-intl/server";
import { ForecastChart } from "@/components/charts/lazy";
import { Card } from "@/components/ui/card";
import { pipelineForecast } from "@/db/queries/forecast";
import { latestBacktest } from "@/db/queries/forecast-backtest";
import { csvHref } from "@/lib/dashboards/datasets";
import type { DashboardQuery } from "@/lib/dashboards/filters";
import { backtestMonthsTable, forecastPeriodsTable } from "@/lib/forecast/tables";
import type { Actor } from "@/lib/policy";
import { ChartPanel } from "./chart-panel";

type Props = { actor: Actor; query: DashboardQuery; now: Date };

const utc = (day: string) => new Date(`${day}T00:00:00Z`);

/** The pipeline forecast: by month as a chart and table, by week as a table. */
export async function ForecastPanels({ actor, query, now }: Props) {
  const [forecast, t, format] = await Promise.all([
    pipelineForecast({ actor, filters: query, now }),
    getTranslations("forecast"),
    getFormatter(),
  ]);
  const text = (key: string, values?: Record<string, string | number>) =>
    t(key as Parameters<typeof t>[0], values);
  const empty = forecast.accounts === 0;
  return (
    <>
      <ChartPanel
        title={t("pipeline.title")}
        description={
          <>
            {t("pipeline.description", { accounts: format.number(forecast.accounts) })}
            {forecast.beyondHistory > 0 ? (
              <> {t("pipeline.beyond", { count: forecast.beyondHistory })}</>
            ) : null}
          </>
        }
        csvHref={csvHref("forecast-months", query)}
        empty={empty}
        emptyText={t("pipeline.empty")}
        table={forecastPeriodsTable(forecast.months, text)}
        chart={
          <ForecastChart
            title={t("pipeline.title")}
            series={{
              expected: t("pipeline.expected"),
              p10: t("pipeline.p10"),
              p90: t("pipeline.p90"),
            }}
            data={forecast.months.map((m) => ({
              label: format.dateTime(utc(m.from), {
                year: "numeric",
                month: "short",
                timeZone: "UTC",
              }),
              expected: Math.round(m.expected * 10) / 10,
              p10: m.p10,
              p90: m.p90,
            }))}
          />
        }
      />
      <ChartPanel
        title={t("pipeline.weeksTitle")}
        description={t("pipeline.weeksDescription")}
        csvHref={csvHref("forecast-weeks", query)}
        empty={empty}
        emptyText={t("pipeline.empty")}
        table={forecastPeriodsTable(forecast.weeks, text)}
      />
    </>
  );
}

/** The method in plain words, on the page (and on paper). */
export async function ForecastMethod() {
  const t = await getTranslations("forecast.method");
  return (
    <Card title={t("title")}>
      <p className="text-sm text-slate-700">{t("body")}</p>
      <p className="mt-2 text-sm text-slate-600">{t("histograms")}</p>
    </Card>
  );
}

/** How the forecast made two quarters ago fared: the latest stored backtest. */
export async function BacktestPanel({ query }: { query: DashboardQuery }) {
  const [run, t, format] = await Promise.all([
    latestBacktest(),
    getTranslations("forecast"),
    getFormatter(),
  ]);
  const text = (key: string, values?: Record<string, string | number>) =>
    t(key as Parameters<typeof t>[0], values);
  const number = (n: number) => format.number(n, { maximumFractionDigits: 1 });
  return (
    <ChartPanel
      title={t("backtest.title")}
      description={
        run ? (
          <>
            {t("backtest.description", {
              asOf: format.dateTime(utc(run.asOf), { dateStyle: "medium", timeZone: "UTC" }),
            })}{" "}
            {t("backtest.calibration", {
              share: format.number(run.reached ? run.reachedByP80 / run.reached : 0, {
                style: "percent",
                maximumFractionDigits: 0,
              }),
            })}{" "}
            {t("backtest.reach", {
              expected: number(run.expectedReach),
              actual: number(run.reached),
            })}{" "}
            {t("backtest.error", { error: number(run.monthlyError) })}
          </>
        ) : (
          ""
        )
      }
      csvHref={csvHref("forecast-backtest", query)}
      empty={!run}
      emptyText={t("backtest.empty")}
      table={backtestMonthsTable(run?.months ?? [], text)}
      tableOpen
    />
  );
}
