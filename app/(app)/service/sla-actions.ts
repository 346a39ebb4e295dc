"use server";
import { and, eq } from "drizzle-orm";
import { slaPolicies } from "@/db/schema";
import { authedAction } from "@/lib/actions/action";
import { conflict } from "@/lib/actions/errors";
import { can } from "@/lib/policy";
import { DEFAULT_SLA_POLICY } from "@/lib/service/defaults";
import { saveSlaPolicySchema } from "@/lib/validations/service";

/**
 * Saves one type × priority budget of the SLA policy (working hours). A stale
 * version is a conflict. Requests already open keep the budget they were given
 * until their type or priority changes.
 */
export const saveSlaPolicyAction = authedAction({
  schema: saveSlaPolicySchema,
  policy: ({ user }) => can(user, "slaPolicy.manage"),
  run: async ({ tx, input, audit }) => {
    const key = and(eq(slaPolicies.type, input.type), eq(slaPolicies.priority, input.priority));
    const [current] = await tx.select().from(slaPolicies).where(key).for("update");
    if ((current?.version ?? 0) !== input.version) throw conflict();
    const values = {
      firstResponseHours: input.firstResponseHours,
      resolutionHours: input.resolutionHours,
      updatedAt: new Date(),
    };
    const [saved] = current
      ? await tx
          .update(slaPolicies)
          .set({ ...values, version: current.version + 1 })
          .where(key)
          .returning()
      : await tx
          .insert(slaPolicies)
          .values({ type: input.type, priority: input.priority, ...values, version: 1 })
          .onConflictDoNothing()
          .returning();
    if (!saved) throw conflict();
    const before =
      current ??
      DEFAULT_SLA_POLICY.find((p) => p.type === input.type && p.priority === input.priority);
    await audit({
      entity: "slaPolicy",
      entityId: `${input.type}:${input.priority}`,
      action: "update",
      before,
      after: saved,
    });
    return { version: saved.version };
  },
  revalidate: () => ["/service/sla"],
});
