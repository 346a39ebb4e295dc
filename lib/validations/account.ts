import "./zod-jitless";
import { z } from "zod";
import { churnMoveExtrasSchema } from "./churn";
import { ACCOUNT_STATUSES, ACCOUNT_TYPES, GRADES } from "@/db/schema/accounts";
import { CUSTOMER_CODE_PATTERN } from "@/lib/accounts/code";
import { CHURN_TYPES, STAGES } from "@/lib/stages/stages";
import { limit } from "@/lib/validations/limits";
import { MAX_INTEGER, rowVersion, serialId } from "./records";

const text = (max: number) => z.string().trim().max(max, limit());
const optionalId = z.preprocess((v) => (v === "" || v == null ? null : v), serialId.nullable());
const optionalInt = z.preprocess(
  (v) => (v === "" || v == null ? null : v),
  z.coerce
    .number("invalidNumber")
    .int("invalidNumber")
    .min(0, limit())
    .max(10_000_000, limit())
    .nullable(),
);
const optionalMoney = z.preprocess(
  (v) => (v === "" || v == null ? null : String(v).replaceAll(",", "").trim()),
  z
    .string()
    .regex(/^\d{1,16}(\.\d{1,2})?$/, "invalidAmount")
    .nullable(),
);

/** The customer form (seed 002's data dictionary), shared by the form and the actions. */
export const accountFieldsSchema = z.object({
  name: z.string().trim().min(1, "required").max(200, limit()),
  countryRegion: text(100),
  province: text(100),
  city: text(100),
  postalCode: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z -]{0,12}$/, "invalidPostalCode"),
  address: text(300),
  phone: z
    .string()
    .trim()
    .regex(/^[0-9+()\- ]{0,30}$/, "invalidPhone"),
  fax: z
    .string()
    .trim()
    .regex(/^[0-9+()\- ]{0,30}$/, "invalidPhone"),
  email: z.union([z.literal(""), z.email("invalidEmail").trim().toLowerCase().max(254, limit())]),
  homepage: z.union([
    z.literal(""),
    z.url({ protocol: /^https?$/, error: "invalidUrl" }).max(300, limit()),
  ]),
  annualRevenue: optionalMoney,
  employeeCount: optionalInt,
  industryId: optionalId,
  sourceId: optionalId,
  areaId: z.coerce
    .number("required")
    .int("required")
    .positive("required")
    .max(MAX_INTEGER, "required"),
  type: z.enum(ACCOUNT_TYPES),
  status: z.enum(ACCOUNT_STATUSES),
  grade: z.enum(GRADES),
});
export type AccountFields = z.input<typeof accountFieldsSchema>;

export const createAccountSchema = accountFieldsSchema.extend({
  ownerId: z.preprocess((v) => (v === "" ? null : v), z.uuid().nullable().optional()),
});

export const updateAccountSchema = accountFieldsSchema.extend({
  id: z.uuid(),
  version: rowVersion,
});

export const accountRefSchema = z.object({
  id: z.uuid(),
  version: rowVersion,
});

export const assignOwnerSchema = accountRefSchema.extend({
  ownerId: z.uuid("required"),
  teamMemberIds: z.array(z.uuid()).max(20).default([]),
});

export const editCodeSchema = accountRefSchema.extend({
  code: z.string().trim().regex(CUSTOMER_CODE_PATTERN, "invalidCode"),
});

export const moveStageSchema = z.object({
  id: z.uuid(),
  /** The stage the user saw: a different current stage means someone moved it first. */
  from: z.enum(STAGES),
  to: z.enum(STAGES),
  reason: z.string().trim().max(2000, limit()).default(""),
  override: z.boolean().default(false),
  churnType: z.enum(CHURN_TYPES).optional(),
  /** A churn's yearly revenue lost and evidence, kept on its churn case. */
  ...churnMoveExtrasSchema.shape,
});
export type MoveStageInput = z.input<typeof moveStageSchema>;

/** The drop panel's form: the stage machine refuses a drop without a reason; say so before the round trip. */
export const dropAccountFormSchema = z.object({
  reason: z.string().trim().min(1, "required").max(2000, limit()),
});
export type DropAccountFormInput = z.input<typeof dropAccountFormSchema>;
