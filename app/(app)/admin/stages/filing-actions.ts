"use server";
import { eq } from "drizzle-orm";
import { activityFilingLimits } from "@/db/schema";
import { authedAction } from "@/lib/actions/action";
import { conflict } from "@/lib/actions/errors";
import { DEFAULT_FILING_LIMIT_HOURS } from "@/lib/activities/filing";
import { can } from "@/lib/policy";
import { filingLimitSchema } from "@/lib/validations/activity";

/**
 * Saves one activity type's filing limit in hours (seed 003: receptions 48, the rest
 * 24). A type without a row uses the default and has version 0; a stale version is
 * a conflict. Entries already filed keep the delay they were measured with.
 */
export const saveFilingLimitAction = authedAction({
  schema: filingLimitSchema,
  policy: ({ user }) => can(user, "stageSettings.manage"),
  run: async ({ tx, input, audit }) => {
    const [current] = await tx
      .select()
      .from(activityFilingLimits)
      .where(eq(activityFilingLimits.type, input.type))
      .for("update");
    if ((current?.version ?? 0) !== input.version) throw conflict();
    const values = { hours: input.hours, updatedAt: new Date() };
    const [saved] = current
      ? await tx
          .update(activityFilingLimits)
          .set({ ...values, version: current.version + 1 })
          .where(eq(activityFilingLimits.type, input.type))
          .returning()
      : await tx
          .insert(activityFilingLimits)
          .values({ type: input.type, ...values, version: 1 })
          .onConflictDoNothing()
          .returning();
    if (!saved) throw conflict();
    await audit({
      entity: "activityFilingLimit",
      entityId: input.type,
      action: "update",
      before: { type: input.type, hours: current?.hours ?? DEFAULT_FILING_LIMIT_HOURS[input.type] },
      after: { type: input.type, hours: saved.hours },
    });
    return { version: saved.version, hours: saved.hours };
  },
  revalidate: () => ["/admin/stages"],
});
