import { z } from "zod";
import { ROLES } from "@/db/schema/users";

export const MIN_PASSWORD = 10;

export const createUserSchema = z.object({
  name: z.string().trim().min(1, "required").max(100, "tooLong"),
  email: z.email("invalidEmail").trim().toLowerCase().max(254, "tooLong"),
  role: z.enum(ROLES, "required"),
  password: z.string().min(MIN_PASSWORD, "passwordTooShort").max(200, "tooLong"),
});
export type CreateUserInput = z.infer<typeof createUserSchema>;

export const changeRoleSchema = z.object({
  id: z.uuid(),
  version: z.coerce.number().int().positive(),
  role: z.enum(ROLES),
});

export const setActiveSchema = z.object({
  id: z.uuid(),
  version: z.coerce.number().int().positive(),
  active: z.boolean(),
});
