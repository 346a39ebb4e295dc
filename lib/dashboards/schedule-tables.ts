import type {
  LateAccountRow,
  OwnerSlipRow,
  SlipStats,
  StepSlipRow,
} from "@/db/queries/dashboards-types";
import { share, type Cell, type Labels, type TableModel } from "./tables";

/** The schedule-variance columns after the row header. */
const slipColumns = ({ t }: Labels) =>
  ["finished", "onTime", "late", "onTimeShare", "meanSlip", "medianSlip", "p90Slip"]
    .map((c) => t(`schedule.${c}`))
    .concat(t("schedule.overdueOpen"), t("schedule.unmeasured"));

const slipCells = (s: SlipStats): Cell[] => [
  { count: s.finished },
  { count: s.onTime },
  { count: s.finished - s.onTime },
  share(s.onTime, s.finished),
  { days: s.meanSlip },
  { days: s.medianSlip },
  { days: s.p90Slip },
  { count: s.overdueOpen },
  { count: s.unmeasured },
];

export function slipStepsTable(steps: StepSlipRow[], labels: Labels): TableModel {
  return {
    columns: [labels.t("schedule.step"), ...slipColumns(labels)],
    rows: steps.map((s) => [{ text: labels.step(s.key, s.label) }, ...slipCells(s)]),
  };
}

export function slipOwnersTable(owners: OwnerSlipRow[], labels: Labels): TableModel {
  return {
    columns: [labels.t("scheduleOwners.owner"), ...slipColumns(labels)],
    rows: owners.map((o) => [{ text: o.ownerName ?? labels.t("noOwner") }, ...slipCells(o)]),
  };
}

export function lateAccountsTable(rows: LateAccountRow[], { t }: Labels): TableModel {
  return {
    columns: ["account", "owner", "finished", "onTime", "meanSlip", "maxSlip"].map((c) =>
      t(`lateAccounts.${c}`),
    ),
    rows: rows.map((r) => [
      { text: r.accountName, href: `/accounts/${r.accountId}/schedule` },
      { text: r.ownerName ?? t("noOwner") },
      { count: r.finished },
      { count: r.onTime },
      { days: r.meanSlip },
      { days: r.maxSlip },
    ]),
  };
}
