import { Suspense } from "react";
import { PanelSkeleton } from "@/components/dashboards/chart-panel";
import type { SearchParams } from "@/lib/dashboards/filters";
import { OwnersSection } from "@/components/dashboards/owners-section";
import { dashboardView } from "@/lib/dashboards/view";
import { PeriodLine } from "../period-line";

export default async function OwnersPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const { user, query } = await dashboardView(searchParams);
  return (
    <>
      <PeriodLine query={query} />
      <Suspense fallback={<PanelSkeleton />}>
        <OwnersSection actor={user} query={query} />
      </Suspense>
    </>
  );
}
