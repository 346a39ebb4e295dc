import type { TableModel } from "@/lib/dashboards/tables";
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
