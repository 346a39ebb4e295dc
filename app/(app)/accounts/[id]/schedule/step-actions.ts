"use server";
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { schedules, scheduleSteps } from "@/db/schema";
import { onAccount } from "@/lib/actions/account-policy";
import { authedAction } from "@/lib/actions/action";
import { ActionError, conflict, notFound } from "@/lib/actions/errors";
import { nextStartAfter, planFromTemplate, reflow } from "@/lib/schedule/compute";
import { MAX_STEPS } from "@/lib/validations/schedule";
import { addStepSchema, removeStepSchema } from "@/lib/validations/schedule";
import { datedSteps, saveOrder, stepOfAccount, type DatedStep } from "./step-order";

/** The account's own steps: adding and removing one, the rest reflowed around it. */

const paths = (accountId: string) => [`/accounts/${accountId}`, `/accounts/${accountId}/schedule`];

/**
 * Adds a step of the account's own (a sample run, a factory audit) after `after`, or
 * first: it starts when the step before it finishes (or on the schedule's start), and
 * the steps after it move to follow it. Baselines keep their steps; the new one has
 * no baseline dates until the next baseline is saved.
 */
export const addStepAction = authedAction({
  schema: addStepSchema,
  policy: onAccount("account.update", "accountId"),
  run: async ({ tx, input, audit }) => {
    const [schedule] = await tx
      .select()
      .from(schedules)
      .where(eq(schedules.accountId, input.accountId));
    if (!schedule) throw new ActionError("refused", "schedule.errors.noSchedule");
    const steps = await datedSteps(tx, schedule.id);
    if (steps.length >= MAX_STEPS) throw new ActionError("refused", "schedule.errors.tooManySteps");
    const at = input.after === null ? 0 : steps.findIndex((s) => s.id === input.after) + 1;
    if (input.after !== null && at === 0) throw notFound();
    const previous = steps[at - 1];
    const start = previous ? nextStartAfter(previous) : schedule.startDate;
    const key = `own-${randomUUID().slice(0, 8)}`;
    const [placed] = planFromTemplate(start, [{ key, durationDays: input.durationDays }]);
    const [created] = await tx
      .insert(scheduleSteps)
      .values({
        scheduleId: schedule.id,
        accountId: input.accountId,
        position: at,
        key,
        label: input.label,
        durationDays: input.durationDays,
        plannedStart: placed!.plannedStart,
        plannedFinish: placed!.plannedFinish,
      })
      .returning();
    const order = [...steps.slice(0, at), created as DatedStep, ...steps.slice(at)];
    const moved = await saveOrder(tx, order, reflow(order, at));
    await audit({
      entity: "scheduleStep",
      entityId: created!.id,
      accountId: input.accountId,
      action: "create",
      after: {
        key,
        label: input.label,
        position: at,
        plannedStart: created!.plannedStart,
        plannedFinish: created!.plannedFinish,
        movedLaterSteps: moved,
      },
    });
    return { id: created!.id, moved };
  },
  revalidate: (input) => paths(input.accountId),
});

/**
 * Removes a step that has not started (a started one keeps its actual dates for the
 * record); the steps after it move up to follow the one before it (or, when the first
 * step goes, to start on the schedule's start date). The last step stays: a schedule
 * has at least one.
 */
export const removeStepAction = authedAction({
  schema: removeStepSchema,
  policy: onAccount("account.update", "accountId"),
  run: async ({ tx, input, audit }) => {
    const step = await stepOfAccount(tx, input.id, input.accountId);
    if (step.actualStart) throw new ActionError("refused", "schedule.errors.stepStarted");
    const steps = await datedSteps(tx, step.scheduleId);
    if (steps.length === 1) throw new ActionError("refused", "schedule.errors.lastStep");
    const index = steps.findIndex((s) => s.id === step.id);
    // Removed as the user saw it: a step someone changed since is a conflict.
    const [deleted] = await tx
      .delete(scheduleSteps)
      .where(and(eq(scheduleSteps.id, step.id), eq(scheduleSteps.version, input.version)))
      .returning({ id: scheduleSteps.id });
    if (!deleted) throw conflict();
    const rest = steps.filter((s) => s.id !== step.id);
    let next: DatedStep[];
    if (index > 0) next = reflow(rest, index - 1);
    else {
      // The first step went: the new first one starts on the schedule's start date.
      const [schedule] = await tx
        .select({ startDate: schedules.startDate })
        .from(schedules)
        .where(eq(schedules.id, step.scheduleId));
      const [first] = planFromTemplate(schedule!.startDate, [rest[0]!]);
      next = reflow([first!, ...rest.slice(1)], 0);
    }
    const moved = await saveOrder(tx, rest, next);
    await audit({
      entity: "scheduleStep",
      entityId: step.id,
      accountId: input.accountId,
      action: "delete",
      before: {
        key: step.key,
        label: step.label,
        position: index,
        plannedStart: step.plannedStart,
        plannedFinish: step.plannedFinish,
      },
      after: { movedLaterSteps: moved },
    });
    return { moved };
  },
  revalidate: (input) => paths(input.accountId),
});
