import "./zod-jitless";
import { z } from "zod";
import { isDateInRange } from "@/lib/dates";
import { limit } from "@/lib/validations/limits";
import {
  MAX_WINDOW_DAYS,
  MIN_WINDOW_DAYS,
  RETURN_VISIT_METHODS,
  SATISFACTION_MAX,
  SATISFACTION_MIN,
  isReturnVisitTrigger,
} from "@/lib/tasks/types";
import { rowVersion, rowVersionOrNew } from "./records";

const text = (max: number) => z.string().trim().max(max, limit());
const requiredText = (max: number) => z.string().trim().min(1, "required").max(max, limit());
/** A calendar date (YYYY-MM-DD): "required" when empty, else "invalidDate". */
const dueDate = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    if (value === "") ctx.addIssue({ code: "custom", message: "required" });
    else if (!isDateInRange(value)) ctx.addIssue({ code: "custom", message: "invalidDate" });
  });

/** Completing a return visit (回访): 回访方式, the contact reached, 满意度 1–5, notes. */
export const returnVisitOutcomeSchema = z.object({
  method: z.enum(RETURN_VISIT_METHODS, "required"),
  contactId: z.uuid("required"),
  satisfaction: z.coerce
    .number("required")
    .int("required")
    .min(SATISFACTION_MIN, "satisfactionRange")
    .max(SATISFACTION_MAX, "satisfactionRange"),
  notes: text(2000),
});
export type ReturnVisitOutcome = z.input<typeof returnVisitOutcomeSchema>;

export const completeReturnVisitSchema = z.object({
  id: z.uuid(),
  version: rowVersion,
  fields: returnVisitOutcomeSchema,
});

export const followUpFieldsSchema = z.object({
  title: requiredText(200),
  notes: text(2000),
  dueDate,
  assigneeId: z.uuid("required"),
});
export type FollowUpFields = z.input<typeof followUpFieldsSchema>;

export const createFollowUpSchema = z.object({
  accountId: z.uuid(),
  fields: followUpFieldsSchema,
});

/** Completing a follow-up: an optional note. */
export const taskNotesSchema = z.object({ notes: text(2000) });
export const completeTaskSchema = z.object({
  id: z.uuid(),
  version: rowVersion,
  fields: taskNotesSchema,
});

export const rescheduleFieldsSchema = z.object({ dueDate, reason: requiredText(500) });
export type RescheduleFields = z.input<typeof rescheduleFieldsSchema>;

export const rescheduleTaskSchema = z.object({
  id: z.uuid(),
  version: rowVersion,
  fields: rescheduleFieldsSchema,
});

export const cancelFieldsSchema = z.object({ reason: requiredText(500) });
export const cancelTaskSchema = z.object({
  id: z.uuid(),
  version: rowVersion,
  fields: cancelFieldsSchema,
});

/** An admin's window (days) and on/off for one return-visit trigger. */
export const returnVisitTriggerSchema = z.object({
  key: z.string().refine(isReturnVisitTrigger, "invalid"),
  version: rowVersionOrNew,
  windowDays: z.coerce
    .number("invalid")
    .int("invalid")
    .min(MIN_WINDOW_DAYS, "windowRange")
    .max(MAX_WINDOW_DAYS, "windowRange"),
  enabled: z.preprocess((v) => v === true || v === "true" || v === "on", z.boolean()),
});
