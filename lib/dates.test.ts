import { describe, expect, it } from "vitest";
import {
  addDays,
  dateBounds,
  daysBetween,
  isDateInRange,
  isIsoDate,
  nextMonth,
  todayIn,
  weekdayOf,
} from "./dates";

describe("calendar dates", () => {
  it("accepts real dates only", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2023-02-29")).toBe(false);
    expect(isIsoDate("2100-02-29")).toBe(false);
    expect(isIsoDate("2000-02-29")).toBe(true);
    expect(isIsoDate("2024-13-01")).toBe(false);
    expect(isIsoDate("2024-1-01")).toBe(false);
    expect(isIsoDate("2024-01-01T00:00:00Z")).toBe(false);
  });

  it("adds days across months, years and leap days", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2023-02-28", 1)).toBe("2023-03-01");
    expect(addDays("2024-12-31", 1)).toBe("2025-01-01");
    expect(addDays("2025-01-01", -1)).toBe("2024-12-31");
    expect(addDays("2024-01-31", 30)).toBe("2024-03-01");
    expect(addDays("2024-03-30", 2)).toBe("2024-04-01");
  });

  it("counts days between dates, positive when the second is later", () => {
    expect(daysBetween("2024-01-01", "2025-01-01")).toBe(366);
    expect(daysBetween("2023-01-01", "2024-01-01")).toBe(365);
    expect(daysBetween("2024-03-10", "2024-03-01")).toBe(-9);
  });

  it("refuses invalid input instead of guessing", () => {
    expect(() => addDays("2023-02-29", 1)).toThrow(RangeError);
    expect(() => addDays("2024-01-01", 0.5)).toThrow(RangeError);
    expect(() => daysBetween("soon", "2024-01-01")).toThrow(RangeError);
  });

  it("gives today in the user's time zone", () => {
    const instant = new Date("2024-02-29T20:00:00Z");
    expect(todayIn("Asia/Shanghai", instant)).toBe("2024-03-01");
    expect(todayIn("America/New_York", instant)).toBe("2024-02-29");
  });

  it("gives today's date at the given instant, across midnight in the zone", () => {
    const lateUtc = new Date("2026-05-20T18:30:00Z");
    expect(todayIn("Asia/Shanghai", lateUtc)).toBe("2026-05-21");
    expect(todayIn("UTC", lateUtc)).toBe("2026-05-20");
  });

  it("numbers weekdays from Monday = 1 to Sunday = 7", () => {
    expect(weekdayOf("2026-12-07")).toBe(1);
    expect(weekdayOf("2026-12-06")).toBe(7);
    expect(weekdayOf("2027-01-02")).toBe(6);
  });

  it("steps to the next month, across a year's end", () => {
    expect(nextMonth("2026-05")).toBe("2026-06");
    expect(nextMonth("2026-09")).toBe("2026-10");
    expect(nextMonth("2026-12")).toBe("2027-01");
  });

  it("finds the earliest and latest date", () => {
    expect(dateBounds(["2024-03-01", null, "2023-12-31", "2024-02-29"])).toEqual({
      min: "2023-12-31",
      max: "2024-03-01",
    });
    expect(dateBounds([null, undefined])).toBeNull();
  });
});

describe("dates a form accepts", () => {
  it("are real dates from 1900 to 2199: 9999-12-31 is a typo, not a plan", () => {
    for (const ok of ["1900-01-01", "2024-02-29", "2199-12-31"])
      expect(isDateInRange(ok)).toBe(true);
    for (const bad of ["1899-12-31", "2200-01-01", "9999-12-31", "0000-01-01", "2023-02-29", ""]) {
      expect(isDateInRange(bad), bad).toBe(false);
    }
  });
});
