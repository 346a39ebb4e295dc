import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import { db } from "@/db";
import { users } from "@/db/schema";
import { ROLES } from "@/db/schema/users";
import type { CurrentUser } from "@/lib/auth/session";
import { can, canOwnAccounts, worksOnAccounts } from "@/lib/policy";

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

/** The roles the policy lets own accounts (`canOwnAccounts`), for SQL. */
export const OWNER_ROLES = ROLES.filter((role) => canOwnAccounts({ role }));

/** Active users who can own an account: the owner pickers and owner filters. */
export async function listAccountOwners() {
  return db
    .select({ id: users.id, name: users.name, role: users.role })
    .from(users)
    .where(and(eq(users.active, true), inArray(users.role, OWNER_ROLES)))
    .orderBy(asc(users.name));
}

/** Active users who work on accounts (`worksOnAccounts`): account team candidates. */
export async function listAccountWorkers() {
  return (await listActiveUsers()).filter((user) => worksOnAccounts(user));
}
