import { describe, expect, it } from "vitest";
import { ageBucket, attainment, NO_COUNTS, rollUp, OPEN_AGE_BOUNDS } from "./attainment";

describe("SLA attainment", () => {
  it("is met over met plus missed; pending requests count in neither; nothing decided is no figure", () => {
    expect(attainment(3, 1)).toBe(0.75);
    expect(attainment(0, 2)).toBe(0);
    expect(attainment(0, 0)).toBeNull();
  });

  it("rolls finer rows up per key, keeping every key in order, zero where none", () => {
    const rows = [
      { month: "2026-10", owner: "a", ...NO_COUNTS, requests: 2, firstResponseMet: 2 },
      { month: "2026-12", owner: "a", ...NO_COUNTS, requests: 1, resolutionMissed: 1 },
      { month: "2026-12", owner: "b", ...NO_COUNTS, requests: 3, resolutionMet: 2 },
    ];
    const months = rollUp(rows, (r) => r.month, ["2026-10", "2026-11", "2026-12"]);
    expect(months.map((m) => [m.key, m.counts.requests, m.counts.resolutionMet])).toEqual([
      ["2026-10", 2, 0],
      ["2026-11", 0, 0],
      ["2026-12", 4, 2],
    ]);
    expect(months[2]!.counts.resolutionMissed).toBe(1);
    const owners = rollUp(rows, (r) => r.owner, []);
    expect(owners.map((o) => [o.key, o.counts.requests])).toEqual([
      ["a", 3],
      ["b", 3],
    ]);
  });
});

describe("open request age buckets", () => {
  it("puts each age in days into under 1, 1–3, 3–7, 7–30, 30 and over", () => {
    expect(OPEN_AGE_BOUNDS).toEqual([1, 3, 7, 30]);
    expect([0, 0.99, 1, 2.5, 3, 6.9, 7, 29.9, 30, 400].map(ageBucket)).toEqual([
      0, 0, 1, 1, 2, 2, 3, 3, 4, 4,
    ]);
  });
});
