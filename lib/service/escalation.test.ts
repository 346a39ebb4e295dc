import { describe, expect, it } from "vitest";
import { chinaCalendar } from "@/lib/calendar/test-calendar";
import { dueSteps, nextEscalationAt, type LadderStep } from "./escalation";
import { pauseClock, startClock } from "./sla";

const calendar = chinaCalendar();
const cst = (date: string, time: string) => new Date(`${date}T${time}:00+08:00`);
const LADDER: LadderStep[] = [
  { id: "exec", thresholdPercent: 100, extraHours: 8, target: "executive" },
  { id: "owner", thresholdPercent: 50, extraHours: 0, target: "owner" },
  { id: "director", thresholdPercent: 100, extraHours: 0, target: "director" },
];
// Monday 7 December 2026 10:00, 16 working hours to resolve.
const clock = startClock(cst("2026-12-07", "10:00"), {
  firstResponseHours: 4,
  resolutionHours: 16,
});
const ids = (steps: LadderStep[]) => steps.map((s) => s.id);
const none = new Set<string>();

describe("escalation ladder step selection", () => {
  it("nothing is due before half the budget is used", () => {
    expect(dueSteps(clock, LADDER, none, cst("2026-12-07", "17:59"), calendar)).toEqual([]);
  });

  it("the owner's step is due at 50 %", () => {
    expect(ids(dueSteps(clock, LADDER, none, cst("2026-12-07", "18:00"), calendar))).toEqual([
      "owner",
    ]);
  });

  it("at breach the director's step is due, lowest threshold first, fired ones never again", () => {
    const at = cst("2026-12-08", "17:00");
    expect(ids(dueSteps(clock, LADDER, none, at, calendar))).toEqual(["owner", "director"]);
    expect(ids(dueSteps(clock, LADDER, new Set(["owner"]), at, calendar))).toEqual(["director"]);
    expect(dueSteps(clock, LADDER, new Set(["owner", "director"]), at, calendar)).toEqual([]);
  });

  it("the executive's step is due 8 working hours after breach, not 8 clock hours", () => {
    const fired = new Set(["owner", "director"]);
    // Tuesday 17:00 + 8 working hours: 1 h Tuesday, 7 h Wednesday → Wednesday 16:00.
    expect(dueSteps(clock, LADDER, fired, cst("2026-12-09", "01:00"), calendar)).toEqual([]);
    expect(ids(dueSteps(clock, LADDER, fired, cst("2026-12-09", "16:00"), calendar))).toEqual([
      "exec",
    ]);
  });

  it("the next look is when the earliest unfired step comes due; none while paused or all fired", () => {
    expect(nextEscalationAt(clock, LADDER, none, calendar)).toEqual(cst("2026-12-07", "18:00"));
    expect(nextEscalationAt(clock, LADDER, new Set(["owner"]), calendar)).toEqual(
      cst("2026-12-08", "17:00"),
    );
    const paused = pauseClock(clock, cst("2026-12-07", "12:00"), calendar);
    expect(nextEscalationAt(paused, LADDER, none, calendar)).toBeNull();
    expect(nextEscalationAt(clock, LADDER, new Set(ids(LADDER)), calendar)).toBeNull();
  });
});
