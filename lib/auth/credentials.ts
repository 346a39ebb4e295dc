import "server-only";
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db";
import { users } from "@/db/schema";
import { verifyPassword } from "./password";

export const credentialsSchema = z.object({
  email: z.email("invalidEmail").max(254),
  password: z.string().min(1, "required").max(200),
});

/** The user for valid credentials of an active account, else null (same cost either way). */
export async function authenticate(email: string, password: string) {
  const [user] = await db
    .select()
    .from(users)
    .where(eq(users.email, sql`lower(${email})`))
    .limit(1);
  const valid = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !valid || !user.active) return null;
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    sessionVersion: user.sessionVersion,
  };
}
