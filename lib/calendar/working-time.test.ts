import { describe, expect, test } from "vitest";
import { addDays } from "@/lib/dates";
import { chinaCalendar } from "./test-calendar";
import {
  addWorkingDays,
  addWorkingHours,
  endOfWorkingDay,
  isWorkingDay,
  isWorkingTime,
  nextWorkingDay,
  workingDaysBetween,
  workingHoursBetween,
} from "./working-time";

const cal = chinaCalendar();
/** A Shanghai wall time as an instant: sh("2026-12-07 09:30"). */
const sh = (local: string) => new Date(`${local.replace(" ", "T")}:00+08:00`);
const iso = (d: Date) => d.toISOString();

describe("working days", () => {
  test("weekdays work and weekends rest", () => {
    expect(isWorkingDay("2026-12-07", cal)).toBe(true); // Monday
    expect(isWorkingDay("2026-12-11", cal)).toBe(true); // Friday
    expect(isWorkingDay("2026-12-12", cal)).toBe(false); // Saturday
    expect(isWorkingDay("2026-12-13", cal)).toBe(false); // Sunday
  });

  test("public holidays rest even on a weekday", () => {
    expect(isWorkingDay("2026-10-01", cal)).toBe(false); // Thursday, National Day
    expect(isWorkingDay("2026-02-23", cal)).toBe(false); // Monday, Spring Festival
    expect(isWorkingDay("2026-01-01", cal)).toBe(false);
  });

  test("make-up days (调休) work even on a weekend", () => {
    expect(isWorkingDay("2026-01-04", cal)).toBe(true); // Sunday
    expect(isWorkingDay("2026-02-14", cal)).toBe(true); // Saturday
    expect(isWorkingDay("2026-09-20", cal)).toBe(true); // Sunday
    expect(isWorkingDay("2026-10-10", cal)).toBe(true); // Saturday
  });

  test("an instant's day is its day in the calendar's time zone, not UTC's", () => {
    // 2026-09-30 17:00 UTC is already 1 October in Shanghai.
    expect(isWorkingDay(new Date("2026-09-30T17:00:00Z"), cal)).toBe(false);
    expect(isWorkingDay(new Date("2026-09-30T15:00:00Z"), cal)).toBe(true);
  });

  test("other weekday sets: a six-day week", () => {
    const sixDays = chinaCalendar({ weekdays: [1, 2, 3, 4, 5, 6] });
    expect(isWorkingDay("2026-12-12", sixDays)).toBe(true);
    expect(isWorkingDay("2026-12-13", sixDays)).toBe(false);
  });

  test("working time is within the day's hours, start included and end excluded", () => {
    expect(isWorkingTime(sh("2026-12-07 09:00"), cal)).toBe(true);
    expect(isWorkingTime(sh("2026-12-07 08:59"), cal)).toBe(false);
    expect(isWorkingTime(sh("2026-12-07 17:59"), cal)).toBe(true);
    expect(isWorkingTime(sh("2026-12-07 18:00"), cal)).toBe(false);
    expect(isWorkingTime(sh("2026-10-02 10:00"), cal)).toBe(false);
  });
});

