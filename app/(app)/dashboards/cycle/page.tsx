import { Suspense } from "react";
import { PanelSkeleton } from "@/components/dashboards/chart-panel";
import { CyclePanel, ThroughputPanel } from "@/components/dashboards/cycle-sections";
import type { SearchParams } from "@/lib/dashboards/filters";
import { dashboardView } from "@/lib/dashboards/view";
import { PeriodLine } from "../period-line";

export default async function CyclePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { user, query } = await dashboardView(searchParams);
  return (
    <>
      <PeriodLine query={query} />
      <div className="grid gap-6">
        <Suspense fallback={<PanelSkeleton />}>
          <CyclePanel actor={user} query={query} />
        </Suspense>
        <Suspense fallback={<PanelSkeleton />}>
          <ThroughputPanel actor={user} query={query} />
        </Suspense>
      </div>
    </>
  );
}
