import "server-only";
import { and, count, isNull, sql } from "drizzle-orm";
import { db } from "@/db";
import {
  accounts,
  costPlans,
  evaluations,
  requirementDocVersions,
  scopeChangeRequests,
  users,
} from "@/db/schema";
import type { Actor } from "@/lib/policy";
import { visibleAccounts } from "./visibility";

/** What waits for a director: the four records a manager submits for a decision. */
export type PendingKind = "evaluation" | "requirements" | "changeRequest" | "costPlan";

export type PendingItem = {
  kind: PendingKind;
  accountId: string;
  accountName: string;
  ownerName: string | null;
  /** When it was submitted (a change request: raised). */
  since: Date;
  byName: string | null;
};

/**
 * Evaluations, requirement versions and cost plans submitted for approval and scope
 * change requests still open, on the accounts the actor sees that are still being
 * worked (not archived, dropped or churned): oldest first, at most `limit`, with how
 * many there are in all.
 */
export async function pendingDecisions({
  actor,
  limit = 10,
}: {
  actor: Actor;
  limit?: number;
}): Promise<{ items: PendingItem[]; total: number }> {
  const rows = await db.execute<{
    kind: PendingKind;
    account_id: string;
    account_name: string;
    owner_name: string | null;
    since: string | Date;
    by_name: string | null;
    total: number;
  }>(sql`
    with pending as (
      select 'evaluation' as kind, ${evaluations.accountId} as account_id,
        coalesce(${evaluations.submittedAt}, ${evaluations.updatedAt}) as since, ${evaluations.submittedById} as by_id
      from ${evaluations} where ${evaluations.status} = 'submitted'
      union all
      select 'requirements', ${requirementDocVersions.accountId}, coalesce(${requirementDocVersions.submittedAt}, ${requirementDocVersions.updatedAt}),
        ${requirementDocVersions.submittedById}
      from ${requirementDocVersions} where ${requirementDocVersions.status} = 'submitted'
      union all
      select 'changeRequest', ${scopeChangeRequests.accountId}, ${scopeChangeRequests.createdAt},
        ${scopeChangeRequests.createdById}
      from ${scopeChangeRequests} where ${scopeChangeRequests.status} = 'open'
      union all
      select 'costPlan', ${costPlans.accountId}, coalesce(${costPlans.submittedAt}, ${costPlans.updatedAt}), ${costPlans.submittedById}
      from ${costPlans} where ${costPlans.status} = 'submitted'
    )
    select pending.kind, pending.account_id, ${accounts.name} as account_name,
      owner.name as owner_name, pending.since, submitter.name as by_name,
      count(*) over ()::int as total
    from pending
      join ${accounts} on ${accounts.id} = pending.account_id
      left join ${users} owner on owner.id = ${accounts.ownerId}
      left join ${users} submitter on submitter.id = pending.by_id
    where ${accounts.archivedAt} is null and ${accounts.stage} not in ('dropped', 'churned')
      and ${visibleAccounts(actor) ?? sql`true`}
    order by pending.since, pending.kind, pending.account_id
    limit ${limit}`);
  return {
    items: rows.map((r) => ({
      kind: r.kind,
      accountId: r.account_id,
      accountName: r.account_name,
      ownerName: r.owner_name,
      since: new Date(r.since),
      byName: r.by_name,
    })),
    total: rows[0]?.total ?? 0,
  };
}

/**
 * Accounts nobody owns yet (archived ones aside) among those the actor sees, for
 * whoever assigns owners: the same rule as the account list's "no owner yet" filter the
 * count links to.
 */
export async function unownedCount(actor: Actor): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(accounts)
    .where(and(isNull(accounts.ownerId), isNull(accounts.archivedAt), visibleAccounts(actor)));
  return row?.n ?? 0;
}
