import { describe, expect, it } from "vitest";
import { coverageByManagerQuarter, coverageOutcome, quarterOf, type CoverageRow } from "./coverage";

const SH = "Asia/Shanghai";
const row = (over: Partial<CoverageRow>): CoverageRow => ({
  assigneeId: "ann",
  windowStart: new Date("2026-03-02T02:00:00Z"),
  windowEndsOn: "2026-03-09",
  status: "open",
  completedAt: null,
  ...over,
});

describe("coverage outcome of one return visit", () => {
  it("is covered when completed on or before the window's last local day", () => {
    // 23:00 on 03-09 in Shanghai (15:00Z) is still within the window.
    const done = { status: "done" as const, completedAt: new Date("2026-03-09T15:00:00Z") };
    expect(coverageOutcome(row(done), "2026-04-01", SH)).toBe("covered");
    // 00:30 on 03-10 in Shanghai is late.
    const late = { status: "done" as const, completedAt: new Date("2026-03-09T16:30:00Z") };
    expect(coverageOutcome(row(late), "2026-04-01", SH)).toBe("missed");
  });

  it("is pending while open within the window, missed after it or when cancelled", () => {
    expect(coverageOutcome(row({}), "2026-03-09", SH)).toBe("pending");
    expect(coverageOutcome(row({}), "2026-03-10", SH)).toBe("missed");
    expect(coverageOutcome(row({ status: "cancelled" }), "2026-03-05", SH)).toBe("missed");
  });
});

describe("coverage per manager per quarter", () => {
  it("divides completed-in-window by triggered, grouped by the trigger's local quarter", () => {
    const inTime = { status: "done" as const, completedAt: new Date("2026-03-05T02:00:00Z") };
    const rows = [
      row(inTime),
      row(inTime),
      row({ status: "done", completedAt: new Date("2026-03-20T02:00:00Z") }),
      row({}),
      row({ assigneeId: "bob", ...inTime }),
      // 00:30 on 04-01 in Shanghai: the second quarter, though still March in UTC.
      row({
        windowStart: new Date("2026-03-31T16:30:00Z"),
        windowEndsOn: "2026-04-08",
      }),
    ];
    expect(coverageByManagerQuarter(rows, { today: "2026-04-02", timeZone: SH })).toEqual([
      {
        assigneeId: "ann",
        quarter: "2026-Q1",
        triggered: 4,
        completedInWindow: 2,
        pending: 0,
        missed: 2,
        coverage: 0.5,
      },
      {
        assigneeId: "bob",
        quarter: "2026-Q1",
        triggered: 1,
        completedInWindow: 1,
        pending: 0,
        missed: 0,
        coverage: 1,
      },
      {
        assigneeId: "ann",
        quarter: "2026-Q2",
        triggered: 1,
        completedInWindow: 0,
        pending: 1,
        missed: 0,
        coverage: 0,
      },
    ]);
  });

  it("has no groups without triggers", () => {
    expect(coverageByManagerQuarter([], { today: "2026-04-02", timeZone: SH })).toEqual([]);
  });

  it("names quarters by calendar months", () => {
    expect(["2026-01-01", "2026-03-31", "2026-04-01", "2026-12-31"].map(quarterOf)).toEqual([
      "2026-Q1",
      "2026-Q1",
      "2026-Q2",
      "2026-Q4",
    ]);
  });
});
