import "server-only";
import { eq, exists, and, or, type SQL } from "drizzle-orm";
import { db } from "@/db";
import { accounts, accountTeam } from "@/db/schema";
import { seesAllAccounts, type Actor } from "@/lib/policy";

/**
 * The visibility rule of `lib/policy.ts` as SQL: managers see accounts they own or
 * are on the team of; every other role sees all. Every account query uses it.
 */
export function accountScope(actor: Actor): SQL | undefined {
  if (seesAllAccounts(actor)) return undefined;
  return or(
    eq(accounts.ownerId, actor.id),
    exists(
      db
        .select({ one: accountTeam.userId })
        .from(accountTeam)
        .where(and(eq(accountTeam.accountId, accounts.id), eq(accountTeam.userId, actor.id))),
    ),
  );
}
