import "./zod-jitless";
import { z } from "zod";
import { ACTIVITY_TYPES } from "@/lib/activities/types";
import { MAX_FILING_LIMIT_HOURS } from "@/lib/activities/filing";
import { isDateInRange } from "@/lib/dates";
import { limit } from "@/lib/validations/limits";
import { rowVersion } from "./records";

const text = (max: number) => z.string().trim().max(max, limit());
/** A wall-clock time in the organisation's time zone, as `<input type="datetime-local">` sends it. */
const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/;

const isLocalDateTime = (value: string) => {
  const match = LOCAL_DATE_TIME.exec(value);
  return !!match && isDateInRange(match[1]!) && Number(match[2]) < 24 && Number(match[3]) < 60;
};

/** One message per field: "required" when empty, else "invalidDateTime" when not a wall time. */
export const localDateTime = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    if (value === "") ctx.addIssue({ code: "custom", message: "required" });
    else if (!isLocalDateTime(value)) ctx.addIssue({ code: "custom", message: "invalidDateTime" });
  });

export const activityFieldsSchema = z.object({
  type: z.enum(ACTIVITY_TYPES, "required"),
  occurredAt: localDateTime,
  subject: z.string().trim().min(1, "required").max(200, limit()),
  content: text(5000),
  outcome: text(2000),
  nextFollowUp: z
    .string()
    .trim()
    .refine((value) => value === "" || isDateInRange(value), "invalidDate"),
  contactIds: z.array(z.uuid("invalid")).max(50),
  participantIds: z.array(z.uuid("invalid")).max(50),
});
export type ActivityFields = z.input<typeof activityFieldsSchema>;

export const createActivitySchema = z.object({
  accountId: z.uuid(),
  fields: activityFieldsSchema,
});
export const updateActivitySchema = z.object({
  id: z.uuid(),
  version: rowVersion,
  fields: activityFieldsSchema,
});

export const filingLimitSchema = z.object({
  type: z.enum(ACTIVITY_TYPES),
  version: z.coerce.number().int().min(0),
  hours: z.coerce
    .number("invalid")
    .int("invalid")
    .min(1, "invalid")
    .max(MAX_FILING_LIMIT_HOURS, "invalid"),
});

/** `"2026-12-07T10:00"` → the date and minutes after midnight. */
export function splitLocalDateTime(value: string): { date: string; minute: number } {
  const match = LOCAL_DATE_TIME.exec(value);
  if (!match) throw new RangeError(`Not a local date-time: ${value}`);
  return { date: match[1]!, minute: Number(match[2]) * 60 + Number(match[3]) };
}