describe("addWorkingDays", () => {
  test("skips weekends", () => {
    expect(addWorkingDays("2026-12-10", 1, cal)).toBe("2026-12-11");
    expect(addWorkingDays("2026-12-11", 1, cal)).toBe("2026-12-14");
    expect(addWorkingDays("2026-12-11", 5, cal)).toBe("2026-12-18");
  });

  test("skips a whole holiday week and counts its make-up day", () => {
    // Wed 30 Sep → Oct 1–7 off, Thu 8, Fri 9, Sat 10 (make-up) are working days.
    expect(addWorkingDays("2026-09-30", 1, cal)).toBe("2026-10-08");
    expect(addWorkingDays("2026-09-30", 3, cal)).toBe("2026-10-10");
    expect(addWorkingDays("2026-09-30", 4, cal)).toBe("2026-10-12");
    // Fri 18 Sep → Sun 20 Sep is a make-up working day.
    expect(addWorkingDays("2026-09-18", 1, cal)).toBe("2026-09-20");
  });

  test("crosses the year boundary into next year's holidays", () => {
    // Thu 31 Dec 2026 → 1 Jan 2027 (Fri) is New Year's Day, then the weekend.
    expect(addWorkingDays("2026-12-31", 1, cal)).toBe("2027-01-04");
    // Wed 31 Dec 2025 → Jan 1–3 2026 off, Sun 4 Jan a make-up day.
    expect(addWorkingDays("2025-12-31", 1, cal)).toBe("2026-01-04");
    expect(addWorkingDays("2025-12-31", 2, cal)).toBe("2026-01-05");
  });

  test("counts backwards with a negative number", () => {
    expect(addWorkingDays("2026-12-14", -1, cal)).toBe("2026-12-11");
    expect(addWorkingDays("2026-10-08", -1, cal)).toBe("2026-09-30");
    expect(addWorkingDays("2027-01-04", -1, cal)).toBe("2026-12-31");
  });

  test("zero days is the day itself when it works, else the next working day", () => {
    expect(addWorkingDays("2026-12-07", 0, cal)).toBe("2026-12-07");
    expect(addWorkingDays("2026-12-12", 0, cal)).toBe("2026-12-14");
    expect(nextWorkingDay("2026-02-13", cal)).toBe("2026-02-14");
    expect(nextWorkingDay("2026-02-14", cal)).toBe("2026-02-24");
  });

  test("refuses fractions and a calendar with no working day", () => {
    expect(() => addWorkingDays("2026-12-07", 1.5, cal)).toThrow(RangeError);
    const never = chinaCalendar({ weekdays: [], makeUpDays: new Set() });
    expect(() => addWorkingDays("2026-12-07", 1, never)).toThrow(/no working day/);
  });

  test("counts the working days of a span, both ends included", () => {
    expect(workingDaysBetween("2026-12-07", "2026-12-13", cal)).toBe(5);
    // Counted without walking: the same as checking every day of 2026–2027.
    let walked = 0;
    for (let day = "2026-01-01"; day <= "2027-12-31"; day = addDays(day, 1)) {
      if (isWorkingDay(day, cal)) walked++;
    }
    expect(workingDaysBetween("2026-01-01", "2027-12-31", cal)).toBe(walked);
    expect(workingDaysBetween("2026-10-01", "2026-10-07", cal)).toBe(0);
    expect(workingDaysBetween("2026-02-14", "2026-02-14", cal)).toBe(1); // make-up Saturday
    expect(workingDaysBetween("2026-09-28", "2026-10-11", cal)).toBe(6); // Mon 28 – Sun 11
    expect(workingDaysBetween("2026-12-13", "2026-12-07", cal)).toBe(0);
    // 261 weekdays in 2026, 19 of them holidays (2 + 6 + 1 + 3 + 1 + 1 + 5), 6 make-up days.
    expect(workingDaysBetween("2026-01-01", "2026-12-31", cal)).toBe(261 - 19 + 6);
  });
});

describe("addWorkingHours", () => {
  test("adds within a working day", () => {
    expect(iso(addWorkingHours(sh("2026-12-07 10:00"), 3, cal))).toBe(iso(sh("2026-12-07 13:00")));
    expect(iso(addWorkingHours(sh("2026-12-07 10:00"), 0.5, cal))).toBe(
      iso(sh("2026-12-07 10:30")),
    );
  });

  test("a start outside working hours starts counting at the next opening", () => {
    expect(iso(addWorkingHours(sh("2026-12-07 07:00"), 1, cal))).toBe(iso(sh("2026-12-07 10:00")));
    expect(iso(addWorkingHours(sh("2026-12-07 19:00"), 1, cal))).toBe(iso(sh("2026-12-08 10:00")));
    expect(iso(addWorkingHours(sh("2026-12-12 11:00"), 1, cal))).toBe(iso(sh("2026-12-14 10:00")));
  });

  test("carries the rest of a partial day into the next working day", () => {
    // Friday 16:00 + 4 h = 2 h on Friday, 2 h on Monday.
    expect(iso(addWorkingHours(sh("2026-12-11 16:00"), 4, cal))).toBe(iso(sh("2026-12-14 11:00")));
    // 24 working hours from Monday 09:00 = 9 + 9 + 6 → Wednesday 15:00.
    expect(iso(addWorkingHours(sh("2026-12-07 09:00"), 24, cal))).toBe(iso(sh("2026-12-09 15:00")));
  });

  test("ending exactly at closing time stays on that day", () => {
    expect(iso(addWorkingHours(sh("2026-12-07 09:00"), 9, cal))).toBe(iso(sh("2026-12-07 18:00")));
  });

  test("jumps over holidays and works make-up days", () => {
    // Wed 30 Sep 17:00 + 2 h → 1 h that day, then Thu 8 Oct 10:00.
    expect(iso(addWorkingHours(sh("2026-09-30 17:00"), 2, cal))).toBe(iso(sh("2026-10-08 10:00")));
    // Fri 13 Feb 17:00 + 2 h → Sat 14 Feb is a make-up day: 10:00.
    expect(iso(addWorkingHours(sh("2026-02-13 17:00"), 2, cal))).toBe(iso(sh("2026-02-14 10:00")));
  });

  test("crosses the year boundary", () => {
    // Thu 31 Dec 2026 17:00 + 2 h → Mon 4 Jan 2027 10:00 (1 Jan holiday, then weekend).
    expect(iso(addWorkingHours(sh("2026-12-31 17:00"), 2, cal))).toBe(iso(sh("2027-01-04 10:00")));
  });

  test("zero hours is the start itself; negative hours are refused", () => {
    const start = sh("2026-12-12 11:00");
    expect(addWorkingHours(start, 0, cal)).toBe(start);
    expect(() => addWorkingHours(start, -1, cal)).toThrow(RangeError);
  });

  test("uses the calendar's own hours and time zone", () => {
    const utc = chinaCalendar({ timeZone: "UTC", dayStart: 8 * 60, dayEnd: 12 * 60 });
    expect(iso(addWorkingHours(new Date("2026-12-07T11:00:00Z"), 2, utc))).toBe(
      "2026-12-08T09:00:00.000Z",
    );
  });
});

