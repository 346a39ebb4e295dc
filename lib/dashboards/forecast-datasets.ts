import "server-only";
import { getTranslations } from "next-intl/server";
import { pipelineForecast } from "@/db/queries/forecast";
import { latestBacktest } from "@/db/queries/forecast-backtest";
import { backtestMonthsTable, forecastPeriodsTable } from "@/lib/forecast/tables";
import type { Actor } from "@/lib/policy";
import type { DashboardQuery } from "./filters";

type Args = { actor: Actor; query: DashboardQuery };

async function periods(a: Args, unit: "months" | "weeks") {
  const [forecast, t] = await Promise.all([
    pipelineForecast({ actor: a.actor, filters: a.query, now: new Date() }),
    getTranslations("forecast"),
  ]);
  return forecastPeriodsTable(forecast[unit], (key, values) =>
    t(key as Parameters<typeof t>[0], values),
  );
}

/** The forecast tab's tables by CSV name (lib/dashboards/datasets.ts lists them). */
export const FORECAST_DATASETS = {
  "forecast-months": (a: Args) => periods(a, "months"),
  "forecast-weeks": (a: Args) => periods(a, "weeks"),
  "forecast-backtest": async () => {
    const [run, t] = await Promise.all([latestBacktest(), getTranslations("forecast")]);
    return backtestMonthsTable(run?.months ?? [], (key, values) =>
      t(key as Parameters<typeof t>[0], values),
    );
  },
};
