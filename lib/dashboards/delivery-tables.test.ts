import { describe, expect, test } from "vitest";
import type { CostSums, SlipStats } from "@/db/queries/dashboards-types";
import {
  costAccountsTable,
  costIndustriesTable,
  costTotalsTable,
  slipStepsTable,
} from "./delivery-tables";
import { testLabels } from "@/db/testing/dashboard-labels";

const SLIP: SlipStats = {
  finished: 4,
  onTime: 3,
  meanSlip: 1.5,
  medianSlip: 0,
  p90Slip: 5,
  unmeasured: 1,
  overdueOpen: 2,
};
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

describe("delivery tables", () => {
  test("schedule steps: seeded steps by key, typed steps by label, late = finished − on time", () => {
    const table = slipStepsTable(
      [
        { ...SLIP, key: "kickoff", label: "" },
        { ...SLIP, key: "custom-1", label: "Site visit" },
      ],
      testLabels,
    );
    expect(table.columns).toHaveLength(10);
    expect(table.rows.map((r) => r[0])).toEqual([{ text: "step:kickoff" }, { text: "Site visit" }]);
    expect(table.rows[0]!.slice(1)).toEqual([
      { count: 4 },
      { count: 3 },
      { count: 1 },
      { share: 0.75 },
      { days: 1.5 },
      { days: 0 },
      { days: 5 },
      { count: 2 },
      { count: 1 },
    ]);
  });

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
