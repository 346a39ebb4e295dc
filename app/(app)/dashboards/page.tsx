import { Suspense } from "react";
import { PanelSkeleton } from "@/components/dashboards/chart-panel";
import type { SearchParams } from "@/lib/dashboards/filters";
import { TimeInStageSection } from "@/components/dashboards/time-in-stage-section";
import { dashboardView } from "@/lib/dashboards/view";
import { PeriodLine } from "./period-line";

export default async function TimeInStagePage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const { user, query } = await dashboardView(searchParams);
  return (
    <>
      <PeriodLine query={query} />
      <Suspense fallback={<PanelSkeleton count={3} />}>
        <TimeInStageSection actor={user} query={query} />
      </Suspense>
    </>
  );
}
