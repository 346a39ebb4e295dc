import "server-only";
import { eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { importRows, imports } from "@/db/schema";
import type { Encoding } from "./encoding";
import { loadDuplicateIndex, loadReferenceLookup } from "./lookup";
import { readRows } from "./parse";
import { checkRow, matchFields, rowValues } from "./rows";
import { storedBytes } from "./store";

/** Rows written to the staging table per statement and per progress step. */
export const CHECK_BATCH = 2000;

/**
 * The dry run: the stored file read again (streamed) with the chosen encoding and
 * mapping, every row through the forms' schemas and the duplicate rules, and the
 * result staged in `import_rows` — error rows with their errors per field, good rows
 * pending with the customer they duplicate. Nothing else is written. Run again, it
 * starts over (a new mapping or encoding).
 */
export async function checkImport(importId: string) {
  const [record] = await db.select().from(imports).where(eq(imports.id, importId));
  if (!record?.mapping) throw new Error(`Import ${importId} has no mapping`);
  const mapping = record.mapping;
  await db.transaction(async (tx) => {
    await tx.delete(importRows).where(eq(importRows.importId, importId));
    await tx
      .update(imports)
      .set({ status: "checking", totalRows: 0, errorRows: 0, duplicateRows: 0, error: null })
      .where(eq(imports.id, importId));
  });
  const [lookup, index] = await Promise.all([loadReferenceLookup(), loadDuplicateIndex()]);

  let rowNo = 0;
  let batch: (typeof importRows.$inferInsert)[] = [];
  const totals = { total: 0, errors: 0, duplicates: 0 };
  const flush = async () => {
    if (!batch.length) return;
    const rows = batch;
    batch = [];
    await db.transaction(async (tx) => {
      await tx.insert(importRows).values(rows);
      await tx
        .update(imports)
        .set({
          totalRows: totals.total,
          errorRows: totals.errors,
          duplicateRows: totals.duplicates,
        })
        .where(eq(imports.id, importId));
    });
  };

  const source = readRows(storedBytes(importId), {
    format: record.format,
    encoding: record.encoding as Encoding,
  });
  let header = true;
  for await (const cells of source) {
    rowNo++;
    if (header) {
      header = false;
      continue;
    }
    const values = rowValues(cells, mapping);
    const checked = checkRow(values, lookup);
    const row: typeof importRows.$inferInsert = { importId, rowNo, values, state: "pending" };
    const fields = matchFields(values);
    const match = index.match(fields);
    if (!checked.ok) {
      row.state = "error";
      row.errors = checked.errors;
    } else if (match?.id.startsWith("row:")) {
      row.state = "error";
      row.errors = { [match.rule]: [`import.errors.sameAsRow|row=${match.id.slice(4)}`] };
    } else if (match) {
      row.matchRule = match.rule;
      row.matchAccountId = match.id;
    }
    if (row.state === "error") totals.errors++;
    else if (match) totals.duplicates++;
    // Later rows for the same customer are found as repeats of this one.
    if (row.state !== "error") index.add({ id: `row:${rowNo}`, ...fields });
    totals.total++;
    batch.push(row);
    if (batch.length >= CHECK_BATCH) await flush();
  }
  await flush();
  await db
    .update(imports)
    .set({ status: "checked", version: sql`${imports.version} + 1` })
    .where(eq(imports.id, importId));
  return totals;
}
