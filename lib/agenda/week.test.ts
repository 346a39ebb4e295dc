import { describe, expect, test } from "vitest";
import { agendaBucket, agendaWeek, mondayOf, quarterOfDate } from "./week";

describe("agenda week", () => {
  test("runs Monday to Sunday; a Sunday belongs to the week before", () => {
    expect(mondayOf("2026-12-03")).toBe("2026-11-30");
    expect(mondayOf("2026-12-06")).toBe("2026-11-30");
    expect(mondayOf("2026-12-07")).toBe("2026-12-07");
  });

  test("comes from the URL, else today's week; previous and next cross the year", () => {
    const week = agendaWeek("2026-12-30", "2026-03-04");
    expect(week.days).toEqual([
      "2026-12-28",
      "2026-12-29",
      "2026-12-30",
      "2026-12-31",
      "2027-01-01",
      "2027-01-02",
      "2027-01-03",
    ]);
    expect([week.start, week.end, week.previous, week.next]).toEqual([
      "2026-12-28",
      "2027-01-04",
      "2026-12-21",
      "2027-01-04",
    ]);
    expect(agendaWeek("not-a-date", "2026-03-04").start).toBe("2026-03-02");
    expect(agendaWeek(["2026-12-30"], "2026-03-04").start).toBe("2026-03-02");
    expect(agendaWeek("2026-02-30", "2026-03-04").start).toBe("2026-03-02");
  });
});

test("an open task is overdue before today, today's on its day, upcoming for 7 days, else not listed", () => {
  const today = "2026-12-30";
  expect(agendaBucket("2026-12-29", today)).toBe("overdue");
  expect(agendaBucket("2026-12-30", today)).toBe("today");
  expect(agendaBucket("2027-01-06", today)).toBe("upcoming");
  expect(agendaBucket("2027-01-07", today)).toBeNull();
});

test("quarters as local date ranges, the last one ending next year", () => {
  expect(quarterOfDate("2026-02-15")).toEqual({ from: "2026-01-01", to: "2026-04-01" });
  expect(quarterOfDate("2026-06-30")).toEqual({ from: "2026-04-01", to: "2026-07-01" });
  expect(quarterOfDate("2026-12-03")).toEqual({ from: "2026-10-01", to: "2027-01-01" });
});
