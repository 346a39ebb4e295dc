import "server-only";
import { eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { importRows, imports } from "@/db/schema";
import type { Encoding } from "./encoding";
import type { MatchFields } from "./duplicates";
import { loadReferenceLookup } from "./lookup";
import { MatchKeys } from "./match-keys";
import { readRows } from "./parse";
import { timed } from "./profile";
import { checkRow, matchFields, rowValues, type CheckedRow, type RowValues } from "./rows";
import { storedBytes } from "./store";

/** Rows written to the staging table per statement and per progress step. */
export const CHECK_BATCH = 2000;

/**
 * The dry run: the stored file read again (streamed) with the chosen encoding and
 * mapping, every row through the forms' schemas and the duplicate rules, and the
 * result staged in `import_rows` — error rows with their errors per field, good rows
 * pending with the customer they duplicate. Nothing else is written. Run again, it
 * starts over (a new mapping or encoding). Rows go a batch at a time: each batch is
 * matched against the customers and the rows before it through `MatchKeys` (the
 * database holds the keys, not this process).
 */
export async function checkImport(importId: string, options: { batchSize?: number } = {}) {
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
  const lookup = await loadReferenceLookup();
  const keys = await MatchKeys.open();
  try {
    const totals = { total: 0, errors: 0, duplicates: 0 };
    let batch: { rowNo: number; values: RowValues; checked: CheckedRow; fields: MatchFields }[] =
      [];
    const flush = async () => {
      if (!batch.length) return;
      const items = batch;
      batch = [];
      // Who each key of the batch's good rows belongs to, then the rows in file order.
      const index = await timed("match", () =>
        keys.batchIndex(items.filter((i) => i.checked.ok).map((i) => i.fields)),
      );
      const accepted: { rowNo: number; fields: MatchFields }[] = [];
      const rows = items.map(({ rowNo, values, checked, fields }) => {
        const row: typeof importRows.$inferInsert = { importId, rowNo, values, state: "pending" };
        const match = checked.ok ? index.match(fields) : null;
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
        if (row.state !== "error") {
          index.add({ id: `row:${rowNo}`, ...fields });
          accepted.push({ rowNo, fields });
        }
        totals.total++;
        return row;
      });
      await timed("match", () => keys.addRows(accepted));
      await timed("stage", () =>
        db.transaction(async (tx) => {
          // One JSON parameter for the batch, not a dozen bound values per row.
          const records = rows.map((r) => ({
            import_id: r.importId,
            row_no: r.rowNo,
            values: r.values,
            errors: r.errors ?? null,
            state: r.state,
            match_rule: r.matchRule ?? null,
            match_account_id: r.matchAccountId ?? null,
          }));
          await tx.execute(sql`
            insert into import_rows
              (import_id, row_no, values, errors, state, match_rule, match_account_id)
            select import_id, row_no, values, errors, state, match_rule, match_account_id
            from jsonb_populate_recordset(null::import_rows, ${JSON.stringify(records)}::jsonb)`);
          await tx
            .update(imports)
            .set({
              totalRows: totals.total,
              errorRows: totals.errors,
              duplicateRows: totals.duplicates,
            })
            .where(eq(imports.id, importId));
        }),
      );
    };

    const source = readRows(storedBytes(importId), {
      format: record.format,
      encoding: record.encoding as Encoding,
    });
    let rowNo = 0;
    for await (const cells of source) {
      if (rowNo++ === 0) continue; // the header
      const values = rowValues(cells, mapping);
      batch.push({ rowNo, values, checked: checkRow(values, lookup), fields: matchFields(values) });
      if (batch.length >= (options.batchSize ?? CHECK_BATCH)) await flush();
    }
    await flush();
    await db
      .update(imports)
      .set({ status: "checked", version: sql`${imports.version} + 1` })
      .where(eq(imports.id, importId));
    return totals;
  } finally {
    await keys.close();
  }
}
