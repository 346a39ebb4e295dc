"use server";
import { randomUUID } from "node:crypto";
import { and, asc, eq, sql } from "drizzle-orm";
import type { Tx } from "@/db";
import { templateForIndustry } from "@/db/queries/schedules";
import { ensureScheduleTemplates } from "@/db/seed/built-ins";
import {
  accounts,
  scheduleBaselines,
  schedules,
  scheduleSteps,
  scheduleTemplates,
  type BaselineStep,
} from "@/db/schema";
import { onAccount } from "@/lib/actions/account-policy";
import { authedAction } from "@/lib/actions/action";
import { updateVersioned } from "@/lib/actions/audit";
import { ActionError, conflict, notFound } from "@/lib/actions/errors";
import {
  durationFromDates,
  nextStartAfter,
  planFromTemplate,
  reflow,
} from "@/lib/schedule/compute";
import { MAX_STEPS } from "@/lib/schedule/validation";
import {
  addStepSchema,
  generateScheduleSchema,
  removeStepSchema,
  saveBaselineSchema,
  updateStepSchema,
} from "./schemas";

const paths = (accountId: string) => [`/accounts/${accountId}`, `/accounts/${accountId}/schedule`];

const fieldError = (field: string, key: string) =>
  new ActionError("validation", "common.errors.validation", undefined, undefined, {
    [field]: [key],
  });

async function pickTemplate(tx: Tx, accountId: string, templateId: string | null) {
  if (templateId) {
    const [chosen] = await tx
      .select()
      .from(scheduleTemplates)
      .where(and(eq(scheduleTemplates.id, templateId), eq(scheduleTemplates.active, true)));
    if (!chosen) throw fieldError("templateId", "validation.templateUnavailable");
    return chosen;
  }
  const [account] = await tx
    .select({ industryId: accounts.industryId })
    .from(accounts)
    .where(eq(accounts.id, accountId));
  await ensureScheduleTemplates(tx);
  const template = await templateForIndustry(tx, account?.industryId ?? null);
  if (!template) throw fieldError("templateId", "validation.templateUnavailable");
  return template;
}

/**
 * Plans the schedule from a template: steps end to end from the start date.
 * Planning again replaces the steps (saved baselines stay as they were).
 */
export const generateScheduleAction = authedAction({
  schema: generateScheduleSchema,
  policy: onAccount("account.update", "accountId"),
  run: async ({ tx, input, audit }) => {
    const template = await pickTemplate(tx, input.accountId, input.templateId);
    const [existing] = await tx
      .select()
      .from(schedules)
      .where(eq(schedules.accountId, input.accountId));
    const values = {
      templateId: template.id,
      startDate: input.startDate,
      targetDaysToOrder: template.targetDaysToOrder,
    };
    let scheduleId: string;
    if (existing) {
      if (input.version == null) throw new ActionError("conflict", "schedule.errors.exists");
      await updateVersioned(tx, schedules, existing.id, input.version, values);
      await tx.delete(scheduleSteps).where(eq(scheduleSteps.scheduleId, existing.id));
      scheduleId = existing.id;
    } else {
      const [created] = await tx
        .insert(schedules)
        .values({ ...values, accountId: input.accountId })
        .returning({ id: schedules.id });
      scheduleId = created!.id;
    }
    const planned = planFromTemplate(input.startDate, template.steps);
    await tx.insert(scheduleSteps).values(
      planned.map((step, position) => ({
        scheduleId,
        accountId: input.accountId,
        position,
        key: step.key,
        label: step.label,
        durationDays: step.durationDays,
        plannedStart: step.plannedStart,
        plannedFinish: step.plannedFinish,
      })),
    );
    await audit({
      entity: "schedule",
      entityId: scheduleId,
      accountId: input.accountId,
      action: existing ? "replan" : "create",
      before: existing
        ? { startDate: existing.startDate, templateId: existing.templateId }
        : undefined,
      after: { ...values, templateName: template.name, steps: planned.length },
    });
    return { scheduleId };
  },
  revalidate: (input) => paths(input.accountId),
});

