import { describe, expect, test } from "vitest";
import type { CostSums } from "@/db/queries/dashboards-types";
import { testLabels } from "@/db/testing/dashboard-labels";
import { costAccountsTable, costIndustriesTable, costTotalsTable } from "./cost-tables";

const SUMS: CostSums = {
  currency: "CNY",
  plans: 2,
  plannedMinor: 10_000,
  actualMinor: 6_000,
  forecastMinor: 12_000,
  varianceMinor: 2_000,
  linesWithoutActual: 1,
  withBudget: 1,
  overBudget: 0,
  overPlan: 1,
};

describe("cost plan vs actual tables", () => {
  test("cost totals: money in the row's currency, variance as a share of the plan", () => {
    const table = costTotalsTable(
      {
        totals: [SUMS, { ...SUMS, currency: "USD", plannedMinor: 0 }],
        owners: [],
        industries: [],
        overAccounts: [],
      },
      testLabels,
    );
    expect(table.columns).toHaveLength(table.rows[0]!.length);
    expect(table.rows[0]!.slice(0, 7)).toEqual([
      { text: "CNY" },
      { count: 2 },
      { money: 10_000, currency: "CNY" },
      { money: 6_000, currency: "CNY" },
      { money: 12_000, currency: "CNY" },
      { money: 2_000, currency: "CNY" },
      { share: 0.2 },
    ]);
    expect(table.rows[1]![6]).toEqual({ share: null });
  });

  test("cost by industry names a missing industry; over-plan accounts link to their cost page", () => {
    const industries = costIndustriesTable(
      {
        totals: [],
        owners: [],
        industries: [{ ...SUMS, industryId: null, industryEn: null, industryZh: null }],
        overAccounts: [],
      },
      testLabels,
    );
    expect(industries.rows[0]![0]).toEqual({ text: "costIndustries.none" });
    const accounts = costAccountsTable(
      [
        {
          accountId: "a1",
          accountName: "Acme",
          ownerName: null,
          currency: "CNY",
          plannedMinor: 100,
          actualMinor: 50,
          forecastMinor: 150,
          varianceMinor: 50,
          budgetMinor: null,
          overBudget: true,
        },
      ],
      testLabels,
    );
    expect(accounts.rows[0]!.slice(0, 2)).toEqual([
      { text: "Acme", href: "/accounts/a1/cost" },
      { text: "noOwner" },
    ]);
    expect(accounts.rows[0]!.slice(-2)).toEqual([
      { money: null, currency: "CNY" },
      { text: "costAccounts.yes" },
    ]);
  });
});
