"use server";
import { and, eq, ne } from "drizzle-orm";
import type { Tx } from "@/db";
import { referenceItems, scheduleTemplates } from "@/db/schema";
import { authedAction, type Policy } from "@/lib/actions/action";
import { updateVersioned } from "@/lib/actions/versioned";
import { fieldError } from "@/lib/actions/errors";
import { ActionError } from "@/lib/actions/errors";
import { can } from "@/lib/policy";
import type { ScheduleTemplate } from "@/lib/validations/schedule";
import {
  createTemplateSchema,
  makeDefaultTemplateSchema,
  setTemplateActiveSchema,
  updateTemplateSchema,
} from "@/lib/validations/schedule";

const manage: Policy<unknown> = ({ user }) => can(user, "template.manage");
const PATHS = ["/templates/schedules"];

/** Another template for the industry was saved at the same moment (the unique index). */
const industryTakenConstraint = {
  schedule_templates_industry_active_idx: () => fieldError("industry", "validation.industryTaken"),
};

/** One active template per industry, so the choice for an account is never ambiguous. */
async function industryTaken(tx: Tx, industryId: number, exceptId: string | null) {
  const [taken] = await tx
    .select({ id: scheduleTemplates.id })
    .from(scheduleTemplates)
    .where(
      and(
        eq(scheduleTemplates.industryId, industryId),
        eq(scheduleTemplates.active, true),
        exceptId ? ne(scheduleTemplates.id, exceptId) : undefined,
      ),
    );
  return !!taken;
}

/** Template columns from the form; the industry code must exist and be free. */
async function templateValues(tx: Tx, input: ScheduleTemplate, exceptId: string | null) {
  let industryId: number | null = null;
  if (input.industry) {
    const [industry] = await tx
      .select({ id: referenceItems.id })
      .from(referenceItems)
      .where(and(eq(referenceItems.kind, "industry"), eq(referenceItems.code, input.industry)));
    if (!industry) throw fieldError("industry", "validation.industryUnknown");
    industryId = industry.id;
    if (await industryTaken(tx, industryId, exceptId)) {
      throw fieldError("industry", "validation.industryTaken");
    }
  }
  return {
    name: input.name,
    industryId,
    targetDaysToOrder: input.targetDaysToOrder ?? null,
    steps: input.steps,
  };
}

export const createScheduleTemplateAction = authedAction({
  schema: createTemplateSchema,
  policy: manage,
  run: async ({ tx, input, audit }) => {
    const values = await templateValues(tx, input, null);
    const [created] = await tx.insert(scheduleTemplates).values(values).returning();
    await audit({
      entity: "scheduleTemplate",
      entityId: created!.id,
      action: "create",
      after: values,
    });
    return { id: created!.id };
  },
  constraints: industryTakenConstraint,
  revalidate: () => PATHS,
});

export const updateScheduleTemplateAction = authedAction({
  schema: updateTemplateSchema,
  policy: manage,
  run: async ({ tx, input, audit }) => {
    const values = await templateValues(tx, input, input.id);
    const { before, after } = await updateVersioned(
      tx,
      scheduleTemplates,
      input.id,
      input.version,
      values,
    );
    await audit({
      entity: "scheduleTemplate",
      entityId: input.id,
      action: "update",
      before: {
        name: before.name,
        industryId: before.industryId,
        targetDaysToOrder: before.targetDaysToOrder,
        steps: before.steps,
      },
      after: values,
    });
    return { version: after.version };
  },
  constraints: industryTakenConstraint,
  revalidate: (input) => [...PATHS, `/templates/schedules/${input.id}`],
});

export const setScheduleTemplateActiveAction = authedAction({
  schema: setTemplateActiveSchema,
  policy: manage,
  run: async ({ tx, input, audit }) => {
    const [current] = await tx
      .select()
      .from(scheduleTemplates)
      .where(eq(scheduleTemplates.id, input.id));
    if (!current) throw new ActionError("not_found", "common.errors.notFound");
    if (!input.active && current.isDefault) {
      throw new ActionError("refused", "schedule.errors.defaultRequired");
    }
    if (input.active && current.industryId !== null) {
      if (await industryTaken(tx, current.industryId, current.id)) {
        throw new ActionError("refused", "schedule.errors.industryTaken");
      }
    }
    const { after } = await updateVersioned(tx, scheduleTemplates, input.id, input.version, {
      active: input.active,
    });
    await audit({
      entity: "scheduleTemplate",
      entityId: input.id,
      action: input.active ? "activate" : "deactivate",
      before: { active: current.active },
      after: { active: after.active },
    });
    return { version: after.version };
  },
  constraints: {
    schedule_templates_industry_active_idx: () =>
      new ActionError("refused", "schedule.errors.industryTaken"),
  },
  revalidate: () => PATHS,
});

/** The default is used for industries without a template of their own; there is exactly one. */
export const makeDefaultScheduleTemplateAction = authedAction({
  schema: makeDefaultTemplateSchema,
  policy: manage,
  run: async ({ tx, input, audit }) => {
    // The old default first: a unique index allows one, so a director making another
    // template default at the same moment gets a conflict.
    await tx
      .update(scheduleTemplates)
      .set({ isDefault: false })
      .where(and(eq(scheduleTemplates.isDefault, true), ne(scheduleTemplates.id, input.id)));
    const { before, after } = await updateVersioned(
      tx,
      scheduleTemplates,
      input.id,
      input.version,
      { isDefault: true, active: true },
    );
    await audit({
      entity: "scheduleTemplate",
      entityId: input.id,
      action: "makeDefault",
      before: { isDefault: before.isDefault },
      after: { isDefault: after.isDefault },
    });
    return { version: after.version };
  },
  revalidate: () => PATHS,
});
