import { describe, expect, it } from "vitest";
import {
  captureBaseline,
  compareBaselines,
  isOverdue,
  MAX_COMPARED_BASELINES,
  scheduleVariance,
  stepStatus,
  stepVariance,
  type ScheduleStep,
} from "./variance";

const step = (
  key: string,
  plannedStart: string,
  plannedFinish: string,
  actualStart: string | null = null,
  actualFinish: string | null = null,
): ScheduleStep => ({ key, plannedStart, plannedFinish, actualStart, actualFinish });

const baseline = captureBaseline([
  step("a", "2024-01-01", "2024-01-10"),
  step("b", "2024-01-11", "2024-01-31"),
  step("c", "2024-02-01", "2024-02-29"),
]);

describe("stepVariance", () => {
  it("uses actual dates when present: positive is late", () => {
    const v = stepVariance(
      step("a", "2024-01-01", "2024-01-10", "2024-01-03", "2024-01-15"),
      baseline,
    );
    expect(v).toMatchObject({
      startVarianceDays: 2,
      finishVarianceDays: 5,
      finishBasis: "actual",
      onTime: false,
    });
  });

  it("counts finishing early or on the day as on time", () => {
    expect(
      stepVariance(step("a", "2024-01-01", "2024-01-10", "2023-12-30", "2024-01-08"), baseline),
    ).toMatchObject({ startVarianceDays: -2, finishVarianceDays: -2, onTime: true });
    expect(
      stepVariance(step("a", "2024-01-01", "2024-01-10", "2024-01-01", "2024-01-10"), baseline)
        .onTime,
    ).toBe(true);
  });

  it("falls back to the current plan while unfinished, and leaves onTime open", () => {
    const v = stepVariance(step("c", "2024-02-05", "2024-03-04", "2024-02-05"), baseline);
    expect(v).toEqual({
      key: "c",
      startVarianceDays: 4,
      finishVarianceDays: 4,
      finishBasis: "plan",
      onTime: null,
    });
  });

  it("has no variance for a step added after the baseline", () => {
    const v = stepVariance(
      step("toString", "2024-03-01", "2024-03-02", "2024-03-01", "2024-03-02"),
      baseline,
    );
    expect(v).toMatchObject({ startVarianceDays: null, finishVarianceDays: null, onTime: null });
  });
});

describe("overdue and status", () => {
  const open = step("b", "2024-01-11", "2024-01-31", "2024-01-11");
  it("is overdue only when unfinished and today is past the planned finish", () => {
    expect(isOverdue(open, "2024-01-31")).toBe(false);
    expect(isOverdue(open, "2024-02-01")).toBe(true);
    expect(isOverdue({ ...open, actualFinish: "2024-02-05" }, "2024-03-01")).toBe(false);
  });

  it("gives each step a status", () => {
    expect(stepStatus(step("a", "2024-01-01", "2024-01-10"), "2024-01-05")).toBe("notStarted");
    expect(stepStatus(open, "2024-01-20")).toBe("inProgress");
    expect(stepStatus(open, "2024-02-01")).toBe("overdue");
    expect(stepStatus(step("a", "2024-01-01", "2024-01-10"), "2024-02-01")).toBe("overdue");
    expect(stepStatus({ ...open, actualFinish: "2024-02-20" }, "2024-03-01")).toBe("finished");
  });
});

describe("scheduleVariance", () => {
  const steps = [
    step("a", "2024-01-01", "2024-01-10", "2024-01-01", "2024-01-09"),
    step("b", "2024-01-10", "2024-02-03", "2024-01-10", "2024-02-03"),
    step("c", "2024-02-04", "2024-03-02", "2024-02-04"),
  ];

  it("summarises on-time share of finished steps, the final slip and overdue steps", () => {
    const { steps: rows, summary } = scheduleVariance(steps, baseline, "2024-03-05");
    expect(rows.map((r) => [r.finishVarianceDays, r.onTime, r.overdue])).toEqual([
      [-1, true, false],
      [3, false, false],
      [2, null, true],
    ]);
    expect(summary).toEqual({
      finishedCount: 2,
      onTimeCount: 1,
      onTimeShare: 0.5,
      finishSlipDays: 2,
      overdueCount: 1,
    });
  });

  it("has no on-time share before anything finished", () => {
    const fresh = [step("a", "2024-01-01", "2024-01-10"), step("c", "2024-02-01", "2024-02-29")];
    expect(scheduleVariance(fresh, baseline, "2024-01-01").summary).toMatchObject({
      finishedCount: 0,
      onTimeShare: null,
      finishSlipDays: 0,
      overdueCount: 0,
    });
    expect(scheduleVariance([], baseline, "2024-01-01").summary.finishSlipDays).toBeNull();
  });
});

describe("compareBaselines", () => {
  const replan = captureBaseline([
    step("a", "2024-01-01", "2024-01-10"),
    step("b", "2024-01-11", "2024-02-10"),
    step("c", "2024-02-11", "2024-03-10"),
  ]);
  const late = captureBaseline([
    step("b", "2024-01-11", "2024-02-20"),
    step("c", "2024-02-21", "2024-03-20"),
  ]);
  const steps = [
    step("a", "2024-01-01", "2024-01-10", "2024-01-01", "2024-01-12"),
    step("b", "2024-01-13", "2024-02-12", "2024-01-13", "2024-02-12"),
    step("c", "2024-02-13", "2024-03-12"),
  ];

  it("measures the current schedule against three baselines at once", () => {
    const out = compareBaselines(steps, [baseline, replan, late]);
    expect(out.steps.map((s) => s.baselines.map((b) => b?.finishVarianceDays ?? null))).toEqual([
      [2, 2, null],
      [12, 2, -8],
      [12, 2, -8],
    ]);
    expect(out.steps[1]?.baselines[2]).toMatchObject({
      plannedStart: "2024-01-11",
      plannedFinish: "2024-02-20",
      startVarianceDays: 2,
      onTime: true,
    });
    expect(out.summaries).toEqual([
      { finishedCount: 2, onTimeCount: 0, onTimeShare: 0, finishSlipDays: 12 },
      { finishedCount: 2, onTimeCount: 0, onTimeShare: 0, finishSlipDays: 2 },
      { finishedCount: 1, onTimeCount: 1, onTimeShare: 1, finishSlipDays: -8 },
    ]);
  });

  it("refuses more than three baselines", () => {
    expect(MAX_COMPARED_BASELINES).toBe(3);
    expect(() => compareBaselines(steps, [baseline, replan, late, baseline])).toThrow(RangeError);
    expect(compareBaselines(steps, []).steps[0]?.baselines).toEqual([]);
  });
});
