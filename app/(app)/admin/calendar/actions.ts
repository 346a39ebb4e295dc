"use server";
import { eq } from "drizzle-orm";
import { calendarDays, workingHours } from "@/db/schema";
import { authedAction } from "@/lib/actions/action";
import { conflict, notFound } from "@/lib/actions/errors";
import { can } from "@/lib/policy";
import {
  calendarDaySchema,
  minutesOf,
  removeCalendarDaySchema,
  workingHoursSchema,
} from "@/lib/validations/calendar";

const PATHS = ["/admin/calendar"];

/** Working weekdays and hours; version 0 = the defaults, before the first save. */
export const saveWorkingHoursAction = authedAction({
  schema: workingHoursSchema,
  policy: ({ user }) => can(user, "calendar.manage"),
  run: async ({ tx, input, audit }) => {
    const [current] = await tx.select().from(workingHours).for("update");
    if ((current?.version ?? 0) !== input.version) throw conflict();
    const values = {
      weekdays: [...new Set(input.weekdays)].sort((a, b) => a - b),
      dayStart: minutesOf(input.dayStart),
      dayEnd: minutesOf(input.dayEnd),
      version: input.version + 1,
      updatedAt: new Date(),
    };
    const [saved] = current
      ? await tx.update(workingHours).set(values).where(eq(workingHours.id, 1)).returning()
      : await tx
          .insert(workingHours)
          .values({ id: 1, ...values })
          .onConflictDoNothing()
          .returning();
    if (!saved) throw conflict();
    await audit({
      entity: "workingHours",
      entityId: "1",
      action: "update",
      before: current
        ? { weekdays: current.weekdays, dayStart: current.dayStart, dayEnd: current.dayEnd }
        : null,
      after: { weekdays: saved.weekdays, dayStart: saved.dayStart, dayEnd: saved.dayEnd },
    });
    return { version: saved.version };
  },
  revalidate: () => PATHS,
});

/** Adds a holiday or make-up day, or replaces the listed one (which is then no longer provisional). */
export const saveCalendarDayAction = authedAction({
  schema: calendarDaySchema,
  policy: ({ user }) => can(user, "calendar.manage"),
  run: async ({ tx, input, audit }) => {
    const [before] = await tx
      .select()
      .from(calendarDays)
      .where(eq(calendarDays.date, input.date))
      .for("update");
    const values = {
      kind: input.kind,
      festival: input.festival,
      note: input.note,
      provisional: false,
      updatedAt: new Date(),
    };
    const [saved] = await tx
      .insert(calendarDays)
      .values({ date: input.date, ...values })
      .onConflictDoUpdate({ target: calendarDays.date, set: values })
      .returning();
    await audit({
      entity: "calendarDay",
      entityId: input.date,
      action: before ? "update" : "create",
      before: before ? { kind: before.kind, festival: before.festival, note: before.note } : null,
      after: { kind: saved!.kind, festival: saved!.festival, note: saved!.note },
    });
    return { date: saved!.date };
  },
  revalidate: () => PATHS,
});

export const removeCalendarDayAction = authedAction({
  schema: removeCalendarDaySchema,
  policy: ({ user }) => can(user, "calendar.manage"),
  run: async ({ tx, input, audit }) => {
    const [removed] = await tx
      .delete(calendarDays)
      .where(eq(calendarDays.date, input.date))
      .returning();
    if (!removed) throw notFound();
    await audit({
      entity: "calendarDay",
      entityId: input.date,
      action: "delete",
      before: { kind: removed.kind, festival: removed.festival, note: removed.note },
      after: null,
    });
    return { date: removed.date };
  },
  revalidate: () => PATHS,
});
