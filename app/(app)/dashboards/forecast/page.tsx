import { Suspense } from "react";
import { PanelSkeleton } from "@/components/dashboards/chart-panel";
import {
  BacktestPanel,
  ForecastMethod,
  ForecastPanels,
} from "@/components/dashboards/forecast-sections";
import type { SearchParams } from "@/lib/dashboards/filters";
import { dashboardView } from "@/lib/dashboards/view";

export default async function ForecastPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const { user, query } = await dashboardView(searchParams);
  return (
    <div className="grid gap-6">
      <Suspense fallback={<PanelSkeleton count={2} />}>
        <ForecastPanels actor={user} query={query} now={new Date()} />
      </Suspense>
      <Suspense fallback={<PanelSkeleton />}>
        <BacktestPanel query={query} />
      </Suspense>
      <ForecastMethod />
    </div>
  );
}
