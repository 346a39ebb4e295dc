import "server-only";
import { asc, eq } from "drizzle-orm";
import { db } from "@/db";
import { users } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/policy";

export type UserListRow = Awaited<ReturnType<typeof listUsers>>[number];

/** Every user, for the admin screen only (an empty list for anyone else). */
export async function listUsers({ actor }: { actor: CurrentUser }) {
  if (!can(actor, "user.manage")) return [];
  return db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      active: users.active,
      version: users.version,
      createdAt: users.createdAt,
    })
    .from(users)
    .orderBy(asc(users.name));
}

/** Active users, for owner pickers and the like. */
export async function listActiveUsers() {
  return db
    .select({ id: users.id, name: users.name, role: users.role })
    .from(users)
    .where(eq(users.active, true))
    .orderBy(asc(users.name));
}
