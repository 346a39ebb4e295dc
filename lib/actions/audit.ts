import "server-only";
import { and, eq, type InferSelectModel } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Db, Tx } from "@/db";
import { auditLog } from "@/db/schema";
import type { AuditKind } from "@/lib/audit/kinds";
import { conflict } from "./errors";

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

type Versioned = PgTable & { id: PgColumn; version: PgColumn };

/**
 * `UPDATE … SET …, version = version + 1 WHERE id = $id AND version = $version`.
 * Zero rows means someone else saved first: throws a conflict (the caller's input
 * is kept on the client). Returns the row before and after for the audit log.
 */
export async function updateVersioned<TTable extends Versioned>(
  tx: Tx,
  table: TTable,
  id: string,
  expectedVersion: number,
  values: Partial<InferSelectModel<TTable>>,
): Promise<{ before: InferSelectModel<TTable>; after: InferSelectModel<TTable> }> {
  const t = table as Versioned;
  const [before] = (await tx
    .select()
    .from(t)
    .where(eq(t.id, id))
    .for("update")) as InferSelectModel<TTable>[];
  if (!before) throw conflict();
  const [after] = (await tx
    .update(t)
    .set({ ...values, version: expectedVersion + 1 } as never)
    .where(and(eq(t.id, id), eq(t.version, expectedVersion)))
    .returning()) as InferSelectModel<TTable>[];
  if (!after) throw conflict();
  return { before, after };
}
