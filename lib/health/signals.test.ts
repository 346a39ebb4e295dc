import { describe, expect, it } from "vitest";
import { healthOf, levelOf, type HealthFacts } from "./signals";

const now = new Date("2026-12-03T08:00:00Z");
const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000);
const calm: HealthFacts = {
  createdAt: daysAgo(400),
  lastActivityAt: daysAgo(3),
  overdueTasks: 0,
  complaintsPastSla: 0,
  abcDowngrade: null,
  revenue: { recent: 100_000, yearAgo: 100_000 },
  satisfaction: { average: 4.5, answers: 4 },
  surveys: null,
};
const codes = (facts: Partial<HealthFacts>) =>
  healthOf({ ...calm, ...facts }, now).signals.map((s) => s.code);

describe("healthOf", () => {
  it("is healthy with no signal", () => {
    expect(healthOf(calm, now)).toEqual({ score: 100, level: "healthy", signals: [] });
  });

  it("counts no activity from the last activity, or from creation when none was logged", () => {
    expect(codes({ lastActivityAt: daysAgo(44) })).toEqual([]);
    const signal = healthOf({ ...calm, lastActivityAt: daysAgo(45) }, now).signals[0];
    expect(signal).toMatchObject({ code: "noActivity", params: { days: 45, never: 0 } });
    expect(
      healthOf({ ...calm, lastActivityAt: null, createdAt: daysAgo(60) }, now).signals[0],
    ).toMatchObject({ code: "noActivity", params: { days: 60, never: 1 } });
    expect(codes({ lastActivityAt: null, createdAt: daysAgo(10) })).toEqual([]);
  });

  it("names overdue return visits and complaints past their SLA with their counts", () => {
    const h = healthOf({ ...calm, overdueTasks: 2, complaintsPastSla: 1 }, now);
    expect(h.signals.map((s) => [s.code, s.params.count])).toEqual([
      ["overdueReturnVisits", 2],
      ["complaintsPastSla", 1],
    ]);
    expect(h.score).toBe(50);
    expect(h.level).toBe("watch");
  });

  it("counts an ABC downgrade only within 90 days", () => {
    expect(codes({ abcDowngrade: { from: "A", to: "B", at: daysAgo(90) } })).toEqual([
      "abcDowngrade",
    ]);
    expect(codes({ abcDowngrade: { from: "A", to: "B", at: daysAgo(91) } })).toEqual([]);
  });

  it("flags revenue down 30 % or more against the same period last year", () => {
    expect(codes({ revenue: { recent: 70_000, yearAgo: 100_000 } })).toEqual(["revenueFalling"]);
    expect(codes({ revenue: { recent: 70_001, yearAgo: 100_000 } })).toEqual([]);
    // Nothing a year ago: nothing to fall from. No orders feature: no signal.
    expect(codes({ revenue: { recent: 0, yearAgo: 0 } })).toEqual([]);
    expect(codes({ revenue: null })).toEqual([]);
    const lost = healthOf({ ...calm, revenue: { recent: 0, yearAgo: 50_000 } }, now).signals[0];
    expect(lost?.params.percent).toBe(100);
  });

  it("flags low satisfaction at or below 2.5, not without answers", () => {
    expect(codes({ satisfaction: { average: 2.5, answers: 2 } })).toEqual(["lowSatisfaction"]);
    expect(codes({ satisfaction: { average: 2.6, answers: 2 } })).toEqual([]);
    expect(codes({ satisfaction: null })).toEqual([]);
  });

  it("counts survey CSAT answers with return visits, each answer once", () => {
    // 1 visit at 4 and 3 surveys averaging 2: (4 + 6) / 4 = 2.5, low.
    const mixed = healthOf(
      {
        ...calm,
        satisfaction: { average: 4, answers: 1 },
        surveys: { csatAverage: 2, npsAverage: 8, answers: 3 },
      },
      now,
    ).signals;
    expect(mixed).toEqual([
      { code: "lowSatisfaction", weight: 25, params: { average: 2.5, answers: 4 } },
    ]);
    // Surveys alone fire it; surveys good enough lift a low visit above the line.
    expect(
      codes({ satisfaction: null, surveys: { csatAverage: 2, npsAverage: 9, answers: 1 } }),
    ).toEqual(["lowSatisfaction"]);
    expect(
      codes({
        satisfaction: { average: 2, answers: 1 },
        surveys: { csatAverage: 4, npsAverage: 9, answers: 1 },
      }),
    ).toEqual([]);
    expect(codes({ satisfaction: null, surveys: null })).toEqual([]);
  });

  it("flags a likelihood to recommend in the detractors' band (≤ 6) with its own reason", () => {
    const h = healthOf({ ...calm, surveys: { csatAverage: 4, npsAverage: 5.55, answers: 2 } }, now);
    expect(h.signals).toEqual([
      {
        code: "lowSatisfaction",
        weight: 25,
        params: { nps: 5.6, surveys: 2 },
        reason: "lowRecommendation",
      },
    ]);
    expect(codes({ surveys: { csatAverage: 4, npsAverage: 6, answers: 1 } })).toEqual([
      "lowSatisfaction",
    ]);
    expect(codes({ surveys: { csatAverage: 4, npsAverage: 6.1, answers: 1 } })).toEqual([]);
    // Low CSAT and low NPS: one signal, worth its weight once, with the average's reason.
    const both = healthOf(
      { ...calm, satisfaction: null, surveys: { csatAverage: 1, npsAverage: 0, answers: 4 } },
      now,
    );
    expect(both.signals.map((s) => [s.code, s.reason])).toEqual([["lowSatisfaction", undefined]]);
    expect(both.score).toBe(75);
  });

  it("is at risk when signals take the score below 50, never below 0", () => {
    const h = healthOf(
      {
        ...calm,
        lastActivityAt: daysAgo(100),
        complaintsPastSla: 3,
        revenue: { recent: 0, yearAgo: 1 },
        satisfaction: { average: 1, answers: 1 },
      },
      now,
    );
    expect(h.level).toBe("at_risk");
    expect(h.score).toBe(0);
    expect(levelOf(80)).toBe("healthy");
    expect(levelOf(79)).toBe("watch");
    expect(levelOf(50)).toBe("watch");
    expect(levelOf(49)).toBe("at_risk");
  });
});
