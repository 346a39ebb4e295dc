import { Suspense } from "react";
import { PanelSkeleton } from "@/components/dashboards/chart-panel";
import { MissedReturnVisits } from "@/components/dashboards/missed-return-visits";
import type { SearchParams } from "@/lib/dashboards/filters";
import { todayIn } from "@/lib/dates";
import { dashboardView } from "@/lib/dashboards/view";
import { env } from "@/lib/env";
import { PeriodLine } from "../../period-line";

const QUARTER = /^\d{4}-Q[1-4]$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** The missed return visits behind a coverage figure (`assignee` = a user id or "none", `quarter` = 2026-Q2). */
export default async function MissedReturnVisitsPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const [{ user, query }, params] = await Promise.all([dashboardView(searchParams), searchParams]);
  const assignee = one(params.assignee);
  const quarter = one(params.quarter);
  return (
    <>
      <PeriodLine query={query} />
      <Suspense fallback={<PanelSkeleton />}>
        <MissedReturnVisits
          actor={user}
          query={query}
          today={todayIn(env.PCRM_TIME_ZONE, new Date())}
          assigneeId={
            assignee === "none" ? null : assignee && UUID.test(assignee) ? assignee : undefined
          }
          quarter={quarter && QUARTER.test(quarter) ? quarter : undefined}
        />
      </Suspense>
    </>
  );
}
