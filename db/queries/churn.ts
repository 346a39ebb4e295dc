import "server-only";
import { and, asc, desc, eq, gt, inArray, or, sql } from "drizzle-orm";
import { db } from "@/db";
import { accountHealth, accounts, churnCases, users } from "@/db/schema";
import { OPEN_CHURN_STATUSES } from "@/lib/churn/flow";
import type { Actor } from "@/lib/policy";
import { visibleAccounts } from "./visibility";

/** An account's churn cases, newest first, if the caller sees the account. */
export async function accountChurnCases({ actor, accountId }: { actor: Actor; accountId: string }) {
  return db
    .select({ churnCase: churnCases })
    .from(churnCases)
    .innerJoin(accounts, eq(accounts.id, churnCases.accountId))
    .where(and(eq(churnCases.accountId, accountId), visibleAccounts(actor)))
    .orderBy(desc(churnCases.createdAt))
    .then((rows) => rows.map((r) => r.churnCase));
}

export const AT_RISK_PAGE = 100;

export type AtRiskCursor = { score: number; id: string };

/**
 * The at-risk list: open accounts whose last computed health is "at risk", and
 * those a person flagged at risk (an open churn case at risk), lowest score first.
 * Managers get their own and their team's accounts; `ownerId` narrows a
 * director's list to one manager. Keyset paging on (score, id).
 */
export async function listAtRiskAccounts({
  actor,
  ownerId,
  after,
  limit = AT_RISK_PAGE,
}: {
  actor: Actor;
  ownerId?: string;
  after?: AtRiskCursor;
  limit?: number;
}) {
  const score = sql<number>`coalesce(${accountHealth.score}, 100)`;
  return db
    .select({
      id: accounts.id,
      name: accounts.name,
      code: accounts.code,
      stage: accounts.stage,
      ownerId: accounts.ownerId,
      ownerName: users.name,
      score,
      level: accountHealth.level,
      signals: accountHealth.signals,
      computedAt: accountHealth.computedAt,
      caseStatus: churnCases.status,
      caseType: churnCases.churnType,
    })
    .from(accounts)
    .leftJoin(accountHealth, eq(accountHealth.accountId, accounts.id))
    .leftJoin(
      churnCases,
      and(
        eq(churnCases.accountId, accounts.id),
        inArray(churnCases.status, [...OPEN_CHURN_STATUSES]),
      ),
    )
    .leftJoin(users, eq(users.id, accounts.ownerId))
    .where(
      and(
        visibleAccounts(actor),
        ownerId ? eq(accounts.ownerId, ownerId) : undefined,
        sql`${accounts.archivedAt} is null`,
        sql`${accounts.stage} not in ('dropped', 'churned')`,
        or(eq(accountHealth.level, "at_risk"), eq(churnCases.status, "at_risk")),
        after
          ? or(
              gt(score, after.score),
              and(sql`${score} = ${after.score}`, gt(accounts.id, after.id)),
            )
          : undefined,
      ),
    )
    .orderBy(asc(score), asc(accounts.id))
    .limit(limit);
}
