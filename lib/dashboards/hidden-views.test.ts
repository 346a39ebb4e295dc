import { describe, expect, test } from "vitest";
import { hiddenDashboardViews } from "./hidden-views";

describe("dashboard tabs a user may not open", () => {
  test("managers do not get the Quarterly report tab; whoever may read the report does", () => {
    expect(hiddenDashboardViews({ id: "m", role: "manager" })).toEqual(["/relationship-report"]);
    for (const role of ["director", "executive", "admin"] as const) {
      expect(hiddenDashboardViews({ id: "u", role })).toEqual([]);
    }
  });
});
