import { Suspense } from "react";
import { PanelSkeleton } from "@/components/dashboards/chart-panel";
import { ContributionSection } from "@/components/dashboards/contribution-section";
import type { SearchParams } from "@/lib/dashboards/filters";
import { dashboardView } from "@/lib/dashboards/view";

/** Trailing values as of the latest recompute: the period does not apply, so no period line. */
export default async function ContributionDashboardPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const { user, query } = await dashboardView(searchParams);
  return (
    <>
      <Suspense fallback={<PanelSkeleton />}>
        <ContributionSection actor={user} query={query} />
      </Suspense>
    </>
  );
}
