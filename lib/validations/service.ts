import "./zod-jitless";
import { z } from "zod";
import {
  SERVICE_CHANNELS,
  SERVICE_PRIORITIES,
  SERVICE_STATUSES,
  SERVICE_TYPES,
  ESCALATION_TARGETS,
  SLA_CLOCKS,
} from "@/lib/service/types";
import { limit } from "@/lib/validations/limits";
import { localDateTime } from "./activity";
import { rowVersion } from "./records";

const text = (max: number) => z.string().trim().max(max, limit());
/** Most working hours a budget may have: a year of 8-hour days. */
export const MAX_SLA_HOURS = 2000;

/** The fields of a service request (seed 002's 服务反馈单) a person edits. */
export const serviceFieldsSchema = z.object({
  subject: z.string().trim().min(1, "required").max(200, limit()),
  product: text(200),
  contactId: z.union([z.uuid("invalid"), z.literal("")]),
  channel: z.enum(SERVICE_CHANNELS, "required"),
  type: z.enum(SERVICE_TYPES, "required"),
  description: text(5000),
  resolution: text(5000),
});
export type ServiceFields = z.input<typeof serviceFieldsSchema>;

export const createServiceRequestSchema = z.object({
  accountId: z.uuid(),
  /** When the customer raised it, in the organisation's time zone; the clocks start here. */
  receivedAt: localDateTime,
  priority: z.enum(SERVICE_PRIORITIES, "required"),
  fields: serviceFieldsSchema,
});
export const updateServiceRequestSchema = z.object({
  id: z.uuid(),
  version: rowVersion,
  fields: serviceFieldsSchema,
});

const onRequest = { id: z.uuid(), version: rowVersion };
export const changeServiceStatusSchema = z.object({
  ...onRequest,
  status: z.enum(SERVICE_STATUSES),
  /** The resolution, when resolving (required then unless the request already has one). */
  resolution: text(5000).optional(),
});
export const changeServicePrioritySchema = z.object({
  ...onRequest,
  priority: z.enum(SERVICE_PRIORITIES),
});
export const reassignServiceRequestSchema = z.object({ ...onRequest, ownerId: z.uuid("required") });
export const acknowledgeEscalationSchema = z.object({ id: z.uuid() });

const hours = z.coerce
  .number("invalid")
  .int("invalid")
  .min(1, "invalid")
  .max(MAX_SLA_HOURS, "invalid");
export const saveSlaPolicySchema = z.object({
  type: z.enum(SERVICE_TYPES),
  priority: z.enum(SERVICE_PRIORITIES),
  version: z.coerce.number().int().min(0).max(2_147_483_647),
  firstResponseHours: hours,
  resolutionHours: hours,
});

/** Highest percent of a budget a ladder step may wait for (ten times the budget). */
export const MAX_STEP_PERCENT = 1000;

/** One rung of the escalation ladder: which clock, at what share of its budget plus hours, to whom. */
export const escalationStepFieldsSchema = z.object({
  clock: z.enum(SLA_CLOCKS, "required"),
  thresholdPercent: z.coerce
    .number("invalid")
    .int("invalid")
    .min(1, "invalid")
    .max(MAX_STEP_PERCENT, "invalid"),
  extraHours: z.coerce
    .number("invalid")
    .int("invalid")
    .min(0, "invalid")
    .max(MAX_SLA_HOURS, "invalid"),
  target: z.enum(ESCALATION_TARGETS, "required"),
});
export type EscalationStepFields = z.input<typeof escalationStepFieldsSchema>;
export const addEscalationStepSchema = escalationStepFieldsSchema;
export const saveEscalationStepSchema = escalationStepFieldsSchema.extend({
  id: z.uuid(),
  version: rowVersion,
  /** Off: the step no longer fires (kept, since fired entries point at it). */
  active: z.boolean(),
});

/** What the request form edits: the fields, plus when received and the priority when logging one. */
export const serviceFormSchema = serviceFieldsSchema.extend({
  receivedAt: localDateTime,
  priority: z.enum(SERVICE_PRIORITIES, "required"),
});
