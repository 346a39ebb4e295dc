"use server";
import { eq } from "drizzle-orm";
import { returnVisitTriggers } from "@/db/schema";
import { authedAction } from "@/lib/actions/action";
import { conflict } from "@/lib/actions/errors";
import { can } from "@/lib/policy";
import { DEFAULT_TRIGGER_SETTINGS } from "@/lib/tasks/triggers";
import type { ReturnVisitTrigger } from "@/lib/tasks/types";
import { returnVisitTriggerSchema } from "@/lib/validations/task";

/**
 * Saves one return-visit trigger's window (days) and on/off. A trigger without a
 * row uses the default (version 0); a stale version is a conflict. Return visits
 * already created keep their due dates.
 */
export const saveReturnVisitTriggerAction = authedAction({
  schema: returnVisitTriggerSchema,
  policy: ({ user }) => can(user, "stageSettings.manage"),
  run: async ({ tx, input, audit }) => {
    const [current] = await tx
      .select()
      .from(returnVisitTriggers)
      .where(eq(returnVisitTriggers.key, input.key))
      .for("update");
    if ((current?.version ?? 0) !== input.version) throw conflict();
    const values = { windowDays: input.windowDays, enabled: input.enabled, updatedAt: new Date() };
    const [saved] = current
      ? await tx
          .update(returnVisitTriggers)
          .set({ ...values, version: current.version + 1 })
          .where(eq(returnVisitTriggers.key, input.key))
          .returning()
      : await tx
          .insert(returnVisitTriggers)
          .values({ key: input.key, ...values, version: 1 })
          .onConflictDoNothing()
          .returning();
    if (!saved) throw conflict();
    const before = current ?? DEFAULT_TRIGGER_SETTINGS[input.key as ReturnVisitTrigger];
    await audit({
      entity: "returnVisitTrigger",
      entityId: input.key,
      action: "update",
      before: { key: input.key, windowDays: before.windowDays, enabled: before.enabled },
      after: { key: input.key, windowDays: saved.windowDays, enabled: saved.enabled },
    });
    return { version: saved.version, windowDays: saved.windowDays, enabled: saved.enabled };
  },
  revalidate: () => ["/admin/stages"],
});
