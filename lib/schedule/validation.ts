import { z } from "zod";
import { daysBetween, isDateInRange, isIsoDate } from "@/lib/dates";
import { limit } from "@/lib/validations/limits";

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
