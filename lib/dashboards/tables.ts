import type {
  Aging,
  ChurnReport,
  CycleCohort,
  DropsReport,
  Funnel,
  MedianTrendPoint,
  OwnerTiming,
  StageTiming,
  Throughput,
} from "@/db/queries/dashboards-types";
import { DURATION_BUCKETS, TIMED_STAGES } from "@/db/queries/dashboards-types";
import type { ChurnType, Stage } from "@/lib/stages/stages";
import { withSearch, type DashboardQuery } from "./filters";

/**
 * A table cell: text (a row header when first), a count, days, a share (0–1), or an
 * amount of money in integer minor units of `currency`.
 */
export type Cell =
  | { text: string; href?: string }
  | { count: number; href?: string; label?: string }
  | { days: number | null }
  | { share: number | null }
  | { money: number | null; currency: string };
export type TableModel = { columns: string[]; rows: Cell[][] };

export type Labels = {
  t: (key: string, values?: Record<string, string | number>) => string;
  stage: (stage: Stage) => string;
  churnType: (type: ChurnType) => string;
  /** A schedule step's name in the request's language: a seeded step by its key, another by its label. */
  step: (key: string, label: string) => string;
  /** A reference item's name in the request's language. */
  reference: (names: { en: string | null; zh: string | null }) => string | null;
};

/** `part` of `whole`, or an empty cell when there is no whole. */
export const share = (part: number, whole: number): Cell => ({
  share: whole > 0 ? part / whole : null,
});

export const bucketLabels = ({ t }: Labels) => [
  t("distribution.first", { to: DURATION_BUCKETS[0] }),
  ...DURATION_BUCKETS.slice(1).map((to, i) =>
    t("distribution.middle", { from: DURATION_BUCKETS[i]!, to }),
  ),
  t("distribution.last", { from: DURATION_BUCKETS.at(-1)! }),
];

export function stageTimingTable(stages: StageTiming[], { t, stage }: Labels): TableModel {
  return {
    columns: ["stage", "stays", "p25", "median", "p75", "p90"].map((c) => t(`timeInStage.${c}`)),
    rows: stages.map((s) => [
      { text: stage(s.stage) },
      { count: s.stays },
      { days: s.timing?.p25 ?? null },
      { days: s.timing?.median ?? null },
      { days: s.timing?.p75 ?? null },
      { days: s.timing?.p90 ?? null },
    ]),
  };
}

export function distributionTable(stages: StageTiming[], labels: Labels): TableModel {
  return {
    columns: [labels.t("timeInStage.stage"), ...bucketLabels(labels)],
    rows: stages.map((s) => [
      { text: labels.stage(s.stage) },
      ...s.buckets.map((count) => ({ count })),
    ]),
  };
}

export function trendTable(trend: MedianTrendPoint[], months: string[], { t, stage }: Labels) {
  return {
    columns: [t("trend.month"), ...TIMED_STAGES.map(stage)],
    rows: months.map((month) => [
      { text: month },
      ...TIMED_STAGES.map((s) => ({
        days: trend.find((p) => p.month === month && p.stage === s)?.median ?? null,
      })),
    ]),
  } satisfies TableModel;
}

export function funnelTable(funnel: Funnel, { t, stage }: Labels): TableModel {
  return {
    columns: ["stage", "reached", "conversion", "ofCreated"].map((c) => t(`funnel.${c}`)),
    rows: funnel.steps.map((s, i) => [
      { text: stage(s.stage) },
      { count: s.reached },
      i === 0 ? { share: null } : share(s.reached, funnel.steps[i - 1]!.reached),
      share(s.reached, funnel.created),
    ]),
  };
}

export function dropsTable(drops: DropsReport, { t, stage }: Labels): TableModel {
  return {
    columns: [t("drops.stage"), t("drops.count"), t("drops.share")],
    rows: drops.byStage.map((d) => [
      { text: stage(d.key) },
      { count: d.count },
      share(d.count, drops.total),
    ]),
  };
}

export function dropReasonsTable(drops: DropsReport, { t }: Labels): TableModel {
  return {
    columns: [t("dropReasons.reason"), t("drops.count"), t("drops.share")],
    rows: drops.reasons.map((r) => [
      { text: r.reason || t("dropReasons.none") },
      { count: r.count },
      share(r.count, drops.total),
    ]),
  };
}

export function churnTable(churn: ChurnReport, { t, churnType }: Labels): TableModel {
  return {
    columns: [t("churn.type"), t("churn.count"), t("drops.share")],
    rows: churn.byType.map((c) => [
      { text: churnType(c.key) },
      { count: c.count },
      share(c.count, churn.total),
    ]),
  };
}

