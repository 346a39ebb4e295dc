import "./zod-jitless";
import { z } from "zod";
import {
  ATTITUDES,
  CUSTOMER_ROLES,
  DECISION_ROLES,
  OUR_ROLES,
  SIDES,
} from "@/db/schema/stakeholders";
import { limit } from "@/lib/validations/limits";
import { isDateInRange } from "@/lib/dates";
import { rowVersion } from "./records";

const text = (max: number) => z.string().trim().max(max, limit());
const phone = z
  .string()
  .trim()
  .regex(/^[0-9+()\- ]{0,30}$/, "invalidPhone");

export const stakeholderFieldsSchema = z
  .object({
    side: z.enum(SIDES),
    name: z.string().trim().min(1, "required").max(100, limit()),
    salutation: text(30),
    department: text(100),
    title: text(100),
    decisionRole: z.enum(DECISION_ROLES, "required"),
    influence: z.coerce.number().int().min(1).max(5),
    attitude: z.enum(ATTITUDES),
    mobile: phone,
    officePhone: phone,
    homePhone: phone,
    fax: phone,
    email: z.union([z.literal(""), z.email("invalidEmail").trim().toLowerCase()]),
    countryRegion: text(100),
    province: text(100),
    city: text(100),
    postalCode: z
      .string()
      .trim()
      .regex(/^[0-9A-Za-z -]{0,12}$/, "invalidPostalCode"),
    address: text(300),
    isPrimary: z.boolean(),
    hobbies: text(500),
    specialDates: z
      .array(
        z.object({
          label: z.string().trim().min(1, "required").max(50, limit()),
          date: z.iso.date("invalidDate").refine(isDateInRange, "invalidDate"),
        }),
      )
      .max(10),
  })
  .superRefine((value, ctx) => {
    const allowed: readonly string[] = value.side === "customer" ? CUSTOMER_ROLES : OUR_ROLES;
    if (!allowed.includes(value.decisionRole)) {
      ctx.addIssue({ code: "custom", path: ["decisionRole"], message: "roleNotForSide" });
    }
    if (value.isPrimary && value.side !== "customer") {
      ctx.addIssue({ code: "custom", path: ["isPrimary"], message: "primaryMustBeCustomer" });
    }
  });
export type StakeholderFields = z.input<typeof stakeholderFieldsSchema>;

export const createStakeholderSchema = z.object({
  accountId: z.uuid(),
  fields: stakeholderFieldsSchema,
});
export const updateStakeholderSchema = z.object({
  id: z.uuid(),
  version: rowVersion,
  fields: stakeholderFieldsSchema,
});
export const deleteStakeholderSchema = z.object({
  id: z.uuid(),
  version: rowVersion,
});
