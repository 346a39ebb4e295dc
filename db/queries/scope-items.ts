import "server-only";
import { aliasedTable, and, asc, desc, eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { accounts, scopeChangeRequests, scopeItems, users } from "@/db/schema";
import type { Actor } from "@/lib/policy";
import { visibleAccounts } from "./visibility";

const creator = aliasedTable(users, "creator");
const decider = aliasedTable(users, "decider");

/** True when the caller may see the account; every read below starts with it. */
async function visible(actor: Actor, accountId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: accounts.id })
    .from(accounts)
    .where(and(eq(accounts.id, accountId), visibleAccounts(actor)));
  return !!row;
}

/** The account's scope items: products before services, in scope before out of scope. */
export async function listScopeItems({ actor, accountId }: { actor: Actor; accountId: string }) {
  if (!(await visible(actor, accountId))) return [];
  return db
    .select()
    .from(scopeItems)
    .where(eq(scopeItems.accountId, accountId))
    .orderBy(
      asc(scopeItems.type),
      desc(scopeItems.inScope),
      asc(scopeItems.createdAt),
      asc(scopeItems.id),
    );
}
export type ScopeItemRow = Awaited<ReturnType<typeof listScopeItems>>[number];

/** Change requests, open ones first, then the decided history newest first. */
export async function listChangeRequests({
  actor,
  accountId,
}: {
  actor: Actor;
  accountId: string;
}) {
  if (!(await visible(actor, accountId))) return [];
  return db
    .select({
      request: scopeChangeRequests,
      createdByName: creator.name,
      decidedByName: decider.name,
    })
    .from(scopeChangeRequests)
    .leftJoin(creator, eq(creator.id, scopeChangeRequests.createdById))
    .leftJoin(decider, eq(decider.id, scopeChangeRequests.decidedById))
    .where(eq(scopeChangeRequests.accountId, accountId))
    .orderBy(
      sql`${scopeChangeRequests.status} = 'open' desc`,
      desc(scopeChangeRequests.createdAt),
      desc(scopeChangeRequests.id),
    );
}
export type ChangeRequestRow = Awaited<ReturnType<typeof listChangeRequests>>[number];
