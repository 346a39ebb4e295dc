"use client";
import dynamic from "next/dynamic";
import { CHART_HEIGHT } from "./chart-theme";

/**
 * The dashboards' charts, loaded after the page: recharts (~115 KB gzip) is not part
 * of a dashboard's first load, so its tables (server-rendered) show and work at once
 * and each chart takes its place when its code arrives. Charts render in the browser
 * only (a chart sizes itself to its container, which the server cannot measure).
 */
function ChartSpace() {
  return <div aria-hidden="true" style={{ height: CHART_HEIGHT }} />;
}

export const AgingChart = dynamic(() => import("./aging-chart").then((m) => m.AgingChart), {
  ssr: false,
  loading: ChartSpace,
});
export const BreakdownChart = dynamic(
  () => import("./breakdown-chart").then((m) => m.BreakdownChart),
  { ssr: false, loading: ChartSpace },
);
export const CohortChart = dynamic(() => import("./cohort-chart").then((m) => m.CohortChart), {
  ssr: false,
  loading: ChartSpace,
});
export const OnTimeChart = dynamic(() => import("./delivery-charts").then((m) => m.OnTimeChart), {
  ssr: false,
  loading: ChartSpace,
});
export const PlanActualChart = dynamic(
  () => import("./delivery-charts").then((m) => m.PlanActualChart),
  { ssr: false, loading: ChartSpace },
);
export const DistributionChart = dynamic(
  () => import("./distribution-chart").then((m) => m.DistributionChart),
  { ssr: false, loading: ChartSpace },
);
export const StageTimingChart = dynamic(
  () => import("./stage-timing-chart").then((m) => m.StageTimingChart),
  { ssr: false, loading: ChartSpace },
);
export const ThroughputChart = dynamic(
  () => import("./throughput-chart").then((m) => m.ThroughputChart),
  { ssr: false, loading: ChartSpace },
);
export const TrendChart = dynamic(() => import("./trend-chart").then((m) => m.TrendChart), {
  ssr: false,
  loading: ChartSpace,
});
export const ForecastChart = dynamic(
  () => import("./forecast-chart").then((m) => m.ForecastChart),
  { ssr: false, loading: ChartSpace },
);
export const ParetoChart = dynamic(() => import("./pareto-chart").then((m) => m.ParetoChart), {
  ssr: false,
  loading: ChartSpace,
});
