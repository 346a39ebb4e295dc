"use server";
import { eq } from "drizzle-orm";
import { stageSettings } from "@/db/schema";
import { authedAction } from "@/lib/actions/action";
import { conflict } from "@/lib/actions/errors";
import { can } from "@/lib/policy";
import { DEFAULT_EXPECTED_DAYS } from "@/lib/stages/stages";
import { stageSettingSchema } from "@/lib/validations/stage-settings";

/**
 * Saves one stage's expected days. A stage without a row uses the default and has
 * version 0, so the first save inserts and later ones update; a stale version is a conflict.
 */
export const saveStageSettingAction = authedAction({
  schema: stageSettingSchema,
  policy: ({ user }) => can(user, "stageSettings.manage"),
  run: async ({ tx, input, audit }) => {
    const [current] = await tx
      .select()
      .from(stageSettings)
      .where(eq(stageSettings.stage, input.stage))
      .for("update");
    if ((current?.version ?? 0) !== input.version) throw conflict();
    const values = { expectedDays: input.expectedDays, updatedAt: new Date() };
    const [saved] = current
      ? await tx
          .update(stageSettings)
          .set({ ...values, version: current.version + 1 })
          .where(eq(stageSettings.stage, input.stage))
          .returning()
      : // Two first saves at once: the loser inserts nothing and gets the conflict.
        await tx
          .insert(stageSettings)
          .values({ stage: input.stage, ...values, version: 1 })
          .onConflictDoNothing()
          .returning();
    if (!saved) throw conflict();
    await audit({
      entity: "stageSetting",
      entityId: input.stage,
      action: "update",
      before: {
        expectedDays: current ? current.expectedDays : DEFAULT_EXPECTED_DAYS[input.stage],
      },
      after: { expectedDays: saved.expectedDays },
    });
    return { version: saved.version, expectedDays: saved.expectedDays };
  },
  revalidate: () => ["/admin/stages", "/pipeline", "/accounts", "/dashboards"],
});
