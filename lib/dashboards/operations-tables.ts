import {
  FILING_DELAY_BUCKETS,
  type ActivityWeekRow,
  type FilingDelayRow,
} from "@/db/queries/dashboards-activities";
import type { CoverageReportRow, MissedReturnVisit } from "@/db/queries/dashboards-coverage";
import { ACTIVITY_TYPES, type ActivityType } from "@/lib/activities/types";
import { dashboardSearch, withSearch, type DashboardQuery } from "./filters";
import type { Labels, TableModel } from "./tables";

const typeLabel = ({ t }: Labels, type: ActivityType) => t(`activityType.${type}`);

/** Per manager and week: how many activities of each type, and the total. */
export function activityWeeksTable(rows: ActivityWeekRow[], labels: Labels): TableModel {
  const { t } = labels;
  const groups = new Map<string, { owner: string; week: string; counts: Map<string, number> }>();
  for (const r of rows) {
    const key = `${r.ownerId ?? ""}|${r.week}`;
    let group = groups.get(key);
    if (!group) {
      group = { owner: r.ownerName ?? t("noOwner"), week: r.week, counts: new Map() };
      groups.set(key, group);
    }
    group.counts.set(r.type, r.count);
  }
  return {
    columns: [
      t("activities.owner"),
      t("activities.week"),
      ...ACTIVITY_TYPES.map((type) => typeLabel(labels, type)),
      t("activities.total"),
    ],
    rows: [...groups.values()].map((g) => [
      { text: g.owner },
      { text: g.week },
      ...ACTIVITY_TYPES.map((type) => ({ count: g.counts.get(type) ?? 0 })),
      { count: [...g.counts.values()].reduce((s, n) => s + n, 0) },
    ]),
  };
}

/** Bucket names of the filing-delay distribution: on time, then the late buckets. */
export const filingBucketLabels = ({ t }: Labels) => [
  t("filing.onTime"),
  t("filing.first", { to: FILING_DELAY_BUCKETS[0] }),
  ...FILING_DELAY_BUCKETS.slice(1).map((to, i) =>
    t("filing.middle", { from: FILING_DELAY_BUCKETS[i]!, to }),
  ),
  t("filing.last", { from: FILING_DELAY_BUCKETS.at(-1)! }),
];

/** Per type: activities, on time, late per bucket of working hours, late share and mean delay. */
export function filingDelayTable(rows: FilingDelayRow[], labels: Labels): TableModel {
  const { t } = labels;
  return {
    columns: [
      t("filing.type"),
      t("filing.total"),
      ...filingBucketLabels(labels),
      t("filing.lateShare"),
      t("filing.meanLate"),
    ],
    rows: rows.map((r) => [
      { text: typeLabel(labels, r.type) },
      { count: r.total },
      { count: r.onTime },
      ...r.late.map((count) => ({ count })),
      { share: r.total > 0 ? (r.total - r.onTime) / r.total : null },
      { text: r.meanLateHours === null ? "" : String(r.meanLateHours) },
    ]),
  };
}

/** The missed return visits of one manager (`null`: unassigned) and quarter, under the same filters. */
export function missedHref(query: DashboardQuery, assigneeId: string | null, quarter: string) {
  const search = dashboardSearch(query);
  search.set("assignee", assigneeId ?? "none");
  search.set("quarter", quarter);
  return withSearch("/dashboards/coverage/missed", search);
}

/** Per manager and quarter: triggered, completed within the window, pending, missed, coverage. */
export function coverageTable(
  rows: CoverageReportRow[],
  query: DashboardQuery,
  { t }: Labels,
): TableModel {
  return {
    columns: ["assignee", "quarter", "triggered", "inWindow", "pending", "missed", "coverage"].map(
      (c) => t(`coverage.${c}`),
    ),
    rows: rows.map((r) => {
      const owner = r.assigneeName ?? t("noOwner");
      return [
        { text: owner },
        { text: r.quarter },
        { count: r.triggered },
        { count: r.completedInWindow },
        { count: r.pending },
        r.missed > 0
          ? {
              count: r.missed,
              href: missedHref(query, r.assigneeId, r.quarter),
              label: t("coverage.missedLink", { count: r.missed, owner, quarter: r.quarter }),
            }
          : { count: 0 },
        { share: r.coverage },
      ];
    }),
  };
}

/** The missed return visits: account, manager, trigger, window, due day, status. */
export function missedTable(rows: MissedReturnVisit[], { t }: Labels): TableModel {
  return {
    columns: ["account", "assignee", "trigger", "windowEndsOn", "dueDate", "status"].map((c) =>
      t(`missed.${c}`),
    ),
    rows: rows.map((r) => [
      { text: `${r.accountName} (${r.accountCode})`, href: `/accounts/${r.accountId}` },
      { text: r.assigneeName ?? t("noOwner") },
      { text: t("missed.triggerKey", { key: r.triggerKey ?? "other" }) },
      { text: r.windowEndsOn },
      { text: r.dueDate },
      { text: t(`missed.state.${r.status}`) },
    ]),
  };
}
