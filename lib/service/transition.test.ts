import { describe, expect, it } from "vitest";
import { chinaCalendar } from "@/lib/calendar/test-calendar";
import { startClock } from "./sla";
import { changeStatus, type StatusState } from "./transition";

const calendar = chinaCalendar();
const cst = (date: string, time: string) => new Date(`${date}T${time}:00+08:00`);
const received = cst("2026-12-07", "10:00");
const fresh: StatusState = {
  status: "new",
  clock: startClock(received, { firstResponseHours: 4, resolutionHours: 16 }),
  firstRespondedAt: null,
  resolvedAt: null,
  closedAt: null,
};

describe("status changes and the clocks", () => {
  it("acknowledging is the first response; later changes keep the first one", () => {
    const ack = changeStatus(fresh, "acknowledged", cst("2026-12-07", "11:00"), calendar)!;
    expect(ack.firstRespondedAt).toEqual(cst("2026-12-07", "11:00"));
    const working = changeStatus(ack, "in_progress", cst("2026-12-07", "12:00"), calendar)!;
    expect(working.firstRespondedAt).toEqual(cst("2026-12-07", "11:00"));
  });

  it("waiting on the customer pauses, back to work resumes, resolving stops, closing keeps it", () => {
    const waiting = changeStatus(
      fresh,
      "waiting_on_customer",
      cst("2026-12-07", "12:00"),
      calendar,
    )!;
    expect(waiting.clock).toMatchObject({ usedSeconds: 2 * 3600, runningSince: null });
    const back = changeStatus(waiting, "in_progress", cst("2026-12-08", "09:00"), calendar)!;
    expect(back.clock.runningSince).toEqual(cst("2026-12-08", "09:00"));
    const resolved = changeStatus(back, "resolved", cst("2026-12-08", "10:30"), calendar)!;
    expect(resolved.clock).toMatchObject({ usedSeconds: 3.5 * 3600, runningSince: null });
    expect(resolved.resolvedAt).toEqual(cst("2026-12-08", "10:30"));
    const closed = changeStatus(resolved, "closed", cst("2026-12-09", "10:00"), calendar)!;
    expect(closed).toMatchObject({ status: "closed", closedAt: cst("2026-12-09", "10:00") });
    expect(closed.clock.usedSeconds).toBe(3.5 * 3600);
  });

  it("reopening a closed request clears resolved and closed and runs the clock again", () => {
    const resolved = changeStatus(fresh, "resolved", cst("2026-12-07", "11:00"), calendar)!;
    const closed = changeStatus(resolved, "closed", cst("2026-12-07", "12:00"), calendar)!;
    const reopened = changeStatus(closed, "in_progress", cst("2026-12-10", "09:00"), calendar)!;
    expect(reopened).toMatchObject({ status: "in_progress", resolvedAt: null, closedAt: null });
    expect(reopened.clock).toMatchObject({
      usedSeconds: 3600,
      runningSince: cst("2026-12-10", "09:00"),
    });
  });

  it("refuses a change the transitions do not allow", () => {
    expect(changeStatus(fresh, "closed", cst("2026-12-07", "11:00"), calendar)).toBeNull();
  });
});
