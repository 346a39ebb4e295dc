import { describe, expect, it } from "vitest";
import { chinaCalendar } from "@/lib/calendar/test-calendar";
import { dueSteps, nextEscalationAt, type LadderStep } from "./escalation";
import { pauseClock, startClock } from "./sla";

const calendar = chinaCalendar();
const cst = (date: string, time: string) => new Date(`${date}T${time}:00+08:00`);
const LADDER: LadderStep[] = [
  { id: "exec", clock: "resolution", thresholdPercent: 100, extraHours: 8, target: "executive" },
  { id: "owner", clock: "resolution", thresholdPercent: 50, extraHours: 0, target: "owner" },
  { id: "director", clock: "resolution", thresholdPercent: 100, extraHours: 0, target: "director" },
];
// Monday 7 December 2026 10:00, 16 working hours to resolve.
const clock = startClock(cst("2026-12-07", "10:00"), {
  firstResponseHours: 4,
  resolutionHours: 16,
});
const open = { clock, respondedAt: null };
const ids = (steps: LadderStep[]) => steps.map((s) => s.id);
const none = new Set<string>();

describe("escalation ladder step selection", () => {
  it("nothing is due before half the budget is used", () => {
    expect(dueSteps(open, LADDER, none, cst("2026-12-07", "17:59"), calendar)).toEqual([]);
  });

  it("the owner's step is due at 50 %", () => {
    expect(ids(dueSteps(open, LADDER, none, cst("2026-12-07", "18:00"), calendar))).toEqual([
      "owner",
    ]);
  });

  it("at breach the director's step is due, lowest threshold first, fired ones never again", () => {
    const at = cst("2026-12-08", "17:00");
    expect(ids(dueSteps(open, LADDER, none, at, calendar))).toEqual(["owner", "director"]);
    expect(ids(dueSteps(open, LADDER, new Set(["owner"]), at, calendar))).toEqual(["director"]);
    expect(dueSteps(open, LADDER, new Set(["owner", "director"]), at, calendar)).toEqual([]);
  });

  it("the executive's step is due 8 working hours after breach, not 8 clock hours", () => {
    const fired = new Set(["owner", "director"]);
    // Tuesday 17:00 + 8 working hours: 1 h Tuesday, 7 h Wednesday → Wednesday 16:00.
    expect(dueSteps(open, LADDER, fired, cst("2026-12-09", "01:00"), calendar)).toEqual([]);
    expect(ids(dueSteps(open, LADDER, fired, cst("2026-12-09", "16:00"), calendar))).toEqual([
      "exec",
    ]);
  });

  it("the next look is when the earliest unfired step comes due; none while paused or all fired", () => {
    expect(nextEscalationAt(open, LADDER, none, calendar)).toEqual(cst("2026-12-07", "18:00"));
    expect(nextEscalationAt(open, LADDER, new Set(["owner"]), calendar)).toEqual(
      cst("2026-12-08", "17:00"),
    );
    const paused = pauseClock(clock, cst("2026-12-07", "12:00"), calendar);
    expect(
      nextEscalationAt({ clock: paused, respondedAt: null }, LADDER, none, calendar),
    ).toBeNull();
    expect(nextEscalationAt(open, LADDER, new Set(ids(LADDER)), calendar)).toBeNull();
  });
});

describe("first-response steps", () => {
  const FIRST: LadderStep = {
    id: "late",
    clock: "first_response",
    thresholdPercent: 100,
    extraHours: 0,
    target: "director",
  };
  const ladder = [FIRST, ...LADDER];
  const answered = { clock, respondedAt: cst("2026-12-07", "13:00") };

  it("a request not answered within its 4 working hours goes to the director, on working time", () => {
    // Monday 10:00 + 4 working hours → Monday 14:00.
    const due = nextEscalationAt(open, [FIRST], none, calendar)!;
    expect(dueSteps(open, ladder, none, new Date(due.getTime() - 60_000), calendar)).toEqual([]);
    expect(ids(dueSteps(open, ladder, none, due, calendar))).toEqual(["late"]);
    expect(due).toEqual(cst("2026-12-07", "14:00"));
  });

  it("a first response ends the first-response steps but not the resolution ones", () => {
    expect(ids(dueSteps(answered, ladder, none, cst("2026-12-08", "17:00"), calendar))).toEqual([
      "owner",
      "director",
    ]);
    expect(nextEscalationAt(answered, ladder, none, calendar)).toEqual(cst("2026-12-07", "18:00"));
  });

  it("the first-response clock does not pause: waiting on the customer unanswered still escalates", () => {
    const paused = {
      clock: pauseClock(clock, cst("2026-12-07", "11:00"), calendar),
      respondedAt: null,
    };
    expect(nextEscalationAt(paused, ladder, none, calendar)).toEqual(cst("2026-12-07", "14:00"));
    expect(nextEscalationAt(paused, ladder, new Set(["late"]), calendar)).toBeNull();
  });

  it("several steps due at once come earliest-due first", () => {
    const at = cst("2026-12-08", "17:00");
    expect(ids(dueSteps(open, ladder, none, at, calendar))).toEqual(["late", "owner", "director"]);
  });
});
