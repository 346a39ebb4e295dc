import { describe, expect, test } from "vitest";
import { chinaCalendar } from "@/lib/calendar/test-calendar";
import {
  DEFAULT_FILING_LIMIT_HOURS,
  delayHours,
  filingDeadline,
  filingDelayMinutes,
} from "./filing";
import type { ActivityType } from "./types";

const calendar = chinaCalendar();
/** A Shanghai wall time as an instant. */
const sh = (local: string) => new Date(`${local.replace(" ", "T")}:00+08:00`);
const delay = (type: ActivityType, occurred: string, logged: string) =>
  filingDelayMinutes({
    type,
    occurredAt: sh(occurred),
    loggedAt: sh(logged),
    limits: DEFAULT_FILING_LIMIT_HOURS,
    calendar,
  });

describe("filing limits (seed 003)", () => {
  test("a reception has two days, every other activity 24 hours", () => {
    expect(DEFAULT_FILING_LIMIT_HOURS.reception).toBe(48);
    for (const type of ["call", "visit", "meeting", "email", "note"] as const) {
      expect(DEFAULT_FILING_LIMIT_HOURS[type]).toBe(24);
    }
    expect(filingDeadline(sh("2026-12-07 10:00"), 48)).toEqual(sh("2026-12-09 10:00"));
  });
});

describe("filing delay in working hours", () => {
  test("filed within the limit: no delay, up to the deadline itself", () => {
    expect(delay("call", "2026-12-07 10:00", "2026-12-07 10:05")).toBe(0);
    expect(delay("call", "2026-12-07 10:00", "2026-12-08 10:00")).toBe(0);
    expect(delay("reception", "2026-12-07 10:00", "2026-12-09 09:59")).toBe(0);
  });

  test("a call logged the next afternoon is late by the working hours after its deadline", () => {
    // Deadline Tue 10:00; logged Tue 13:00: 3 working hours.
    expect(delay("call", "2026-12-07 10:00", "2026-12-08 13:00")).toBe(180);
  });

  test("a reception logged three days later is late by one day's remaining working hours", () => {
    // Mon 10:00 → deadline Wed 10:00; logged Thu 10:00: Wed 10–18 (8 h) + Thu 9–10 (1 h).
    expect(delay("reception", "2026-12-07 10:00", "2026-12-10 10:00")).toBe(9 * 60);
    // The same delay is only late for a reception after the second day.
    expect(delay("reception", "2026-12-07 10:00", "2026-12-08 17:00")).toBe(0);
  });

  test("nights and weekends after the deadline do not count", () => {
    // Fri 17:00 call → deadline Sat 17:00; logged Mon 08:30 before work: not late in working time.
    expect(delay("call", "2026-12-11 17:00", "2026-12-14 08:30")).toBe(0);
    // Logged Mon 11:30: 2.5 working hours.
    expect(delay("call", "2026-12-11 17:00", "2026-12-14 11:30")).toBe(150);
  });

  test("public holidays do not count (National Day week 2026)", () => {
    // Wed 30 Sep 10:00 → deadline Thu 1 Oct 10:00 (holiday); holidays run to 7 Oct.
    // Logged Thu 8 Oct 12:00: 3 working hours (9–12).
    expect(delay("visit", "2026-09-30 10:00", "2026-10-08 12:00")).toBe(180);
  });

  test("an admin's longer limit moves the deadline", () => {
    const minutes = filingDelayMinutes({
      type: "call",
      occurredAt: sh("2026-12-07 10:00"),
      loggedAt: sh("2026-12-08 13:00"),
      limits: { ...DEFAULT_FILING_LIMIT_HOURS, call: 48 },
      calendar,
    });
    expect(minutes).toBe(0);
  });

  test("hours shown to one decimal", () => {
    expect(delayHours(180)).toBe(3);
    expect(delayHours(150)).toBe(2.5);
    expect(delayHours(10)).toBe(0.2);
  });
});
