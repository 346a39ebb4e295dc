import { describe, expect, it } from "vitest";
import { chinaCalendar } from "@/lib/calendar/test-calendar";
import {
  deadlines,
  firstResponseView,
  pauseClock,
  rebudget,
  resolutionView,
  resumeClock,
  startClock,
  stopClock,
  usedHours,
} from "./sla";

const calendar = chinaCalendar();
/** A wall time in Shanghai (UTC+8). */
const cst = (date: string, time: string) => new Date(`${date}T${time}:00+08:00`);
const budget = { firstResponseHours: 4, resolutionHours: 16 };
// Monday 7 December 2026, 10:00.
const received = cst("2026-12-07", "10:00");

describe("SLA deadlines in working hours", () => {
  it("counts only working hours: 16 h from Monday 10:00 ends Tuesday 17:00", () => {
    const clock = startClock(received, budget);
    expect(deadlines(clock, calendar)).toEqual({
      firstResponseDueAt: cst("2026-12-07", "14:00"),
      resolutionDueAt: cst("2026-12-08", "17:00"),
    });
  });

  it("skips a public holiday week and ends on the first working day after it", () => {
    const clock = startClock(cst("2026-09-30", "17:00"), { ...budget, resolutionHours: 2 });
    // 1 h on 30 September, 1–7 October are the National Day holidays.
    expect(deadlines(clock, calendar).resolutionDueAt).toEqual(cst("2026-10-08", "10:00"));
  });

  it("counts a make-up working day (调休) on a Saturday", () => {
    const clock = startClock(cst("2026-10-09", "17:00"), { ...budget, resolutionHours: 2 });
    expect(deadlines(clock, calendar).resolutionDueAt).toEqual(cst("2026-10-10", "10:00"));
  });
});

describe("the clock pauses while waiting on the customer", () => {
  it("does not count the paused time and moves the deadline by it", () => {
    const paused = pauseClock(startClock(received, budget), cst("2026-12-07", "14:00"), calendar);
    expect(paused.usedSeconds).toBe(4 * 3600);
    expect(deadlines(paused, calendar).resolutionDueAt).toBeNull();
    // Two days later the used time is still 4 h.
    expect(usedHours(paused, cst("2026-12-09", "09:00"), calendar)).toBe(4);
    const view = resolutionView(paused, cst("2026-12-09", "09:00"), calendar);
    expect(view).toMatchObject({ state: "paused", usedHours: 4, remainingHours: 12 });

    const resumed = resumeClock(paused, cst("2026-12-09", "09:00"));
    // 12 h left from Wednesday 09:00: 9 h on Wednesday, 3 h on Thursday.
    expect(deadlines(resumed, calendar).resolutionDueAt).toEqual(cst("2026-12-10", "12:00"));
  });

  it("a resolved request's clock stops with the time used", () => {
    const stopped = stopClock(startClock(received, budget), cst("2026-12-07", "12:30"), calendar);
    const later = resolutionView(stopped, cst("2026-12-20", "12:00"), calendar);
    expect(later).toMatchObject({ state: "stopped", usedHours: 2.5, breached: false });
  });
});

describe("a priority change keeps the time already used", () => {
  it("recomputes the deadline from the new budget minus the hours used", () => {
    const now = cst("2026-12-07", "14:00");
    const urgent = rebudget(
      startClock(received, budget),
      { firstResponseHours: 1, resolutionHours: 8 },
      now,
      calendar,
    );
    expect(urgent.usedSeconds).toBe(4 * 3600);
    expect(deadlines(urgent, calendar)).toEqual({
      firstResponseDueAt: cst("2026-12-07", "11:00"),
      resolutionDueAt: cst("2026-12-07", "18:00"),
    });
  });

  it("a budget smaller than the time used is breached at once", () => {
    const now = cst("2026-12-07", "15:00");
    const tight = rebudget(
      startClock(received, budget),
      { firstResponseHours: 1, resolutionHours: 2 },
      now,
      calendar,
    );
    expect(deadlines(tight, calendar).resolutionDueAt).toEqual(now);
    expect(resolutionView(tight, now, calendar)).toMatchObject({
      breached: true,
      usedHours: 5,
      remainingHours: -3,
    });
  });

  it("a paused clock takes the new budget and stays paused", () => {
    const paused = pauseClock(startClock(received, budget), cst("2026-12-07", "14:00"), calendar);
    const changed = rebudget(
      paused,
      { firstResponseHours: 1, resolutionHours: 8 },
      cst("2026-12-08", "10:00"),
      calendar,
    );
    expect(changed).toMatchObject({
      usedSeconds: 4 * 3600,
      runningSince: null,
      resolutionHours: 8,
    });
  });
});

describe("first-response clock", () => {
  it("is breached after its budget and stops at the first response", () => {
    const clock = startClock(received, budget);
    expect(firstResponseView(clock, null, cst("2026-12-07", "15:00"), calendar)).toMatchObject({
      breached: true,
      usedHours: 5,
      state: "running",
    });
    const answered = firstResponseView(
      clock,
      cst("2026-12-07", "11:00"),
      cst("2026-12-09", "15:00"),
      calendar,
    );
    expect(answered).toMatchObject({ breached: false, usedHours: 1, state: "stopped" });
  });
});
