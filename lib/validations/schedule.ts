import "./zod-jitless";
import { z } from "zod";
import { daysBetween, isDateInRange, isIsoDate } from "@/lib/dates";
import { limit } from "./limits";
import { rowVersion } from "./records";

/*
 * Error messages are message keys relative to the `schedule` namespace; bare
 * keys (required, tooLong, invalid) fall back to `common.validation`.
 */

export const MAX_STEPS = 50;
export const MAX_DURATION_DAYS = 365;
export const MAX_TARGET_DAYS = 3650;
const STEP_KEY = /^[A-Za-z][A-Za-z0-9_-]*$/;

const stepSchema = z.object({
  key: z
    .string("required")
    .trim()
    .min(1, "required")
    .max(64, limit())
    .regex(STEP_KEY, "validation.keyFormat"),
  label: z.string("required").trim().min(1, "required").max(200, limit()),
  durationDays: z
    .number("validation.durationInvalid")
    .int("validation.durationInvalid")
    .min(0, "validation.durationInvalid")
    .max(MAX_DURATION_DAYS, "validation.durationInvalid"),
});

/** A step a manager adds to one account's schedule: its name and length. */
export const ownStepSchema = stepSchema.pick({ label: true, durationDays: true });

/** A schedule template as a director edits it. */
export const scheduleTemplateSchema = z
  .object({
    name: z.string("required").trim().min(1, "required").max(100, limit()),
    /** Industry reference-data code; empty means any industry. */
    industry: z
      .string("invalid")
      .trim()
      .max(64, limit())
      .optional()
      .transform((v) => v || undefined),
    steps: z
      .array(stepSchema, "validation.stepsRequired")
      .min(1, "validation.stepsRequired")
      .max(MAX_STEPS, "validation.tooManySteps"),
    targetDaysToOrder: z
      .number("validation.targetInvalid")
      .int("validation.targetInvalid")
      .min(1, "validation.targetInvalid")
      .max(MAX_TARGET_DAYS, "validation.targetInvalid")
      .nullish()
      .transform((v) => v ?? undefined),
  })
  .superRefine((t, ctx) => {
    const seen = new Set<string>();
    t.steps.forEach((s, index) => {
      if (seen.has(s.key)) {
        ctx.addIssue({
          code: "custom",
          message: "validation.keyDuplicate",
          path: ["steps", index, "key"],
        });
      }
      seen.add(s.key);
    });
  });
export type ScheduleTemplateInput = z.input<typeof scheduleTemplateSchema>;
export type ScheduleTemplate = z.output<typeof scheduleTemplateSchema>;

const isoDate = z
  .string("required")
  .trim()
  .min(1, "required")
  .refine((v) => v === "" || isDateInRange(v), "validation.dateInvalid");

/** Empty form input means "not yet". */
const optionalIsoDate = z
  .string("validation.dateInvalid")
  .trim()
  .nullish()
  .transform((v) => v || null)
  .refine((v) => v === null || isDateInRange(v), "validation.dateInvalid");

/** Finish before start; false when either date is invalid, which is reported on its own. */
function finishesBeforeStart(start: string | null, finish: string | null): boolean {
  if (!start || !finish || !isIsoDate(start) || !isIsoDate(finish)) return false;
  return daysBetween(start, finish) < 0;
}

/** Editing one step of an account's schedule. */
export const scheduleStepEditSchema = z
  .object({
    plannedStart: isoDate,
    plannedFinish: isoDate,
    actualStart: optionalIsoDate,
    actualFinish: optionalIsoDate,
  })
  .superRefine((s, ctx) => {
    if (finishesBeforeStart(s.plannedStart, s.plannedFinish)) {
      ctx.addIssue({
        code: "custom",
        message: "validation.finishBeforeStart",
        path: ["plannedFinish"],
      });
    }
    if (s.actualFinish && !s.actualStart) {
      ctx.addIssue({
        code: "custom",
        message: "validation.actualStartRequired",
        path: ["actualStart"],
      });
    } else if (finishesBeforeStart(s.actualStart, s.actualFinish)) {
      ctx.addIssue({
        code: "custom",
        message: "validation.finishBeforeStart",
        path: ["actualFinish"],
      });
    }
  });
export type ScheduleStepEditInput = z.input<typeof scheduleStepEditSchema>;
export type ScheduleStepEdit = z.output<typeof scheduleStepEditSchema>;

/*
 * Shared by the forms (formResolver) and the actions. Error messages are keys
 * relative to the `schedule` namespace, or common validation keys.
 */

const accountId = z.uuid("invalid");
const version = rowVersion;
const requiredDate = z
  .string("required")
  .trim()
  .min(1, "required")
  .refine((v) => isDateInRange(v), "validation.dateInvalid");

export const generateScheduleFormSchema = z.object({
  /** Empty: the template for the account's industry, else the default. */
  templateId: z
    .union([z.uuid("invalid"), z.literal("")], "invalid")
    .nullish()
    .transform((v) => v || null),
  startDate: requiredDate,
});
export type GenerateScheduleFormInput = { templateId: string; startDate: string };

export const generateScheduleSchema = generateScheduleFormSchema.extend({
  accountId,
  /** The version of the schedule being replaced; absent when planning for the first time. */
  version: version.nullish(),
});

export const stepFormSchema = scheduleStepEditSchema.and(
  z.object({ reflow: z.boolean("invalid").default(false) }),
);
export type StepFormInput = {
  plannedStart: string;
  plannedFinish: string;
  actualStart: string;
  actualFinish: string;
  reflow: boolean;
};

export const updateStepSchema = z
  .object({ accountId, id: z.uuid("invalid"), version })
  .and(stepFormSchema);

export const saveBaselineFormSchema = z.object({
  name: z.string("invalid").trim().max(100, limit()).default(""),
});
export const saveBaselineSchema = saveBaselineFormSchema.extend({ accountId });

export const addStepFormSchema = ownStepSchema.extend({
  /** The step the new one follows; empty: it comes first. */
  after: z.union([z.uuid("invalid"), z.literal("")], "invalid").transform((v) => v || null),
});
export type AddStepFormInput = { after: string; label: string; durationDays: number };
export const addStepSchema = addStepFormSchema.extend({ accountId });

export const removeStepSchema = z.object({ accountId, id: z.uuid("invalid"), version });

/* Action inputs of the schedule templates (templates/schedules). */
const id = z.uuid("invalid");

export const createTemplateSchema = scheduleTemplateSchema;
export const updateTemplateSchema = z.object({ id, version }).and(scheduleTemplateSchema);
export const setTemplateActiveSchema = z.object({ id, version, active: z.boolean("invalid") });
export const makeDefaultTemplateSchema = z.object({ id, version });

/** Form values as typed; numbers come from number inputs, empty target = none. */
export type TemplateFormValues = {
  name: string;
  industry: string;
  targetDaysToOrder: number | null;
  steps: { key: string; label: string; durationDays: number }[];
};
