import "server-only";
import { and, desc, eq, inArray, lt } from "drizzle-orm";
import { db } from "@/db";
import { accounts, auditLog, stageTransitions, users } from "@/db/schema";
import type { Actor } from "@/lib/policy";
import { visibleAccounts } from "./visibility";

/** Audit entries of one account (moves, edits, stakeholders), newest first, keyset by id. */
export async function accountHistory({
  actor,
  accountId,
  before,
  limit = 50,
}: {
  actor: Actor;
  accountId: string;
  before?: number;
  limit?: number;
}) {
  const [visible] = await db
    .select({ id: accounts.id })
    .from(accounts)
    .where(and(eq(accounts.id, accountId), visibleAccounts(actor)));
  if (!visible) return [];
  return db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      entity: auditLog.entity,
      action: auditLog.action,
      before: auditLog.before,
      after: auditLog.after,
      actorName: users.name,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(eq(auditLog.accountId, accountId), before ? lt(auditLog.id, before) : undefined))
    .orderBy(desc(auditLog.id))
    .limit(limit);
}

/** Stage moves of one account, oldest first, with time spent in each stage. */
export async function accountTransitions({
  actor,
  accountId,
}: {
  actor: Actor;
  accountId: string;
}) {
  return db
    .select({
      id: stageTransitions.id,
      fromStage: stageTransitions.fromStage,
      toStage: stageTransitions.toStage,
      kind: stageTransitions.kind,
      at: stageTransitions.at,
      exitedAt: stageTransitions.exitedAt,
      durationDays: stageTransitions.durationDays,
      note: stageTransitions.note,
      override: stageTransitions.override,
      churnType: stageTransitions.churnType,
      byName: users.name,
    })
    .from(stageTransitions)
    .innerJoin(accounts, eq(accounts.id, stageTransitions.accountId))
    .leftJoin(users, eq(users.id, stageTransitions.byId))
    .where(and(eq(stageTransitions.accountId, accountId), visibleAccounts(actor)))
    .orderBy(stageTransitions.at, stageTransitions.id);
}

/** Display names of the users a history entry mentions (owners, team members), deactivated ones too. */
export async function userNames(ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(inArray(users.id, unique));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/**
 * When one audit entry of an account the actor sees happened (the boundary between
 * history pages).
 */
export async function auditEntryAt({
  actor,
  accountId,
  id,
}: {
  actor: Actor;
  accountId: string;
  id: number;
}): Promise<Date | undefined> {
  const [row] = await db
    .select({ at: auditLog.at })
    .from(auditLog)
    .innerJoin(accounts, eq(accounts.id, auditLog.accountId))
    .where(and(eq(auditLog.accountId, accountId), eq(auditLog.id, id), visibleAccounts(actor)));
  return row?.at;
}
