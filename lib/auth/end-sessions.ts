import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Tx } from "@/db";
import { users } from "@/db/schema";

/**
 * Ends every session of a user at once: raises `users.session_version`, which every
 * session token must match on each request (lib/auth/session.ts). The row version
 * (`users.version`) is left alone, so an admin's open page of the user stays current.
 */
export async function endSessions(tx: Tx, userId: string): Promise<void> {
  await tx
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, userId));
}
