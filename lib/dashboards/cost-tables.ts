import type { CostAccountRow, CostDelivery, CostSums } from "@/db/queries/dashboards-types";
import type { Cell, Labels, TableModel } from "./tables";

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
