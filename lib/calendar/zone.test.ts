import { describe, expect, test } from "vitest";
import { zonedInstant, zonedTime } from "./zone";

describe("zoned time", () => {
  test("reads Shanghai wall time eight hours ahead of UTC, across the date line of midnight", () => {
    expect(zonedTime(new Date("2026-03-02T01:30:00Z"), "Asia/Shanghai")).toEqual({
      date: "2026-03-02",
      minute: 9 * 60 + 30,
      weekday: 1,
    });
    expect(zonedTime(new Date("2026-12-31T16:00:00Z"), "Asia/Shanghai")).toEqual({
      date: "2027-01-01",
      minute: 0,
      weekday: 5,
    });
    expect(zonedTime(new Date("2026-03-02T01:30:30.500Z"), "Asia/Shanghai").minute).toBeCloseTo(
      570.5083,
      3,
    );
  });

  test("turns a local wall time back into the instant", () => {
    expect(zonedInstant("2026-03-02", 9 * 60, "Asia/Shanghai").toISOString()).toBe(
      "2026-03-02T01:00:00.000Z",
    );
    expect(zonedInstant("2027-01-01", 0, "Asia/Shanghai").toISOString()).toBe(
      "2026-12-31T16:00:00.000Z",
    );
    expect(zonedInstant("2026-03-02", 9 * 60, "UTC").toISOString()).toBe(
      "2026-03-02T09:00:00.000Z",
    );
  });

  test("follows daylight saving time in zones that have it", () => {
    // New York: EST (−5) before 8 March 2026, EDT (−4) after.
    expect(zonedInstant("2026-03-06", 9 * 60, "America/New_York").toISOString()).toBe(
      "2026-03-06T14:00:00.000Z",
    );
    expect(zonedInstant("2026-03-09", 9 * 60, "America/New_York").toISOString()).toBe(
      "2026-03-09T13:00:00.000Z",
    );
    expect(zonedTime(new Date("2026-03-09T13:00:00Z"), "America/New_York").minute).toBe(540);
  });

  test("reads the wall time Intl reads, minute by minute across the day the clocks change", () => {
    // The UTC day of New York's spring change has two offsets: the day cache must not apply.
    const intl = new Intl.DateTimeFormat("en-US", {
      timeZone: "America/New_York",
      hourCycle: "h23",
      hour: "2-digit",
      minute: "2-digit",
    });
    const start = Date.parse("2026-03-08T00:00:00Z");
    for (let m = 0; m < 2 * 24 * 60; m += 7) {
      const at = new Date(start + m * 60_000);
      const [hour, minute] = intl.format(at).split(":").map(Number) as [number, number];
      expect(zonedTime(at, "America/New_York").minute, at.toISOString()).toBe(hour * 60 + minute);
    }
    expect(zonedInstant("2026-03-08", 3 * 60, "America/New_York").toISOString()).toBe(
      "2026-03-08T07:00:00.000Z",
    );
  });
});
