import { describe, expect, test } from "vitest";
import { GRADES } from "@/db/schema/accounts";
import { DASHBOARD_GRADES, dashboardSearch, parseDashboardQuery, rangeDays } from "./filters";

const TODAY = "2026-05-20";
const OWNER = "0b6f3a52-6d1e-4c4e-9a51-2f3b8f1d9c10";

describe("dashboard filters from the URL", () => {
  test("defaults to the last 90 days, today included", () => {
    expect(parseDashboardQuery({}, TODAY)).toEqual({
      range: "last90",
      from: "2026-02-20",
      to: "2026-05-20",
    });
  });

  test("the value class: A, B or C round-trips through the URL; anything else is ignored", () => {
    const query = parseDashboardQuery({ class: "B" }, TODAY);
    expect(query.abcClass).toBe("B");
    expect(dashboardSearch(query).toString()).toBe("class=B");
    expect(parseDashboardQuery({ class: "b" }, TODAY).abcClass).toBeUndefined();
    expect(parseDashboardQuery({ class: "D" }, TODAY).abcClass).toBeUndefined();
  });

  test("relative ranges", () => {
    expect(rangeDays("last30", TODAY)).toEqual({ from: "2026-04-21", to: TODAY });
    expect(rangeDays("last365", TODAY)).toEqual({ from: "2025-05-21", to: TODAY });
    expect(rangeDays("quarter", TODAY)).toEqual({ from: "2026-04-01", to: TODAY });
    expect(rangeDays("quarter", "2026-03-31")).toEqual({ from: "2026-01-01", to: "2026-03-31" });
    expect(rangeDays("year", TODAY)).toEqual({ from: "2026-01-01", to: TODAY });
  });

  test("absolute dates win over a range, are ordered and bounded", () => {
    expect(
      parseDashboardQuery({ range: "last30", from: "2025-01-01", to: "2025-03-31" }, TODAY),
    ).toMatchObject({ range: "custom", from: "2025-01-01", to: "2025-03-31" });
    expect(parseDashboardQuery({ from: "2025-03-31", to: "2025-01-01" }, TODAY)).toMatchObject({
      from: "2025-01-01",
      to: "2025-03-31",
    });
    expect(parseDashboardQuery({ from: "2026-05-01" }, TODAY)).toMatchObject({
      from: "2026-05-01",
      to: TODAY,
    });
    expect(parseDashboardQuery({ from: "1025-01-01", to: "2025-01-01" }, TODAY).from).toBe(
      "2014-12-26",
    );
  });

  test("malformed values are ignored", () => {
    const query = parseDashboardQuery(
      {
        range: "forever",
        from: "2025-02-30",
        owner: "1; drop table",
        industry: "-3",
        grade: "gold",
        source: "x",
      },
      TODAY,
    );
    expect(query).toEqual({ range: "last90", from: "2026-02-20", to: TODAY });
  });

  test("round-trips through the URL", () => {
    const query = parseDashboardQuery(
      { range: "year", owner: OWNER, industry: "4", grade: "important", source: "7" },
      TODAY,
    );
    expect(dashboardSearch(query).toString()).toBe(
      `range=year&owner=${OWNER}&industry=4&grade=important&source=7`,
    );
    const custom = parseDashboardQuery({ from: "2025-01-01", to: "2025-02-01" }, TODAY);
    expect(dashboardSearch(custom).toString()).toBe("from=2025-01-01&to=2025-02-01");
    expect(dashboardSearch(parseDashboardQuery({}, TODAY)).toString()).toBe("");
  });

  test("the grade list matches the schema", () => {
    expect([...DASHBOARD_GRADES]).toEqual([...GRADES]);
  });
});