describe("workingHoursBetween", () => {
  test("counts only working hours of working days", () => {
    expect(workingHoursBetween(sh("2026-12-07 10:00"), sh("2026-12-07 12:30"), cal)).toBe(2.5);
    expect(workingHoursBetween(sh("2026-12-07 07:00"), sh("2026-12-07 20:00"), cal)).toBe(9);
    expect(workingHoursBetween(sh("2026-12-11 17:00"), sh("2026-12-14 10:00"), cal)).toBe(2);
  });

  test("is the inverse of addWorkingHours", () => {
    for (const [start, hours] of [
      ["2026-09-30 17:00", 2],
      ["2026-12-31 17:00", 2],
      ["2026-02-13 12:15", 30],
      ["2026-12-07 09:00", 24],
    ] as const) {
      const end = addWorkingHours(sh(start), hours, cal);
      expect(workingHoursBetween(sh(start), end, cal), start).toBeCloseTo(hours, 9);
    }
  });

  test("is zero over a holiday and negative backwards", () => {
    expect(workingHoursBetween(sh("2026-10-01 09:00"), sh("2026-10-07 18:00"), cal)).toBe(0);
    expect(workingHoursBetween(sh("2026-12-07 12:00"), sh("2026-12-07 10:00"), cal)).toBe(-2);
  });

  test("counts a make-up Saturday and skips a holiday Monday", () => {
    // Fri 13 Feb 09:00 → Tue 24 Feb 09:00: Friday 9 h + Saturday 14th 9 h; 15–23 off.
    expect(workingHoursBetween(sh("2026-02-13 09:00"), sh("2026-02-24 09:00"), cal)).toBe(18);
  });

  test("long spans (counted without walking the days) equal the sum of their short parts", () => {
    const start = sh("2025-11-03 10:17").getTime();
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let i = 0; i < 60; i++) {
      const from = new Date(start + random() * 300 * 86_400_000);
      const to = new Date(from.getTime() + (15 + random() * 420) * 86_400_000);
      // Reference: the same span cut into pieces of under 14 days, each walked day by day.
      let reference = 0;
      for (let t = from.getTime(); t < to.getTime(); t += 10 * 86_400_000) {
        const end = new Date(Math.min(t + 10 * 86_400_000, to.getTime()));
        reference += workingHoursBetween(new Date(t), end, cal);
      }
      expect(workingHoursBetween(from, to, cal), iso(from)).toBeCloseTo(reference, 9);
    }
  });

  test("measures a late filing across the year boundary", () => {
    // Visit on Wed 30 Dec 2026 16:00, filed Mon 4 Jan 2027 11:00.
    expect(workingHoursBetween(sh("2026-12-30 16:00"), sh("2027-01-04 11:00"), cal)).toBe(
      2 + 9 + 2,
    );
  });

  test("end of a working day is its closing instant in the time zone", () => {
    expect(iso(endOfWorkingDay("2026-12-07", cal))).toBe("2026-12-07T10:00:00.000Z");
  });
});
