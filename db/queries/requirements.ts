import "server-only";
import { aliasedTable, and, desc, eq } from "drizzle-orm";
import { db } from "@/db";
import { accounts, auditLog, requirementDocVersions, users } from "@/db/schema";
import type { Actor } from "@/lib/policy";
import { visibleAccounts } from "./visibility";

/** Every version of an account's requirements document, newest first, with who submitted / signed. */
export async function listRequirementVersions({
  actor,
  accountId,
}: {
  actor: Actor;
  accountId: string;
}) {
  const submitter = aliasedTable(users, "submitter");
  const approver = aliasedTable(users, "approver");
  const author = aliasedTable(users, "author");
  const rows = await db
    .select({
      doc: requirementDocVersions,
      authorName: author.name,
      submitterName: submitter.name,
      approverName: approver.name,
    })
    .from(requirementDocVersions)
    .innerJoin(accounts, eq(accounts.id, requirementDocVersions.accountId))
    .leftJoin(author, eq(author.id, requirementDocVersions.createdById))
    .leftJoin(submitter, eq(submitter.id, requirementDocVersions.submittedById))
    .leftJoin(approver, eq(approver.id, requirementDocVersions.approvedById))
    .where(and(eq(requirementDocVersions.accountId, accountId), visibleAccounts(actor)))
    .orderBy(desc(requirementDocVersions.number));
  return rows;
}
export type RequirementVersionRow = Awaited<ReturnType<typeof listRequirementVersions>>[number];

/**
 * The director's comment when this version was last returned (kept in the audit
 * log, since a returned version simply becomes a draft again).
 */
export async function lastReturnOf({
  actor,
  accountId,
  versionId,
}: {
  actor: Actor;
  accountId: string;
  versionId: string;
}) {
  const [row] = await db
    .select({ at: auditLog.at, after: auditLog.after, actorName: users.name })
    .from(auditLog)
    .innerJoin(accounts, eq(accounts.id, auditLog.accountId))
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(
      and(
        eq(auditLog.accountId, accountId),
        visibleAccounts(actor),
        eq(auditLog.entity, "requirementDoc"),
        eq(auditLog.entityId, versionId),
        eq(auditLog.action, "return"),
      ),
    )
    .orderBy(desc(auditLog.id))
    .limit(1);
  if (!row) return null;
  const comment = (row.after as { comment?: unknown } | null)?.comment;
  return { at: row.at, by: row.actorName, comment: typeof comment === "string" ? comment : "" };
}
