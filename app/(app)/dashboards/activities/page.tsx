import { Suspense } from "react";
import {
  ActivitiesWeeklySection,
  FilingDelaySection,
} from "@/components/dashboards/activities-sections";
import { PanelSkeleton } from "@/components/dashboards/chart-panel";
import type { SearchParams } from "@/lib/dashboards/filters";
import { dashboardView } from "@/lib/dashboards/view";
import { PeriodLine } from "../period-line";

export default async function ActivitiesDashboardPage({
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
          <ActivitiesWeeklySection actor={user} query={query} />
        </Suspense>
        <Suspense fallback={<PanelSkeleton />}>
          <FilingDelaySection actor={user} query={query} />
        </Suspense>
      </div>
    </>
  );
}
