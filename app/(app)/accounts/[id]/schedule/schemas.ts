import { z } from "zod";
import { isDateInRange } from "@/lib/dates";
import { ownStepSchema, scheduleStepEditSchema } from "@/lib/schedule/validation";
import { limit } from "@/lib/validations/limits";
import { rowVersion } from "@/lib/validations/records";

/*
 * Shared by the forms (zodResolver) and the actions. Error messages are keys
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
