import { and, asc, eq, sql } from "drizzle-orm";
import type { Tx } from "@/db";
import { scheduleSteps } from "@/db/schema";
import { ActionError, notFound } from "@/lib/actions/errors";

/** Reading and saving the order of an account's steps, for the schedule's actions. */

export type StepRow = typeof scheduleSteps.$inferSelect;

/** One step of the account's schedule; another account's step is not found. */
export async function stepOfAccount(tx: Tx, id: string, accountId: string): Promise<StepRow> {
  const [step] = await tx
    .select()
    .from(scheduleSteps)
    .where(and(eq(scheduleSteps.id, id), eq(scheduleSteps.accountId, accountId)));
  if (!step) throw notFound();
  return step;
}
export type DatedStep = StepRow & { plannedStart: string; plannedFinish: string };

/**
 * The schedule's steps in order, all with planned dates: adding or removing a step
 * moves the others finish-to-start, which needs every date. Planning and every edit set
 * them, so an undated step is refused rather than given invented dates.
 */
export async function datedSteps(tx: Tx, scheduleId: string): Promise<DatedStep[]> {
  const steps = await tx
    .select()
    .from(scheduleSteps)
    .where(eq(scheduleSteps.scheduleId, scheduleId))
    .orderBy(asc(scheduleSteps.position));
  if (steps.some((s) => !s.plannedStart || !s.plannedFinish)) {
    throw new ActionError("refused", "schedule.errors.undatedSteps");
  }
  return steps as DatedStep[];
}

/**
 * Writes a changed order: step i of `was` gets position i and the dates of `next[i]`
 * (the same steps, re-dated). Only rows that change are written; returns how many
 * steps got new dates.
 */
export async function saveOrder(tx: Tx, was: StepRow[], next: DatedStep[]) {
  let moved = 0;
  for (const [i, step] of next.entries()) {
    const before = was[i]!;
    const datesChanged =
      before.plannedStart !== step.plannedStart || before.plannedFinish !== step.plannedFinish;
    if (before.position === i && !datesChanged) continue;
    if (datesChanged) moved++;
    await tx
      .update(scheduleSteps)
      .set({
        position: i,
        plannedStart: step.plannedStart,
        plannedFinish: step.plannedFinish,
        version: sql`${scheduleSteps.version} + 1`,
      })
      .where(eq(scheduleSteps.id, before.id));
  }
  return moved;
}
