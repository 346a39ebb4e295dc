import type {
  CostAccountRow,
  CostDelivery,
  CostSums,
  LateAccountRow,
  OwnerSlipRow,
  SlipStats,
  StepSlipRow,
} from "@/db/queries/dashboards-types";
import type { Cell, Labels, TableModel } from "./tables";

const share = (part: number, whole: number): Cell => ({ share: whole > 0 ? part / whole : null });

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

/** Planned, actual, forecast, variance and its share of the plan. */
const moneyCells = (
  s: Pick<
    CostSums,
    "currency" | "plannedMinor" | "actualMinor" | "forecastMinor" | "varianceMinor"
  >,
): Cell[] => [
  { money: s.plannedMinor, currency: s.currency },
  { money: s.actualMinor, currency: s.currency },
  { money: s.forecastMinor, currency: s.currency },
  { money: s.varianceMinor, currency: s.currency },
  { share: s.plannedMinor > 0 ? s.varianceMinor / s.plannedMinor : null },
];
const moneyColumns = ({ t }: Labels) =>
  ["planned", "actual", "forecast", "variance", "variancePct"].map((c) => t(`cost.${c}`));

export function costTotalsTable(cost: CostDelivery, labels: Labels): TableModel {
  const { t } = labels;
  return {
    columns: [
      t("cost.currency"),
      t("cost.plans"),
      ...moneyColumns(labels),
      t("cost.withBudget"),
      t("cost.overBudget"),
      t("cost.overPlan"),
      t("cost.linesWithoutActual"),
    ],
    rows: cost.totals.map((s) => [
      { text: s.currency },
      { count: s.plans },
      ...moneyCells(s),
      { count: s.withBudget },
      { count: s.overBudget },
      { count: s.overPlan },
      { count: s.linesWithoutActual },
    ]),
  };
}

const groupColumns = (labels: Labels, first: string) => [
  first,
  labels.t("cost.currency"),
  labels.t("cost.plans"),
  ...moneyColumns(labels),
  labels.t("cost.overBudget"),
  labels.t("cost.overPlan"),
];
const groupCells = (s: CostSums): Cell[] => [
  { text: s.currency },
  { count: s.plans },
  ...moneyCells(s),
  { count: s.overBudget },
  { count: s.overPlan },
];

export function costOwnersTable(cost: CostDelivery, labels: Labels): TableModel {
  return {
    columns: groupColumns(labels, labels.t("costOwners.owner")),
    rows: cost.owners.map((o) => [{ text: o.ownerName ?? labels.t("noOwner") }, ...groupCells(o)]),
  };
}

export function costIndustriesTable(cost: CostDelivery, labels: Labels): TableModel {
  return {
    columns: groupColumns(labels, labels.t("costIndustries.industry")),
    rows: cost.industries.map((r) => [
      {
        text:
          labels.reference({ en: r.industryEn, zh: r.industryZh }) ??
          labels.t("costIndustries.none"),
      },
      ...groupCells(r),
    ]),
  };
}

export function costAccountsTable(rows: CostAccountRow[], labels: Labels): TableModel {
  const { t } = labels;
  return {
    columns: [
      t("costAccounts.account"),
      t("costAccounts.owner"),
      t("cost.currency"),
      ...moneyColumns(labels),
      t("costAccounts.budget"),
      t("costAccounts.overBudget"),
    ],
    rows: rows.map((r) => [
      { text: r.accountName, href: `/accounts/${r.accountId}/cost` },
      { text: r.ownerName ?? t("noOwner") },
      { text: r.currency },
      ...moneyCells(r),
      { money: r.budgetMinor, currency: r.currency },
      { text: r.overBudget ? t("costAccounts.yes") : t("costAccounts.no") },
    ]),
  };
}
