import "server-only";
import type { Db, Tx } from "@/db";
import { auditLog } from "@/db/schema";
import type { AuditKind } from "@/lib/audit/kinds";

/** An audit row: one of the kinds in `AUDIT_KINDS`, with what it was before and after. */
export type AuditEntry = AuditKind & {
  entityId: string;
  accountId?: string;
  before?: unknown;
  after?: unknown;
};

const SECRET_FIELDS = new Set(["passwordHash", "password"]);
const scrub = (value: unknown) =>
  value && typeof value === "object"
    ? Object.fromEntries(Object.entries(value).filter(([k]) => !SECRET_FIELDS.has(k)))
    : (value ?? null);

/** Writes one audit row: in the caller's transaction, or on its own (`db`) for events outside one. */
export async function writeAudit(tx: Tx | Db, actorId: string | null, entry: AuditEntry) {
  await tx.insert(auditLog).values({
    actorId,
    entity: entry.entity,
    entityId: entry.entityId,
    accountId: entry.accountId ?? null,
    action: entry.action,
    before: scrub(entry.before),
    after: scrub(entry.after),
  });
}
