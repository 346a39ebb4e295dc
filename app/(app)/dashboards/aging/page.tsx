import { Suspense } from "react";
import { AgingSection } from "@/components/dashboards/aging-section";
import { PanelSkeleton } from "@/components/dashboards/chart-panel";
import type { SearchParams } from "@/lib/dashboards/filters";
import { dashboardView } from "@/lib/dashboards/view";

export default async function AgingPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { user, query } = await dashboardView(searchParams);
  return (
    <Suspense fallback={<PanelSkeleton count={2} />}>
      <AgingSection actor={user} query={query} />
    </Suspense>
  );
}
