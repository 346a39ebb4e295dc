import type { TableModel } from "@/lib/dashboards/tables";
import type { BacktestMonth } from "@/db/schema/forecast";
import type { ForecastPeriod } from "./periods";

type T = (key: string, values?: Record<string, string | number>) => string;

/**
 * The forecast per period as a dashboard table (screen and CSV alike). The expected
 * count is a sum of chances, so it keeps one decimal (the `days` cell's format).
 */
export function forecastPeriodsTable(periods: readonly ForecastPeriod[], t: T): TableModel {
  return {
    columns: [
      t("pipeline.from"),
      t("pipeline.to"),
      t("pipeline.expected"),
      t("pipeline.p10"),
      t("pipeline.p90"),
    ],
    rows: periods.map((p) => [
      { text: p.from },
      { text: p.to },
      { days: p.expected },
      { count: p.p10 },
      { count: p.p90 },
    ]),
  };
}

/** A backtest's months: the forecast count against the actual one. */
export function backtestMonthsTable(months: readonly BacktestMonth[], t: T): TableModel {
  return {
    columns: [t("backtest.month"), t("backtest.expected"), t("backtest.actual")],
    rows: months.map((m) => [{ text: m.month }, { days: m.expected }, { count: m.actual }]),
  };
}