export function cycleTable(cohorts: CycleCohort[], { t }: Labels): TableModel {
  return {
    columns: ["month", "created", "reached", "share", "median", "p75", "p90"].map((c) =>
      t(`cycle.${c}`),
    ),
    rows: cohorts.map((c) => [
      { text: c.month },
      { count: c.created },
      { count: c.reached },
      share(c.reached, c.created),
      { days: c.median },
      { days: c.p75 },
      { days: c.p90 },
    ]),
  };
}

export function throughputTable(throughput: Throughput, { t }: Labels): TableModel {
  return {
    columns: [
      t(`throughput.${throughput.unit}`),
      t("throughput.entered"),
      t("throughput.daysInPeriod"),
    ],
    rows: throughput.points.map((p) => [
      { text: p.bucket },
      { count: p.entered },
      { count: p.days },
    ]),
  };
}

/**
 * The account list of overdue accounts (of one stage), with the dashboard's account
 * filters; `owner` narrows it to one owner's row of a table, `null` to the accounts
 * nobody owns.
 */
export function overdueHref(query: DashboardQuery, stage?: Stage, owner?: string | null) {
  const search = new URLSearchParams();
  if (stage) search.set("stage", stage);
  search.set("overdue", "1");
  const ownerParam = owner === null ? "none" : (owner ?? query.ownerId);
  if (ownerParam) search.set("owner", ownerParam);
  if (query.industryId) search.set("industry", String(query.industryId));
  if (query.grade) search.set("grade", query.grade);
  if (query.sourceId) search.set("source", String(query.sourceId));
  return withSearch("/accounts", search);
}

export function agingStageTable(
  aging: Aging,
  query: DashboardQuery,
  { t, stage }: Labels,
): TableModel {
  return {
    columns: ["stage", "expected", "open", "overdue", "share", "oldest"].map((c) =>
      t(`aging.${c}`),
    ),
    rows: aging.stages.map((s) => [
      { text: stage(s.stage) },
      { count: s.expectedDays },
      { count: s.open },
      {
        count: s.overdue,
        href: s.overdue > 0 ? overdueHref(query, s.stage) : undefined,
        label: t("aging.openList", { count: s.overdue, stage: stage(s.stage) }),
      },
      share(s.overdue, s.open),
      { days: s.oldestDays },
    ]),
  };
}

export function agingOwnerTable(
  aging: Aging,
  query: DashboardQuery,
  { t, stage }: Labels,
): TableModel {
  const stages = aging.stages.map((s) => s.stage);
  return {
    columns: [t("agingOwners.owner"), ...stages.map(stage), t("agingOwners.total")],
    rows: aging.owners.map((o) => {
      const owner = o.ownerName ?? t("noOwner");
      const link = (count: number, s?: Stage) =>
        count > 0
          ? {
              href: overdueHref(query, s, o.ownerId),
              label: s
                ? o.ownerId
                  ? t("agingOwners.openStage", { count, stage: stage(s), owner })
                  : t("agingOwners.openStageUnowned", { count, stage: stage(s) })
                : o.ownerId
                  ? t("agingOwners.openAll", { count, owner })
                  : t("agingOwners.openAllUnowned", { count }),
            }
          : {};
      return [
        { text: owner },
        ...stages.map((s) => ({ count: o.byStage[s] ?? 0, ...link(o.byStage[s] ?? 0, s) })),
        { count: o.overdue, ...link(o.overdue) },
      ];
    }),
  };
}

export function ownersTable(
  rows: OwnerTiming[],
  query: DashboardQuery,
  { t, stage }: Labels,
): TableModel {
  return {
    columns: [
      t("owners.owner"),
      t("owners.stays"),
      t("owners.typical"),
      ...TIMED_STAGES.map(stage),
      t("owners.reached"),
      t("owners.open"),
      t("owners.overdue"),
    ],
    rows: rows.map((r) => {
      const owner = r.ownerName ?? t("noOwner");
      return [
        { text: owner },
        { count: r.stays },
        { days: r.typicalDays },
        ...TIMED_STAGES.map((s) => ({ days: r.medianByStage[s] ?? null })),
        { count: r.reachedExecution },
        { count: r.open },
        r.overdue > 0
          ? {
              count: r.overdue,
              href: overdueHref(query, undefined, r.ownerId),
              label: r.ownerId
                ? t("agingOwners.openAll", { count: r.overdue, owner })
                : t("agingOwners.openAllUnowned", { count: r.overdue }),
            }
          : { count: r.overdue },
      ];
    }),
  };
}
