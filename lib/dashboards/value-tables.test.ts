import { describe, expect, test } from "vitest";
import type { ContributionRow } from "@/db/queries/dashboards-value";
import { testLabels } from "@/db/testing/dashboard-labels";
import {
  atRiskTable,
  churnQuartersTable,
  classMovesTable,
  compositionTable,
  contributionTable,
  paretoClassTable,
  paretoShares,
  quarterName,
  serviceMixTable,
  type ValueLabels,
} from "./value-tables";

const labels: ValueLabels = {
  ...testLabels,
  accountType: (t) => `type:${t}`,
  serviceType: (t) => `service:${t}`,
  channel: (c) => `channel:${c}`,
};
const row = (
  dimension: ContributionRow["dimension"],
  key: string | null,
  revenueMinor: number,
  accounts = 1,
  name: string | null = key,
): ContributionRow => ({
  dimension,
  key,
  name,
  nameZh: null,
  accounts,
  orders: accounts * 2,
  revenueMinor,
  marginMinor: revenueMinor / 4,
});
const CNY = (money: number | null) => ({ money, currency: "CNY" });

describe("contribution tables", () => {
  const rows = [
    row("total", null, 1000_00, 4),
    row("class", "C", 100_00, 2),
    row("class", "A", 800_00),
    row("class", "B", 100_00),
    row("owner", "u1", 900_00, 3, "Li Na"),
    row("owner", null, 100_00),
    row("industry", null, 1000_00, 4),
  ];

  test("per owner: share of the total revenue, margin rate, the unowned row named", () => {
    const table = contributionTable(rows, "owner", labels);
    expect(table.columns[0]).toBe("value.dimension.owner");
    expect(table.rows).toEqual([
      [
        { text: "Li Na" },
        { count: 3 },
        { count: 6 },
        CNY(900_00),
        { share: 0.9 },
        CNY(225_00),
        { share: 0.25 },
      ],
      [
        { text: "noOwner" },
        { count: 1 },
        { count: 2 },
        CNY(100_00),
        { share: 0.1 },
        CNY(25_00),
        { share: 0.25 },
      ],
    ]);
  });

  test("classes in A → C order whatever the revenue order; a missing industry says so", () => {
    expect(contributionTable(rows, "class", labels).rows.map((r) => r[0])).toEqual([
      { text: 'value.className {"abcClass":"A"}' },
      { text: 'value.className {"abcClass":"B"}' },
      { text: 'value.className {"abcClass":"C"}' },
    ]);
    expect(contributionTable(rows, "industry", labels).rows[0]![0]).toEqual({
      text: "value.none.industry",
    });
  });

  test("no revenue at all: shares are empty cells, not a division by zero", () => {
    const table = contributionTable([row("owner", "u1", 0, 1, "Li Na")], "owner", labels);
    expect(table.rows[0]![4]).toEqual({ share: null });
    expect(table.rows[0]![6]).toEqual({ share: null });
  });

  test("Pareto per class: running share through each class", () => {
    const pareto = { accounts: 4, totalMinor: 1000_00, points: [] };
    const table = paretoClassTable(pareto, rows, labels);
    expect(table.rows.map((r) => [r[1], r[2], r[4], r[5]])).toEqual([
      [{ count: 1 }, { share: 0.25 }, { share: 0.8 }, { share: 0.8 }],
      [{ count: 1 }, { share: 0.25 }, { share: 0.1 }, { share: 0.9 }],
      [{ count: 2 }, { share: 0.5 }, { share: 0.1 }, { share: 1 }],
    ]);
  });

  test("Pareto points as shares of accounts and revenue", () => {
    expect(
      paretoShares({
        accounts: 4,
        totalMinor: 200,
        points: [
          { rank: 1, cumulativeMinor: 150 },
          { rank: 4, cumulativeMinor: 200 },
        ],
      }),
    ).toEqual([
      { accounts: 0.25, revenue: 0.75 },
      { accounts: 1, revenue: 1 },
    ]);
    expect(paretoShares({ accounts: 0, totalMinor: 0, points: [] })).toEqual([]);
  });
});

describe("composition, service, churn and at-risk tables", () => {
  test("composition: names per dimension and shares of that dimension only", () => {
    const rows = [
      { dimension: "type" as const, key: "buyer", nameEn: null, nameZh: null, accounts: 3 },
      { dimension: "type" as const, key: "partner", nameEn: null, nameZh: null, accounts: 1 },
      { dimension: "area" as const, key: "7", nameEn: "Beijing", nameZh: "北京", accounts: 4 },
    ];
    expect(compositionTable(rows, "type", labels).rows).toEqual([
      [{ text: "type:buyer" }, { count: 3 }, { share: 0.75 }],
      [{ text: "type:partner" }, { count: 1 }, { share: 0.25 }],
    ]);
    expect(compositionTable(rows, "area", labels).rows[0]![0]).toEqual({ text: "Beijing" });
  });

  test("class moves name 'not classified' for no class", () => {
    expect(classMovesTable([{ fromClass: null, toClass: "A", accounts: 2 }], labels).rows).toEqual([
      [{ text: "value.none.class" }, { text: 'value.className {"abcClass":"A"}' }, { count: 2 }],
    ]);
  });

  test("service products past the shown ones become one 'other' row", () => {
    const rows = ["P1", "P2", "P3", ""].map((key, i) => ({
      dimension: "product" as const,
      key,
      requests: 4 - i,
    }));
    const table = serviceMixTable(rows, "product", labels, 2);
    expect(table.rows).toEqual([
      [{ text: "P1" }, { count: 4 }, { share: 0.4 }],
      [{ text: "P2" }, { count: 3 }, { share: 0.3 }],
      [{ text: "value.service.other" }, { count: 3 }, { share: 0.3 }],
    ]);
    expect(serviceMixTable(rows, "product", labels).rows[3]![0]).toEqual({
      text: "value.none.product",
    });
  });

  test("churn: recovery rate is recovered ÷ churned, quarters named", () => {
    const table = churnQuartersTable(
      [
        {
          quarter: "2026-07-01",
          churnType: "abandoned_deliberately",
          churned: 4,
          winBack: 2,
          recovered: 1,
          lost: 1,
          lostRevenueMinor: 500_00,
        },
      ],
      labels,
    );
    expect(table.rows[0]).toEqual([
      { text: 'value.quarter {"year":"2026","quarter":3}' },
      { text: "churn:abandoned_deliberately" },
      { count: 4 },
      { count: 2 },
      { count: 1 },
      { count: 1 },
      { share: 0.25 },
      CNY(500_00),
    ]);
    expect(quarterName("2026-10-01", labels)).toBe('value.quarter {"year":"2026","quarter":4}');
  });

  test("at risk: an owner's name opens their at-risk list", () => {
    const table = atRiskTable(
      [
        { ownerId: "u1", ownerName: "Li Na", atRisk: 2, watch: 1, flagged: 0 },
        { ownerId: null, ownerName: null, atRisk: 1, watch: 0, flagged: 0 },
      ],
      labels,
    );
    expect(table.rows[0]![0]).toEqual({ text: "Li Na", href: "/accounts/at-risk?owner=u1" });
    expect(table.rows[1]![0]).toEqual({ text: "noOwner" });
  });
});
