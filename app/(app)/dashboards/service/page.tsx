import { Suspense } from "react";
import { PanelSkeleton } from "@/components/dashboards/chart-panel";
import { ServiceSection } from "@/components/dashboards/service-section";
import type { SearchParams } from "@/lib/dashboards/filters";
import { dashboardView } from "@/lib/dashboards/view";
import { PeriodLine } from "../period-line";

export default async function ServiceDashboardPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const { user, query } = await dashboardView(searchParams);
  return (
    <>
      <PeriodLine query={query} />
      <Suspense fallback={<PanelSkeleton />}>
        <ServiceSection actor={user} query={query} now={new Date()} />
      </Suspense>
    </>
  );
}
