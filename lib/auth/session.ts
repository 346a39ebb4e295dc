import "server-only";
import { and, eq } from "drizzle-orm";
import { redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/db";
import { users, type Role } from "@/db/schema";
import { auth } from "./index";

export type CurrentUser = { id: string; name: string; email: string; role: Role };

/**
 * The signed-in user as the database knows them now: a deactivated user's token
 * stops working on the next request, and a role change applies at once. The token's
 * session version must be the user's current one: sign-out, a password change,
 * deactivation and "sign out everywhere" raise it (lib/auth/end-sessions.ts), which
 * ends every copy of the cookie, including tokens from before versions existed.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  const sessionVersion = session?.user?.sessionVersion;
  if (!id || typeof sessionVersion !== "number") return null;
  const [user] = await db
    .select({ id: users.id, name: users.name, email: users.email, role: users.role })
    .from(users)
    .where(and(eq(users.id, id), eq(users.active, true), eq(users.sessionVersion, sessionVersion)))
    .limit(1);
  return user ?? null;
});

/** For pages: the current user, or a redirect to sign-in. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in");
  return user;
}
