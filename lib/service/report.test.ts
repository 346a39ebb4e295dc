import { describe, expect, it } from "vitest";
import {
  currentQuarter,
  firstResponseOutcome,
  reportPeriod,
  resolutionOutcome,
  summarizeAnswers,
  summarizeRequests,
  type ReportRequest,
} from "./report";

const ZONE = "Asia/Shanghai";
const now = new Date("2026-12-03T08:00:00Z");
const at = (iso: string) => new Date(iso);

const base: ReportRequest = {
  type: "complaint",
  status: "in_progress",
  firstRespondedAt: null,
  firstResponseDueAt: at("2026-12-03T10:00:00Z"),
  resolvedAt: null,
  resolutionDueAt: at("2026-12-05T10:00:00Z"),
  slaResolutionHours: 16,
  slaUsedSeconds: 0,
  slaRunningSince: at("2026-12-02T08:00:00Z"),
};

describe("report period", () => {
  it("defaults to the quarter of today in the organisation's time zone", () => {
    expect(currentQuarter(ZONE, now)).toEqual({ from: "2026-10-01", to: "2026-12-31" });
    // 31 March 17:00 UTC is already 1 April in Shanghai.
    expect(currentQuarter(ZONE, at("2026-03-31T17:00:00Z"))).toEqual({
      from: "2026-04-01",
      to: "2026-06-30",
    });
    expect(currentQuarter(ZONE, at("2026-02-10T00:00:00Z"))).toEqual({
      from: "2026-01-01",
      to: "2026-03-31",
    });
  });

  it("takes from and to from the URL, else falls back to the current quarter", () => {
    expect(reportPeriod({ from: "2026-01-05", to: "2026-02-01" }, ZONE, now)).toEqual({
      from: "2026-01-05",
      to: "2026-02-01",
    });
    const quarter = { from: "2026-10-01", to: "2026-12-31" };
    expect(reportPeriod({}, ZONE, now)).toEqual(quarter);
    expect(reportPeriod({ from: "2026-02-30", to: "2026-03-01" }, ZONE, now)).toEqual(quarter);
    expect(reportPeriod({ from: "2026-03-02", to: "2026-03-01" }, ZONE, now)).toEqual(quarter);
    expect(reportPeriod({ from: "1800-01-01", to: "2026-03-01" }, ZONE, now)).toEqual(quarter);
    expect(reportPeriod({ from: ["2026-01-01"], to: "2026-03-01" }, ZONE, now)).toEqual(quarter);
  });
});

describe("SLA outcomes", () => {
  it("first response: met on or before the deadline, missed after it or when unanswered past it", () => {
    expect(firstResponseOutcome({ ...base, firstRespondedAt: base.firstResponseDueAt }, now)).toBe(
      "met",
    );
    expect(
      firstResponseOutcome({ ...base, firstRespondedAt: at("2026-12-03T10:00:01Z") }, now),
    ).toBe("missed");
    expect(firstResponseOutcome(base, now)).toBe("pending");
    expect(firstResponseOutcome(base, at("2026-12-03T10:00:01Z"))).toBe("missed");
  });

  it("resolution: resolved within the working-time budget is met, over it missed", () => {
    const resolved = { ...base, status: "resolved" as const, resolvedAt: now };
    expect(resolutionOutcome({ ...resolved, slaUsedSeconds: 16 * 3600 }, now)).toBe("met");
    expect(resolutionOutcome({ ...resolved, slaUsedSeconds: 16 * 3600 + 1 }, now)).toBe("missed");
  });

  it("resolution of an open request: missed past the running deadline or over budget while paused", () => {
    expect(resolutionOutcome(base, now)).toBe("pending");
    expect(resolutionOutcome(base, at("2026-12-05T10:00:01Z"))).toBe("missed");
    const paused = { ...base, status: "waiting_on_customer" as const, slaRunningSince: null };
    expect(resolutionOutcome({ ...paused, slaUsedSeconds: 3600 }, now)).toBe("pending");
    expect(resolutionOutcome({ ...paused, slaUsedSeconds: 17 * 3600 }, now)).toBe("missed");
  });
});

describe("summarizeRequests", () => {
  it("counts every type and status, zeros included, and the attainment of decided clocks", () => {
    const rows = [
      { ...base, firstRespondedAt: at("2026-12-02T09:00:00Z"), escalations: 0 },
      {
        ...base,
        type: "repair" as const,
        status: "closed" as const,
        firstRespondedAt: at("2026-12-03T11:00:00Z"),
        resolvedAt: at("2026-12-03T12:00:00Z"),
        slaUsedSeconds: 3600,
        escalations: 2,
      },
      {
        ...base,
        type: "repair" as const,
        firstResponseDueAt: at("2026-12-01T00:00:00Z"),
        escalations: 1,
      },
    ];
    const s = summarizeRequests(rows, now);
    expect(s.requests).toBe(3);
    expect(s.byType).toEqual([
      { type: "enquiry", count: 0 },
      { type: "complaint", count: 1 },
      { type: "repair", count: 2 },
      { type: "suggestion", count: 0 },
    ]);
    expect(s.byStatus.find((x) => x.status === "in_progress")?.count).toBe(2);
    expect(s.byStatus.find((x) => x.status === "closed")?.count).toBe(1);
    expect(s.byStatus.find((x) => x.status === "new")?.count).toBe(0);
    expect(s.firstResponse).toEqual({ met: 1, missed: 2, pending: 0, rate: 1 / 3 });
    expect(s.resolution).toEqual({ met: 1, missed: 0, pending: 2, rate: 1 });
    expect(s.escalations).toBe(3);
  });

  it("has no attainment when nothing is decided yet", () => {
    const s = summarizeRequests([], now);
    expect(s.requests).toBe(0);
    expect(s.firstResponse.rate).toBeNull();
    expect(s.resolution.rate).toBeNull();
  });
});

describe("summarizeAnswers", () => {
  it("averages CSAT and computes NPS from the answers", () => {
    expect(
      summarizeAnswers([
        { csat: 5, nps: 10 },
        { csat: 4, nps: 8 },
        { csat: 2, nps: 3 },
        { csat: 5, nps: 9 },
      ]),
    ).toEqual({ answers: 4, averageCsat: 4, nps: 25 });
    expect(summarizeAnswers([])).toEqual({ answers: 0, averageCsat: null, nps: null });
  });
});
