import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { PanelSkeleton } from "@/components/dashboards/chart-panel";
import { CostSections } from "@/components/dashboards/cost-sections";
import { ScheduleSections } from "@/components/dashboards/schedule-sections";
import type { SearchParams } from "@/lib/dashboards/filters";
import { dashboardView } from "@/lib/dashboards/view";
import { PeriodLine } from "../period-line";

/**
 * Schedule variance and cost plan vs actual. Period rule (also in the caption):
 * schedule steps count when they finished in the period, or fell due in it by their
 * current plan and are still open; cost plans count when a director approved them
 * in the period (see db/queries/dashboards-schedule.ts and dashboards-cost.ts).
 */
export default async function DeliveryPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const [{ user, query }, t] = await Promise.all([
    dashboardView(searchParams),
    getTranslations("dashboards.delivery"),
  ]);
  return (
    <>
      <PeriodLine query={query} />
      <p className="-mt-2 mb-4 text-sm text-slate-600">{t("periodRule")}</p>
      <div className="grid gap-6">
        <Suspense fallback={<PanelSkeleton count={3} />}>
          <ScheduleSections actor={user} query={query} />
        </Suspense>
        <Suspense fallback={<PanelSkeleton count={2} />}>
          <CostSections actor={user} query={query} />
        </Suspense>
      </div>
    </>
  );
}
