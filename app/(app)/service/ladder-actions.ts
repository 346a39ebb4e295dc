"use server";
import { and, gt, inArray, isNull, or, sql } from "drizzle-orm";
import type { Tx } from "@/db";
import { escalationSteps, serviceRequests } from "@/db/schema";
import { authedAction } from "@/lib/actions/action";
import { updateVersioned } from "@/lib/actions/versioned";
import { can } from "@/lib/policy";
import { OPEN_STATUSES } from "@/lib/service/types";
import { addEscalationStepSchema, saveEscalationStepSchema } from "@/lib/validations/service";

/**
 * After the ladder changed, every open request's next look is brought forward to
 * `now`: the next sweep re-reads them all, fires what the new ladder makes due and
 * stores each one's next look from the new ladder.
 */
async function relookOpenRequests(tx: Tx, now: Date) {
  await tx
    .update(serviceRequests)
    .set({ nextEscalationAt: now })
    .where(
      and(
        inArray(serviceRequests.status, [...OPEN_STATUSES]),
        or(isNull(serviceRequests.nextEscalationAt), gt(serviceRequests.nextEscalationAt, now)),
      ),
    );
}

const ladderPaths = () => ["/service/ladder", "/service"];

/** Adds a step at the end of the escalation ladder (directors and admins). */
export const addEscalationStepAction = authedAction({
  schema: addEscalationStepSchema,
  policy: ({ user }) => can(user, "escalationLadder.manage"),
  run: async ({ tx, input, audit }) => {
    // One ladder edit at a time, so two added steps never take the same position.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('pcrm.escalation-ladder'))`);
    const [{ next }] = (await tx
      .select({ next: sql<number>`coalesce(max(${escalationSteps.position}) + 1, 0)::int` })
      .from(escalationSteps)) as [{ next: number }];
    const [created] = await tx
      .insert(escalationSteps)
      .values({ ...input, position: next })
      .returning();
    await relookOpenRequests(tx, new Date());
    await audit({
      entity: "escalationStep",
      entityId: created!.id,
      action: "create",
      after: created,
    });
    return { id: created!.id, version: created!.version };
  },
  revalidate: ladderPaths,
});

/**
 * Changes one step (its clock, share of the budget, extra hours, who is told) or
 * turns it off; a stale version is a conflict. A step is never deleted: the
 * escalation log keeps pointing at the steps that fired.
 */
export const saveEscalationStepAction = authedAction({
  schema: saveEscalationStepSchema,
  policy: ({ user }) => can(user, "escalationLadder.manage"),
  run: async ({ tx, input, audit }) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('pcrm.escalation-ladder'))`);
    const { id, version, ...values } = input;
    const { before, after } = await updateVersioned(tx, escalationSteps, id, version, values);
    await relookOpenRequests(tx, new Date());
    await audit({ entity: "escalationStep", entityId: id, action: "update", before, after });
    return { id, version: after.version };
  },
  revalidate: ladderPaths,
});
