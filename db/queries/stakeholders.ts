import "server-only";
import { and, asc, desc, eq } from "drizzle-orm";
import { db } from "@/db";
import { accounts, stakeholders } from "@/db/schema";
import type { Actor } from "@/lib/policy";
import { visibleAccounts } from "./visibility";

/** An account's stakeholders (customer side first, primary contact on top), if the caller sees the account. */
export async function listStakeholders({ actor, accountId }: { actor: Actor; accountId: string }) {
  return db
    .select({ stakeholder: stakeholders })
    .from(stakeholders)
    .innerJoin(accounts, eq(accounts.id, stakeholders.accountId))
    .where(and(eq(stakeholders.accountId, accountId), visibleAccounts(actor)))
    .orderBy(
      asc(stakeholders.side),
      desc(stakeholders.isPrimary),
      desc(stakeholders.influence),
      asc(stakeholders.name),
    )
    .then((rows) => rows.map((r) => r.stakeholder));
}