/** Edits one step's dates; with `reflow`, later steps move to follow it finish-to-start. */
export const updateStepAction = authedAction({
  schema: updateStepSchema,
  policy: onAccount("account.update", "accountId"),
  run: async ({ tx, input, audit }) => {
    const step = await stepOfAccount(tx, input.id, input.accountId);
    const milestone = step.durationDays === 0 && input.plannedStart === input.plannedFinish;
    const durationDays = durationFromDates(input.plannedStart, input.plannedFinish, milestone);
    const { before, after } = await updateVersioned(tx, scheduleSteps, step.id, input.version, {
      plannedStart: input.plannedStart,
      plannedFinish: input.plannedFinish,
      actualStart: input.actualStart,
      actualFinish: input.actualFinish,
      durationDays,
    });
    let moved = 0;
    if (input.reflow) {
      const all = await tx
        .select()
        .from(scheduleSteps)
        .where(eq(scheduleSteps.scheduleId, step.scheduleId))
        .orderBy(asc(scheduleSteps.position));
      const index = all.findIndex((s) => s.id === step.id);
      // Every step has planned dates here: they are required on each edit and set on planning.
      const dated = all.map((s) => ({
        ...s,
        plannedStart: s.plannedStart ?? input.plannedStart,
        plannedFinish: s.plannedFinish ?? input.plannedFinish,
      }));
      // The edited step and those before it stay as they are.
      const next = reflow(dated, index).map((s, i) => (i <= index ? (all[i] as DatedStep) : s));
      moved = await saveOrder(tx, all, next);
    }
    const pick = (s: typeof before) => ({
      plannedStart: s.plannedStart,
      plannedFinish: s.plannedFinish,
      actualStart: s.actualStart,
      actualFinish: s.actualFinish,
    });
    await audit({
      entity: "scheduleStep",
      entityId: step.id,
      accountId: input.accountId,
      action: "update",
      before: { key: step.key, ...pick(before) },
      after: { key: step.key, label: step.label, ...pick(after), movedLaterSteps: moved },
    });
    return { version: after.version, moved };
  },
  revalidate: (input) => paths(input.accountId),
});

/** Freezes a copy of the current plan; baselines are never edited afterwards. */
export const saveBaselineAction = authedAction({
  schema: saveBaselineSchema,
  policy: onAccount("account.update", "accountId"),
  run: async ({ tx, user, input, audit }) => {
    const [schedule] = await tx
      .select({ id: schedules.id })
      .from(schedules)
      .where(eq(schedules.accountId, input.accountId));
    if (!schedule) throw new ActionError("refused", "schedule.errors.noSchedule");
    const steps = await tx
      .select()
      .from(scheduleSteps)
      .where(eq(scheduleSteps.scheduleId, schedule.id))
      .orderBy(asc(scheduleSteps.position));
    if (steps.length === 0 || steps.some((s) => !s.plannedStart || !s.plannedFinish)) {
      throw new ActionError("refused", "schedule.errors.incompletePlan");
    }
    const [last] = await tx
      .select({ number: sql<number>`coalesce(max(${scheduleBaselines.number}), 0)::int` })
      .from(scheduleBaselines)
      .where(eq(scheduleBaselines.scheduleId, schedule.id));
    const number = (last?.number ?? 0) + 1;
    const frozen: BaselineStep[] = steps.map((s) => ({
      key: s.key,
      label: s.label,
      plannedStart: s.plannedStart,
      plannedFinish: s.plannedFinish,
    }));
    const [saved] = await tx
      .insert(scheduleBaselines)
      .values({
        scheduleId: schedule.id,
        accountId: input.accountId,
        number,
        name: input.name,
        steps: frozen,
        savedById: user.id,
      })
      .onConflictDoNothing()
      .returning({ id: scheduleBaselines.id });
    // The account row is locked by the policy, so a clash means a concurrent save slipped past it.
    if (!saved) throw conflict();
    await audit({
      entity: "scheduleBaseline",
      entityId: saved.id,
      accountId: input.accountId,
      action: "create",
      after: { number, name: input.name, steps: frozen.length },
    });
    return { number };
  },
  revalidate: (input) => paths(input.accountId),
});

type StepRow = typeof scheduleSteps.$inferSelect;

/** One step of the account's schedule; another account's step is not found. */
async function stepOfAccount(tx: Tx, id: string, accountId: string): Promise<StepRow> {
  const [step] = await tx
    .select()
    .from(scheduleSteps)
    .where(and(eq(scheduleSteps.id, id), eq(scheduleSteps.accountId, accountId)));
  if (!step) throw notFound();
  return step;
}
type DatedStep = StepRow & { plannedStart: string; plannedFinish: string };

/**
 * The schedule's steps in order, all with planned dates: adding or removing a step
 * moves the others finish-to-start, which needs every date. Planning and every edit set
 * them, so an undated step is refused rather than given invented dates.
 */
async function datedSteps(tx: Tx, scheduleId: string): Promise<DatedStep[]> {
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
async function saveOrder(tx: Tx, was: StepRow[], next: DatedStep[]) {
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
