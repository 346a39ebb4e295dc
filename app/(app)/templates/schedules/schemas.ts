import { z } from "zod";
import { scheduleTemplateSchema } from "@/lib/schedule/validation";
import { rowVersion } from "@/lib/validations/records";

const id = z.uuid("invalid");
const version = rowVersion;

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
