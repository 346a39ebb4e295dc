import { Suspense } from "react";
import { PanelSkeleton } from "@/components/dashboards/chart-panel";
import { ServiceMixSection } from "@/components/dashboards/service-mix-section";
import type { SearchParams } from "@/lib/dashboards/filters";
import { dashboardView } from "@/lib/dashboards/view";
import { PeriodLine } from "../period-line";

export default async function ServiceMixDashboardPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const { user, query } = await dashboardView(searchParams);
  return (
    <>
      <PeriodLine query={query} />
      <Suspense fallback={<PanelSkeleton />}>
        <ServiceMixSection actor={user} query={query} />
      </Suspense>
    </>
  );
}
