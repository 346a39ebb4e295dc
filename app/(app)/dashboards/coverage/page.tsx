import { Suspense } from "react";
import { PanelSkeleton } from "@/components/dashboards/chart-panel";
import { CoverageSection } from "@/components/dashboards/coverage-section";
import type { SearchParams } from "@/lib/dashboards/filters";
import { todayIn } from "@/lib/dates";
import { dashboardView } from "@/lib/dashboards/view";
import { env } from "@/lib/env";
import { PeriodLine } from "../period-line";

export default async function CoverageDashboardPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const { user, query } = await dashboardView(searchParams);
  return (
    <>
      <PeriodLine query={query} />
      <Suspense fallback={<PanelSkeleton />}>
        <CoverageSection
          actor={user}
          query={query}
          today={todayIn(env.PCRM_TIME_ZONE, new Date())}
        />
      </Suspense>
    </>
  );
}
