import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, test } from "vitest";
import { db } from "@/db";
import { getWorkingCalendar, getWorkingHours } from "@/db/queries/calendar";
import { auditLog, calendarDays, workingHours } from "@/db/schema";
import { createUser, truncateAll } from "@/db/testing/fixtures";
import { signInAs } from "@/db/testing/session";
import { addWorkingDays, isWorkingDay } from "@/lib/calendar/working-time";
import { removeCalendarDayAction, saveCalendarDayAction, saveWorkingHoursAction } from "./actions";

beforeEach(async () => {
  await truncateAll();
  signInAs(null);
});

const hours = { weekdays: ["1", "2", "3", "4", "5", "6"], dayStart: "08:30", dayEnd: "17:30" };

describe("working calendar administration", () => {
  test("an admin sets weekdays and hours; the time rules count with them", async () => {
    const admin = await createUser("admin");
    signInAs(admin.id);
    expect(await getWorkingHours()).toMatchObject({ weekdays: [1, 2, 3, 4, 5], version: 0 });
    const result = await saveWorkingHoursAction({ ...hours, version: 0 });
    expect(result).toEqual({ ok: true, data: { version: 1 } });
    const calendar = await getWorkingCalendar();
    expect(calendar).toMatchObject({ weekdays: [1, 2, 3, 4, 5, 6], dayStart: 510, dayEnd: 1050 });
    expect(isWorkingDay("2026-12-12", calendar)).toBe(true); // a Saturday now works
    const stale = await saveWorkingHoursAction({ ...hours, version: 0 });
    expect(stale).toMatchObject({ ok: false, error: "conflict" });
    const [audit] = await db.select().from(auditLog).where(eq(auditLog.entity, "workingHours"));
    expect(audit).toMatchObject({
      actorId: admin.id,
      before: null,
      after: { weekdays: [1, 2, 3, 4, 5, 6], dayStart: 510, dayEnd: 1050 },
    });
  });

  test("refuses an end before the start and no weekday, beside the fields", async () => {
    signInAs((await createUser("admin")).id);
    const backwards = await saveWorkingHoursAction({ ...hours, dayEnd: "08:00", version: 0 });
    expect(backwards).toMatchObject({
      error: "validation",
      fieldErrors: { dayEnd: ["endBeforeStart"] },
    });
    const none = await saveWorkingHoursAction({ ...hours, weekdays: [], version: 0 });
    expect(none).toMatchObject({ error: "validation", fieldErrors: { weekdays: ["noWeekday"] } });
    expect(await db.select().from(workingHours)).toHaveLength(0);
  });

  test("an admin adds, replaces and removes holidays and make-up days", async () => {
    const admin = await createUser("admin");
    signInAs(admin.id);
    // Thu 31 Dec 2026: the next working day is Mon 4 Jan 2027 only once 1 Jan is a holiday.
    expect(addWorkingDays("2026-12-31", 1, await getWorkingCalendar())).toBe("2027-01-01");
    await db.insert(calendarDays).values({
      date: "2027-01-01",
      kind: "holiday",
      festival: "newYear",
      provisional: true,
    });
    expect(addWorkingDays("2026-12-31", 1, await getWorkingCalendar())).toBe("2027-01-04");

    const made = await saveCalendarDayAction({
      date: "2027-01-02",
      kind: "makeUpDay",
      festival: "newYear",
      note: "",
    });
    expect(made).toEqual({ ok: true, data: { date: "2027-01-02" } });
    expect(addWorkingDays("2026-12-31", 1, await getWorkingCalendar())).toBe("2027-01-02");

    // Saving a listed date replaces it and confirms it (no longer provisional).
    await saveCalendarDayAction({
      date: "2027-01-01",
      kind: "holiday",
      festival: "newYear",
      note: "官方",
    });
    const [confirmed] = await db
      .select()
      .from(calendarDays)
      .where(eq(calendarDays.date, "2027-01-01"));
    expect(confirmed).toMatchObject({ provisional: false, note: "官方" });

    expect(await removeCalendarDayAction({ date: "2027-01-02" })).toEqual({
      ok: true,
      data: { date: "2027-01-02" },
    });
    expect(addWorkingDays("2026-12-31", 1, await getWorkingCalendar())).toBe("2027-01-04");
    expect(await removeCalendarDayAction({ date: "2027-01-02" })).toMatchObject({
      error: "not_found",
    });
    const audits = await db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entity, "calendarDay"))
      .orderBy(auditLog.id);
    expect(audits.map((a) => [a.entityId, a.action])).toEqual([
      ["2027-01-02", "create"],
      ["2027-01-01", "update"],
      ["2027-01-02", "delete"],
    ]);
  });

  test("refuses a malformed date", async () => {
    signInAs((await createUser("admin")).id);
    const result = await saveCalendarDayAction({
      date: "2027-02-30",
      kind: "holiday",
      festival: "",
      note: "",
    });
    expect(result).toMatchObject({ error: "validation", fieldErrors: { date: ["invalidDate"] } });
  });

  test("every other role and a signed-out caller are refused and nothing changes", async () => {
    await db.insert(calendarDays).values({ date: "2026-10-01", kind: "holiday" });
    const day = { date: "2026-10-02", kind: "holiday" as const, festival: "", note: "" };
    expect(await saveCalendarDayAction(day)).toMatchObject({ error: "unauthenticated" });
    for (const role of ["director", "manager", "executive"] as const) {
      signInAs((await createUser(role)).id);
      expect(await saveWorkingHoursAction({ ...hours, version: 0 }), role).toMatchObject({
        ok: false,
        error: "forbidden",
      });
      expect(await saveCalendarDayAction(day), role).toMatchObject({ error: "forbidden" });
      expect(await removeCalendarDayAction({ date: "2026-10-01" }), role).toMatchObject({
        error: "forbidden",
      });
    }
    expect(await db.select({ date: calendarDays.date }).from(calendarDays)).toEqual([
      { date: "2026-10-01" },
    ]);
    expect(await db.select().from(workingHours)).toHaveLength(0);
  });
});

test("the migration seeds 2026's official schedule and 2027 as provisional", async () => {
  // truncateAll empties the table, so re-read what migration 0009 loads from its own seed list.
  const { CN_2026, CN_2027_PROVISIONAL } = await import("@/lib/calendar/cn-holidays");
  const { readFile } = await import("node:fs/promises");
  const sqlText = await readFile("db/migrations/0009_working_calendar.sql", "utf8");
  for (const d of [...CN_2026, ...CN_2027_PROVISIONAL]) {
    expect(sqlText).toContain(`('${d.date}', '${d.kind}', '${d.festival}', ${d.provisional})`);
  }
  expect(CN_2026.filter((d) => d.kind === "makeUpDay").map((d) => d.date)).toEqual([
    "2026-01-04",
    "2026-02-14",
    "2026-02-28",
    "2026-05-09",
    "2026-09-20",
    "2026-10-10",
  ]);
});
