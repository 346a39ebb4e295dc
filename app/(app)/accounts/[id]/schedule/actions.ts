"use server";
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
import { updateVersioned } from "@/lib/actions/versioned";
import { ActionError, conflict, fieldError } from "@/lib/actions/errors";
import { durationFromDates, planFromTemplate, reflow } from "@/lib/schedule/compute";
import {
  generateScheduleSchema,
  saveBaselineSchema,
  updateStepSchema,
} from "@/lib/validations/schedule";
import { saveOrder, stepOfAccount, type DatedStep } from "./step-order";

const paths = (accountId: string) => [`/accounts/${accountId}`, `/accounts/${accountId}/schedule`];

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
