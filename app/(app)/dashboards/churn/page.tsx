import { Suspense } from "react";
import { PanelSkeleton } from "@/components/dashboards/chart-panel";
import { ChurnSection } from "@/components/dashboards/churn-section";
import type { SearchParams } from "@/lib/dashboards/filters";
import { dashboardView } from "@/lib/dashboards/view";
import { PeriodLine } from "../period-line";

export default async function ChurnDashboardPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const { user, query } = await dashboardView(searchParams);
  return (
    <>
      <PeriodLine query={query} />
      <Suspense fallback={<PanelSkeleton />}>
        <ChurnSection actor={user} query={query} />
      </Suspense>
    </>
  );
}
