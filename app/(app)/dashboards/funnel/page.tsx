import { Suspense } from "react";
import { PanelSkeleton } from "@/components/dashboards/chart-panel";
import type { SearchParams } from "@/lib/dashboards/filters";
import { ChurnPanel, DropsPanels, FunnelPanel } from "@/components/dashboards/funnel-sections";
import { dashboardView } from "@/lib/dashboards/view";
import { PeriodLine } from "../period-line";

export default async function FunnelPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const { user, query } = await dashboardView(searchParams);
  return (
    <>
      <PeriodLine query={query} />
      <div className="grid gap-6">
        <Suspense fallback={<PanelSkeleton />}>
          <FunnelPanel actor={user} query={query} />
        </Suspense>
        <Suspense fallback={<PanelSkeleton />}>
          <DropsPanels actor={user} query={query} />
        </Suspense>
        <Suspense fallback={<PanelSkeleton />}>
          <ChurnPanel actor={user} query={query} />
        </Suspense>
      </div>
    </>
  );
}
