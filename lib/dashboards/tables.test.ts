import { describe, expect, test } from "vitest";
import type { DashboardQuery } from "./filters";
import { agingOwnerTable, funnelTable, overdueHref, ownersTable, throughputTable } from "./tables";
import { testLabels } from "@/db/testing/dashboard-labels";

const QUERY: DashboardQuery = { range: "last90", from: "2026-02-20", to: "2026-05-20" };
const OWNER = "0b6f3a52-6d1e-4c4e-9a51-2f3b8f1d9c10";

describe("dashboard tables", () => {
  test("the funnel shows each step's conversion from the step before and from created", () => {
    const table = funnelTable(
      {
        created: 10,
        steps: [
          { stage: "stakeholders", reached: 8 },
          { stage: "evaluation", reached: 4 },
          { stage: "requirements", reached: 0 },
        ],
        open: 0,
        dropped: 0,
        churned: 0,
      },
      testLabels,
    );
    expect(table.columns).toEqual([
      "funnel.stage",
      "funnel.reached",
      "funnel.conversion",
      "funnel.ofCreated",
    ]);
    expect(table.rows).toEqual([
      [{ text: "stage:stakeholders" }, { count: 8 }, { share: null }, { share: 0.8 }],
      [{ text: "stage:evaluation" }, { count: 4 }, { share: 0.5 }, { share: 0.4 }],
      [{ text: "stage:requirements" }, { count: 0 }, { share: 0 }, { share: 0 }],
    ]);
  });

  test("a share of nothing is empty, not zero or NaN", () => {
    const table = funnelTable(
      {
        created: 0,
        steps: [
          { stage: "stakeholders", reached: 0 },
          { stage: "evaluation", reached: 0 },
        ],
        open: 0,
        dropped: 0,
        churned: 0,
      },
      testLabels,
    );
    expect(table.rows[1]!.slice(2)).toEqual([{ share: null }, { share: null }]);
  });

  test("overdue links keep the account filters and name the owner, or nobody", () => {
    const query = {
      ...QUERY,
      ownerId: OWNER,
      industryId: 3,
      grade: "important" as const,
      sourceId: 7,
    };
    expect(overdueHref(query, "scope")).toBe(
      `/accounts?stage=scope&overdue=1&owner=${OWNER}&industry=3&grade=important&source=7`,
    );
    expect(overdueHref(QUERY, undefined, null)).toBe("/accounts?overdue=1&owner=none");
    expect(overdueHref(QUERY, "cost_plan", "other")).toBe(
      "/accounts?stage=cost_plan&overdue=1&owner=other",
    );
  });

  test("aging by owner links only counts above zero, with words for unowned accounts", () => {
    const table = agingOwnerTable(
      {
        stages: [
          { stage: "scope", expectedDays: 10, open: 3, overdue: 2, oldestDays: 30 },
          { stage: "schedule", expectedDays: 5, open: 1, overdue: 0, oldestDays: null },
        ],
        owners: [{ ownerId: null, ownerName: null, byStage: { scope: 2 }, overdue: 2 }],
      },
      QUERY,
      testLabels,
    );
    expect(table.columns).toEqual([
      "agingOwners.owner",
      "stage:scope",
      "stage:schedule",
      "agingOwners.total",
    ]);
    expect(table.rows[0]).toEqual([
      { text: "noOwner" },
      {
        count: 2,
        href: "/accounts?stage=scope&overdue=1&owner=none",
        label: 'agingOwners.openStageUnowned {"count":2,"stage":"stage:scope"}',
      },
      { count: 0 },
      {
        count: 2,
        href: "/accounts?overdue=1&owner=none",
        label: 'agingOwners.openAllUnowned {"count":2}',
      },
    ]);
  });

  test("owners: a medians row per timed stage, and an overdue link only when some are", () => {
    const table = ownersTable(
      [
        {
          ownerId: OWNER,
          ownerName: "Li Na",
          stays: 4,
          typicalDays: 12.5,
          medianByStage: { scope: 3 },
          reachedExecution: 1,
          open: 2,
          overdue: 0,
        },
      ],
      QUERY,
      testLabels,
    );
    expect(table.columns).toHaveLength(table.rows[0]!.length);
    expect(table.rows[0]!.slice(0, 3)).toEqual([{ text: "Li Na" }, { count: 4 }, { days: 12.5 }]);
    expect(table.rows[0]!.at(-1)).toEqual({ count: 0 });
  });

  test("throughput heads its first column by the bucket unit", () => {
    const table = throughputTable(
      { unit: "week", points: [{ bucket: "2026-05-18", entered: 3, days: 3, span: 7 }] },
      testLabels,
    );
    expect(table.columns[0]).toBe("throughput.week");
    expect(table.rows).toEqual([[{ text: "2026-05-18" }, { count: 3 }, { count: 3 }]]);
  });
});
