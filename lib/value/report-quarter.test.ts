import { describe, expect, test } from "vitest";
import {
  isQuarter,
  quarterBefore,
  quarterDays,
  quarterEnded,
  quarterOf,
  reportQuarter,
} from "./report-quarter";

describe("report quarters", () => {
  test("a quarter has ended only after its last day", () => {
    expect(quarterEnded("2026-Q3", "2026-10-01")).toBe(true);
    expect(quarterEnded("2026-Q3", "2026-09-30")).toBe(false);
    expect(quarterEnded("2026-Q4", "2026-12-03")).toBe(false);
    expect(quarterEnded("2027-Q1", "2026-12-03")).toBe(false);
  });

  test("a day's quarter and a quarter's days, leap February included", () => {
    expect(quarterOf("2026-12-03")).toBe("2026-Q4");
    expect(quarterOf("2026-01-01")).toBe("2026-Q1");
    expect(quarterDays("2026-Q3")).toEqual({ from: "2026-07-01", to: "2026-09-30" });
    expect(quarterDays("2028-Q1")).toEqual({ from: "2028-01-01", to: "2028-03-31" });
    expect(quarterDays("2026-Q4")).toEqual({ from: "2026-10-01", to: "2026-12-31" });
  });

  test("stepping back across a year", () => {
    expect(quarterBefore("2026-Q1")).toBe("2025-Q4");
    expect(quarterBefore("2026-Q3", 2)).toBe("2026-Q1");
    expect(quarterBefore("2026-Q4", -1)).toBe("2027-Q1");
  });

  test("the report opens on the quarter asked, or the last whole one; never a future one", () => {
    expect(reportQuarter("2026-Q2", "2026-12-03")).toBe("2026-Q2");
    expect(reportQuarter("2026-Q4", "2026-12-03")).toBe("2026-Q4");
    expect(reportQuarter("2027-Q1", "2026-12-03")).toBe("2026-Q3");
    expect(reportQuarter("2026-Q5", "2026-12-03")).toBe("2026-Q3");
    expect(reportQuarter(undefined, "2026-01-15")).toBe("2025-Q4");
    expect(isQuarter("2026-q1")).toBe(false);
  });
});
