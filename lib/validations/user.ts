import "./zod-jitless";
import { z } from "zod";
import { ROLES } from "@/db/schema/users";
import { limit } from "@/lib/validations/limits";
import { rowVersion } from "./records";

export const MIN_PASSWORD = 10;

export const createUserSchema = z.object({
  name: z.string().trim().min(1, "required").max(100, limit()),
  email: z.email("invalidEmail").trim().toLowerCase().max(254, limit()),
  role: z.enum(ROLES, "required"),
  password: z.string().min(MIN_PASSWORD, limit("passwordTooShort")).max(200, limit()),
});
export type CreateUserInput = z.infer<typeof createUserSchema>;

export const changeRoleSchema = z.object({
  id: z.uuid(),
  version: rowVersion,
  role: z.enum(ROLES),
});

export const setActiveSchema = z.object({
  id: z.uuid(),
  version: rowVersion,
  active: z.boolean(),
});

/** A user changing their own password: the current one proves it is them. */
export const changeOwnPasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "required").max(200, limit()),
    newPassword: z.string().min(MIN_PASSWORD, limit("passwordTooShort")).max(200, limit()),
    confirmPassword: z.string().max(200, limit()),
  })
  .refine((v) => v.newPassword === v.confirmPassword, {
    path: ["confirmPassword"],
    message: "passwordsDiffer",
  });
export type ChangeOwnPasswordInput = z.infer<typeof changeOwnPasswordSchema>;

/** An admin setting a new password for someone who lost theirs. */
export const resetPasswordSchema = z.object({
  id: z.uuid(),
  password: z.string().min(MIN_PASSWORD, limit("passwordTooShort")).max(200, limit()),
});
export type ResetPasswordInput = z.infer<typeof resetPasswordSchema>;

export const userIdSchema = z.object({ id: z.uuid() });
