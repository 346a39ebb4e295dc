import "server-only";
import { and, asc, eq, gt, sql } from "drizzle-orm";
import { db } from "@/db";
import { importRows, imports, referenceItems, users } from "@/db/schema";
import { writeAudit, type AuditEntry } from "@/lib/actions/audit";
import type { Context, Outcome, RowToApply } from "./apply-types";
import { createAccounts } from "./create-accounts";
import { DEFAULT_RULES, decide } from "./duplicates";
import { loadReferenceLookup } from "./lookup";
import { timed } from "./profile";
import { checkRow } from "./rows";
import { updateAccounts } from "./update-accounts";

/** Rows applied per transaction: each batch commits its records with the rows' state. */
export const RUN_BATCH = 5000;

/**
 * One batch of pending rows after row `after`, applied in one transaction with their
 * state: the batch's last row number, or null when none were left. Read by row number
 * from the last batch on, so a batch does not step over the rows already applied.
 */
async function applyBatch(ctx: Context, size: number, after: number): Promise<number | null> {
  return db.transaction(async (tx) => {
    const rows = await timed("read rows", () =>
      tx
        .select()
        .from(importRows)
        .where(
          and(
            eq(importRows.importId, ctx.record.id),
            gt(importRows.rowNo, after),
            eq(importRows.state, "pending"),
          ),
        )
        .orderBy(asc(importRows.rowNo))
        .limit(size)
        .for("update", { skipLocked: true }),
    );
    if (!rows.length) return null;
    const rules = ctx.record.rules ?? DEFAULT_RULES;
    const out: Outcome[] = [];
    const creates: RowToApply[] = [];
    const updates: RowToApply[] = [];
    for (const row of rows) {
      const checked = checkRow(row.values, ctx.lookup);
      if (!checked.ok) {
        // Reference data changed since the dry run: the row is reported, not applied.
        out.push({
          row_no: row.rowNo,
          state: "error",
          action: null,
          account_id: null,
          stakeholder_id: null,
          previous: null,
        });
        continue;
      }
      const choice = decide(row.matchRule, rules, row.choice);
      const item = { row, account: checked.account, contact: checked.contact };
      if (choice === "create") creates.push(item);
      else if (choice === "update" && row.matchAccountId) updates.push(item);
      else
        out.push({
          row_no: row.rowNo,
          state: "skipped",
          action: "skipped",
          account_id: null,
          stakeholder_id: null,
          previous: null,
        });
    }
    await createAccounts(tx, ctx, creates, out);
    await updateAccounts(tx, ctx, updates, out);
    await timed("mark rows", () =>
      tx.execute(sql`
      update import_rows r set state = v.state, action = v.action, account_id = v.account_id,
        stakeholder_id = v.stakeholder_id, previous = v.previous
      from jsonb_to_recordset(${JSON.stringify(out)}::jsonb)
        as v(row_no int, state text, action text, account_id uuid, stakeholder_id uuid, previous jsonb)
      where r.import_id = ${ctx.record.id} and r.row_no = v.row_no`),
    );
    const count = (action: string) => out.filter((o) => o.action === action).length;
    await tx
      .update(imports)
      .set({
        doneRows: sql`${imports.doneRows} + ${out.length}`,
        createdCount: sql`${imports.createdCount} + ${count("created")}`,
        updatedCount: sql`${imports.updatedCount} + ${count("updated")}`,
        skippedCount: sql`${imports.skippedCount} + ${count("skipped")}`,
        errorRows: sql`${imports.errorRows} + ${out.filter((o) => o.state === "error").length}`,
        contactCount: sql`${imports.contactCount} + ${out.filter((o) => o.stakeholder_id).length}`,
      })
      .where(eq(imports.id, ctx.record.id));
    return rows.at(-1)!.rowNo;
  });
}

/**
 * Applies an import's pending rows, a batch per transaction: the records it creates or
 * updates and each row's new state commit together, so after a crash the next run
 * (pg-boss retries the job) starts at the first row still pending and never applies one
 * twice. Ends with the import marked done and one audit row with its counts.
 * `stopAfterBatches` stops (throws) after that many batches: the tests' crash.
 */
export async function runImport(
  importId: string,
  now: Date,
  options: { batchSize?: number; stopAfterBatches?: number } = {},
) {
  const [record] = await db.select().from(imports).where(eq(imports.id, importId));
  if (!record || !["queued", "running", "failed"].includes(record.status)) return null;
  const [actor] = await db
    .select({ id: users.id, role: users.role })
    .from(users)
    .where(eq(users.id, record.createdById));
  await db.update(imports).set({ status: "running", error: null }).where(eq(imports.id, importId));
  const areas = await db
    .select({ id: referenceItems.id, code: referenceItems.code })
    .from(referenceItems)
    .where(eq(referenceItems.kind, "area"));
  const ctx: Context = {
    record,
    actor: actor!,
    lookup: await loadReferenceLookup(),
    areaCodes: new Map(areas.map((a) => [a.id, a.code])),
    now,
  };
  try {
    for (let batches = 0, after: number | null = 0; after !== null; batches++) {
      if (batches === options.stopAfterBatches) throw new Error("Import stopped (test crash)");
      after = await applyBatch(ctx, options.batchSize ?? RUN_BATCH, after);
    }
  } catch (error) {
    await db
      .update(imports)
      .set({
        status: "failed",
        error: String(error instanceof Error ? error.message : error).slice(0, 500),
      })
      .where(eq(imports.id, importId));
    throw error;
  }
  return db.transaction(async (tx) => {
    const [done] = await tx
      .update(imports)
      .set({ status: "done", finishedAt: now, version: sql`${imports.version} + 1` })
      .where(eq(imports.id, importId))
      .returning();
    const audit = (entry: AuditEntry) => writeAudit(tx, record.createdById, entry);
    await audit({
      entity: "import",
      action: "run",
      entityId: importId,
      after: {
        fileName: done!.fileName,
        rows: done!.totalRows,
        created: done!.createdCount,
        updated: done!.updatedCount,
        skipped: done!.skippedCount,
        errors: done!.errorRows,
        contacts: done!.contactCount,
      },
    });
    return done!;
  });
}
