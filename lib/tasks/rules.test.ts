import { describe, expect, it } from "vitest";
import {
  daysOverdue,
  isOverdue,
  needsReminder,
  reminderDate,
  reminderRange,
  triggeredWindow,
} from "./rules";

const SH = "Asia/Shanghai";

describe("trigger → return visit window", () => {
  it("is due 7 calendar days after the trigger's local date", () => {
    // Monday 2026-03-02 10:00 in Shanghai.
    const at = new Date("2026-03-02T02:00:00Z");
    expect(triggeredWindow({ at, windowDays: 7, timeZone: SH })).toEqual({
      windowStart: at,
      startDate: "2026-03-02",
      dueDate: "2026-03-09",
    });
  });

  it("counts from the local date, not the UTC one (23:30 in Shanghai is already the next day)", () => {
    const at = new Date("2026-03-01T15:30:00Z"); // 23:30 on 03-01 in Shanghai
    expect(triggeredWindow({ at, windowDays: 7, timeZone: SH }).dueDate).toBe("2026-03-08");
    const after = new Date("2026-03-01T16:30:00Z"); // 00:30 on 03-02 in Shanghai
    expect(triggeredWindow({ at: after, windowDays: 7, timeZone: SH }).startDate).toBe(
      "2026-03-02",
    );
    expect(triggeredWindow({ at: after, windowDays: 7, timeZone: "UTC" }).startDate).toBe(
      "2026-03-01",
    );
  });

  it("crosses the year and uses the trigger's own window", () => {
    const at = new Date("2026-12-29T04:00:00Z");
    expect(triggeredWindow({ at, windowDays: 7, timeZone: SH }).dueDate).toBe("2027-01-05");
    expect(triggeredWindow({ at, windowDays: 3, timeZone: SH }).dueDate).toBe("2027-01-01");
  });
});

describe("reminder", () => {
  it("is on day 5 of a 7-day window (two days before the due date)", () => {
    expect(reminderDate("2026-03-09", "2026-03-02")).toBe("2026-03-07");
  });

  it("is on the first day of a window shorter than three days", () => {
    expect(reminderDate("2026-03-03", "2026-03-02")).toBe("2026-03-02");
  });

  it("is due from the reminder day through the due date, only while open", () => {
    const task = { status: "open" as const, dueDate: "2026-03-09", startDate: "2026-03-02" };
    expect(needsReminder(task, "2026-03-06")).toBe(false);
    expect(needsReminder(task, "2026-03-07")).toBe(true);
    expect(needsReminder(task, "2026-03-09")).toBe(true);
    expect(needsReminder(task, "2026-03-10")).toBe(false);
    expect(needsReminder({ ...task, status: "done" }, "2026-03-08")).toBe(false);
  });

  it("gives the jobs the due dates to remind on a day", () => {
    expect(reminderRange("2026-03-07")).toEqual({ from: "2026-03-07", to: "2026-03-09" });
  });
});

describe("overdue", () => {
  const task = { status: "open" as const, dueDate: "2026-03-09" };

  it("starts the day after the due date", () => {
    expect(isOverdue(task, "2026-03-09")).toBe(false);
    expect(isOverdue(task, "2026-03-10")).toBe(true);
    expect(daysOverdue(task, "2026-03-12")).toBe(3);
    expect(daysOverdue(task, "2026-03-08")).toBe(0);
  });

  it("never applies to done or cancelled tasks", () => {
    expect(isOverdue({ ...task, status: "done" }, "2026-04-01")).toBe(false);
    expect(isOverdue({ ...task, status: "cancelled" }, "2026-04-01")).toBe(false);
  });
});
