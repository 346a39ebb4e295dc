import type {
  AttainmentRow,
  EscalationLevelRow,
  OpenAgeRow,
} from "@/db/queries/dashboards-service";
import {
  attainment,
  OPEN_AGE_BOUNDS,
  rollUp,
  type AttainmentCounts,
} from "@/lib/service/attainment";
import type { Cell, Labels, TableModel } from "./tables";

/** Names of the open-request age buckets: under 1 day, 1–3 days, … 30 days and over. */
export const ageBucketLabels = ({ t }: Labels) => [
  t("service.age.first", { to: OPEN_AGE_BOUNDS[0] }),
  ...OPEN_AGE_BOUNDS.slice(1).map((to, i) =>
    t("service.age.middle", { from: OPEN_AGE_BOUNDS[i]!, to }),
  ),
  t("service.age.last", { from: OPEN_AGE_BOUNDS.at(-1)! }),
];

/** Per owner: open requests in each age bucket and in all. */
export function openAgeTable(rows: OpenAgeRow[], labels: Labels): TableModel {
  const { t } = labels;
  return {
    columns: [t("service.owner"), ...ageBucketLabels(labels), t("service.total")],
    rows: rows.map((r) => [
      { text: r.ownerName ?? t("noOwner") },
      ...r.counts.map((count) => ({ count })),
      { count: r.counts.reduce((s, n) => s + n, 0) },
    ]),
  };
}

const ATTAINMENT_COLUMNS = [
  "requests",
  "firstResponseMet",
  "firstResponseMissed",
  "firstResponseShare",
  "resolutionMet",
  "resolutionMissed",
  "resolutionShare",
] as const;

const attainmentCells = (c: AttainmentCounts): Cell[] => [
  { count: c.requests },
  { count: c.firstResponseMet },
  { count: c.firstResponseMissed },
  { share: attainment(c.firstResponseMet, c.firstResponseMissed) },
  { count: c.resolutionMet },
  { count: c.resolutionMissed },
  { share: attainment(c.resolutionMet, c.resolutionMissed) },
];

/** Per month received (every month of the period): requests, each clock's met, missed and attainment. */
export function attainmentMonthsTable(
  rows: AttainmentRow[],
  months: readonly string[],
  { t }: Labels,
): TableModel {
  return {
    columns: [t("service.month"), ...ATTAINMENT_COLUMNS.map((c) => t(`service.${c}`))],
    rows: rollUp(rows, (r) => months[r.month - 1] ?? "", months).map((m) => [
      { text: m.key },
      ...attainmentCells(m.counts),
    ]),
  };
}

/** Per owner over the whole period: requests, each clock's met, missed and attainment. */
export function attainmentOwnersTable(rows: AttainmentRow[], { t }: Labels): TableModel {
  const names = new Map(rows.map((r) => [r.ownerId ?? "", r.ownerName ?? t("noOwner")]));
  return {
    columns: [t("service.owner"), ...ATTAINMENT_COLUMNS.map((c) => t(`service.${c}`))],
    rows: rollUp(rows, (r) => r.ownerId ?? "", []).map((o) => [
      { text: names.get(o.key)! },
      ...attainmentCells(o.counts),
    ]),
  };
}

/** Per month and level (clock × who was told): steps fired, acknowledged and the acknowledged share. */
export function escalationsTable(
  rows: EscalationLevelRow[],
  months: readonly string[],
  { t }: Labels,
): TableModel {
  return {
    columns: ["month", "level", "fired", "acknowledged", "acknowledgedShare"].map((c) =>
      t(`service.${c}`),
    ),
    rows: rows.map((r) => [
      { text: months[r.month - 1] ?? "" },
      { text: t("service.levelName", { clock: r.clock, target: r.target }) },
      { count: r.fired },
      { count: r.acknowledged },
      { share: r.fired > 0 ? r.acknowledged / r.fired : null },
    ]),
  };
}
