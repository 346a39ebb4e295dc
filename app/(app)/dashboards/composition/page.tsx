import { Suspense } from "react";
import { PanelSkeleton } from "@/components/dashboards/chart-panel";
import { CompositionSection } from "@/components/dashboards/composition-section";
import type { SearchParams } from "@/lib/dashboards/filters";
import { dashboardView } from "@/lib/dashboards/view";
import { PeriodLine } from "../period-line";

export default async function CompositionDashboardPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const { user, query } = await dashboardView(searchParams);
  return (
    <>
      <PeriodLine query={query} />
      <Suspense fallback={<PanelSkeleton />}>
        <CompositionSection actor={user} query={query} />
      </Suspense>
    </>
  );
}
