import { describe, expect, it } from "vitest";
import {
  durationFromDates,
  nextStartAfter,
  planFromTemplate,
  reflow,
  scheduleGateFacts,
} from "./compute";

const dates = (steps: { plannedStart: string; plannedFinish: string }[]) =>
  steps.map((s) => [s.plannedStart, s.plannedFinish]);

describe("planFromTemplate", () => {
  it("lays steps finish-to-start: N days from D finish on D+N-1", () => {
    const plan = planFromTemplate("2024-01-01", [
      { key: "a", durationDays: 1 },
      { key: "b", durationDays: 10 },
      { key: "c", durationDays: 3 },
    ]);
    expect(dates(plan)).toEqual([
      ["2024-01-01", "2024-01-01"],
      ["2024-01-02", "2024-01-11"],
      ["2024-01-12", "2024-01-14"],
    ]);
  });

  it("crosses month ends, the leap day and the year end", () => {
    const plan = planFromTemplate("2024-02-20", [
      { key: "a", durationDays: 10 },
      { key: "b", durationDays: 306 },
      { key: "c", durationDays: 2 },
    ]);
    expect(dates(plan)).toEqual([
      ["2024-02-20", "2024-02-29"],
      ["2024-03-01", "2024-12-31"],
      ["2025-01-01", "2025-01-02"],
    ]);
  });

  it("puts a 0-day milestone on the day after the previous finish, and the next step starts that day", () => {
    const plan = planFromTemplate("2024-02-27", [
      { key: "samples", durationDays: 3 },
      { key: "order", durationDays: 0 },
      { key: "production", durationDays: 2 },
    ]);
    expect(dates(plan)).toEqual([
      ["2024-02-27", "2024-02-29"],
      ["2024-03-01", "2024-03-01"],
      ["2024-03-01", "2024-03-02"],
    ]);
  });

  it("handles milestones first and back to back", () => {
    const plan = planFromTemplate("2024-12-31", [
      { key: "kickoff", durationDays: 0 },
      { key: "signed", durationDays: 0 },
      { key: "work", durationDays: 1 },
      { key: "done", durationDays: 0 },
    ]);
    expect(dates(plan)).toEqual([
      ["2024-12-31", "2024-12-31"],
      ["2024-12-31", "2024-12-31"],
      ["2024-12-31", "2024-12-31"],
      ["2025-01-01", "2025-01-01"],
    ]);
  });

  it("keeps the other fields of each step", () => {
    const [step] = planFromTemplate("2024-01-01", [{ key: "a", durationDays: 2, label: "A" }]);
    expect(step).toEqual({
      key: "a",
      durationDays: 2,
      label: "A",
      plannedStart: "2024-01-01",
      plannedFinish: "2024-01-02",
    });
  });

  it("refuses negative or fractional durations", () => {
    expect(() => planFromTemplate("2024-01-01", [{ key: "a", durationDays: -1 }])).toThrow(
      RangeError,
    );
    expect(() => planFromTemplate("2024-01-01", [{ key: "a", durationDays: 1.5 }])).toThrow(
      RangeError,
    );
  });
});

describe("reflow", () => {
  const plan = planFromTemplate("2024-01-01", [
    { key: "a", durationDays: 5 },
    { key: "b", durationDays: 0 },
    { key: "c", durationDays: 3 },
    { key: "d", durationDays: 2 },
  ]);

  it("moves later steps after an edited finish, keeping durations", () => {
    const edited = plan.map((s, i) => (i === 0 ? { ...s, plannedFinish: "2024-01-31" } : s));
    const out = reflow(edited, 0);
    expect(dates(out)).toEqual([
      ["2024-01-01", "2024-01-31"],
      ["2024-02-01", "2024-02-01"],
      ["2024-02-01", "2024-02-03"],
      ["2024-02-04", "2024-02-05"],
    ]);
    expect(out.map((s) => s.durationDays)).toEqual([5, 0, 3, 2]);
  });

  it("pulls later steps earlier too, and leaves earlier steps alone", () => {
    const edited = plan.map((s, i) =>
      i === 2 ? { ...s, plannedStart: "2023-12-30", plannedFinish: "2023-12-31" } : s,
    );
    const out = reflow(edited, 2);
    expect(out.slice(0, 3)).toEqual(edited.slice(0, 3));
    expect(dates(out.slice(3))).toEqual([["2024-01-01", "2024-01-02"]]);
  });

  it("continues on the milestone's day when the edited step is a milestone", () => {
    const edited = plan.map((s, i) =>
      i === 1 ? { ...s, plannedStart: "2024-02-29", plannedFinish: "2024-02-29" } : s,
    );
    expect(dates(reflow(edited, 1).slice(2))).toEqual([
      ["2024-02-29", "2024-03-02"],
      ["2024-03-03", "2024-03-04"],
    ]);
  });

  it("returns equal dates when nothing changed, and refuses a missing index", () => {
    expect(reflow(plan, 0)).toEqual(plan);
    expect(() => reflow(plan, 9)).toThrow(RangeError);
  });
});

describe("helpers", () => {
  it("derives the next start and durations from dates", () => {
    expect(
      nextStartAfter({ durationDays: 0, plannedStart: "2024-02-29", plannedFinish: "2024-02-29" }),
    ).toBe("2024-02-29");
    expect(
      nextStartAfter({ durationDays: 1, plannedStart: "2024-02-29", plannedFinish: "2024-02-29" }),
    ).toBe("2024-03-01");
    expect(durationFromDates("2024-02-28", "2024-03-01")).toBe(3);
    expect(durationFromDates("2024-02-28", "2024-02-28", true)).toBe(0);
    expect(() => durationFromDates("2024-03-01", "2024-02-28")).toThrow(RangeError);
    expect(() => durationFromDates("2024-02-28", "2024-03-01", true)).toThrow(RangeError);
  });

  it("reports what the schedule gate needs", () => {
    const steps = [
      { plannedStart: "2024-01-01", plannedFinish: "2024-01-02" },
      { plannedStart: null, plannedFinish: null },
      { plannedStart: "2024-01-03", plannedFinish: null },
    ];
    expect(scheduleGateFacts(steps, false)).toEqual({
      stepCount: 3,
      stepsMissingPlannedDates: 2,
      hasBaseline: false,
    });
  });
});
