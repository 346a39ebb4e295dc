import "server-only";
import { and, eq, type InferSelectModel } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Tx } from "@/db";
import { conflict } from "./errors";

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
