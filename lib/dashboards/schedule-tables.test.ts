import { describe, expect, test } from "vitest";
import type { SlipStats } from "@/db/queries/dashboards-types";
import { testLabels } from "@/db/testing/dashboard-labels";
import { lateAccountsTable, slipOwnersTable, slipStepsTable } from "./schedule-tables";

const SLIP: SlipStats = {
  finished: 4,
  onTime: 3,
  meanSlip: 1.5,
  medianSlip: 0,
  p90Slip: 5,
  unmeasured: 1,
  overdueOpen: 2,
};

describe("schedule variance tables", () => {
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

  test("owners without a name read as nobody's; late accounts link to their schedule", () => {
    const owners = slipOwnersTable([{ ...SLIP, ownerId: null, ownerName: null }], testLabels);
    expect(owners.rows[0]![0]).toEqual({ text: "noOwner" });
    const late = lateAccountsTable(
      [
        {
          accountId: "a1",
          accountName: "Acme",
          ownerName: "Li Na",
          finished: 3,
          onTime: 1,
          meanSlip: 2.5,
          maxSlip: 6,
        },
      ],
      testLabels,
    );
    expect(late.rows).toEqual([
      [
        { text: "Acme", href: "/accounts/a1/schedule" },
        { text: "Li Na" },
        { count: 3 },
        { count: 1 },
        { days: 2.5 },
        { days: 6 },
      ],
    ]);
  });
});
