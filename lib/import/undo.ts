import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Tx } from "@/db";
import { accounts, importRows, imports, stageTransitions, stakeholders } from "@/db/schema";
import { ACCOUNT_TARGETS, columnName } from "./fields";

/** Columns an import's update may have changed, and the two it always sets. */
const RESTORABLE = [
  ...ACCOUNT_TARGETS.filter((t) => !["code", "grade", "area", "industry", "source"].includes(t)),
  "industryId",
  "sourceId",
].map(columnName);

/**
 * Undoes a finished import in the caller's transaction: the customers it created go
 * (with their contacts and stage history), contacts it added to existing customers
 * go, and each customer it updated gets back the values it had (only the fields the
 * import changed, as its first row for it found them). Returns the counts.
 */
export async function undoImport(tx: Tx, importId: string, now: Date) {
  const created = tx
    .select({ id: importRows.accountId })
    .from(importRows)
    .where(and(eq(importRows.importId, importId), eq(importRows.action, "created")));
  const addedContacts = tx
    .select({ id: importRows.stakeholderId })
    .from(importRows)
    .where(and(eq(importRows.importId, importId), eq(importRows.action, "updated")));
  await tx.delete(stakeholders).where(inArray(stakeholders.id, addedContacts));
  const restores = RESTORABLE.map(
    (column) =>
      sql`${sql.identifier(column)} = case when r.previous ? ${column} then (p).${sql.identifier(column)} else a.${sql.identifier(column)} end`,
  );
  const restored = await tx.execute(sql`
    update accounts a set ${sql.join(restores, sql`, `)},
      import_id = (p).import_id, version = a.version + 1
    from (select distinct on (account_id) account_id, previous,
            jsonb_populate_record(null::accounts, previous) as p
          from import_rows where import_id = ${importId} and action = 'updated'
          order by account_id, row_no) r
    where a.id = r.account_id`);
  // Their stage rows first, in one statement: its statement-level triggers take them out
  // of the dashboard stats and forecast histograms at once, so the accounts' per-row
  // delete triggers find no stage rows left to count (at 100k rows that was most of it).
  await tx.delete(stageTransitions).where(inArray(stageTransitions.accountId, created));
  const removed = await tx
    .delete(accounts)
    .where(inArray(accounts.id, created))
    .returning({ id: accounts.id });
  await tx
    .update(imports)
    .set({ status: "undone", undoneAt: now, version: sql`${imports.version} + 1` })
    .where(eq(imports.id, importId));
  return { created: removed.length, updated: restored.count };
}
