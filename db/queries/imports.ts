import "server-only";
import { and, asc, desc, eq, gt, isNotNull, or } from "drizzle-orm";
import { db } from "@/db";
import { importMappings, importRows, imports, type Import } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/session";
import type { Encoding } from "@/lib/import/encoding";
import { previewRows } from "@/lib/import/parse";
import { storedBytes } from "@/lib/import/store";
import { canUseImport, seesAllImports } from "@/lib/policy";

/** An import the user may use (its uploader, directors, admins), else null. */
export async function getImport(user: CurrentUser, id: string): Promise<Import | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const [record] = await db.select().from(imports).where(eq(imports.id, id));
  return record && canUseImport(user, record) ? record : null;
}

/** The user's recent imports, newest first (directors and admins: everyone's). */
export async function listImports(user: CurrentUser, limit = 20) {
  const all = await db
    .select()
    .from(imports)
    .where(seesAllImports(user) ? undefined : eq(imports.createdById, user.id))
    .orderBy(desc(imports.createdAt))
    .limit(limit);
  return all.filter((r) => canUseImport(user, r));
}

/** The header and first rows of a stored file read with `encoding` (the preview). */
export async function previewImport(record: Import, encoding: Encoding, limit = 8) {
  try {
    return {
      ok: true as const,
      ...(await previewRows(storedBytes(record.id), { format: record.format, encoding }, limit)),
    };
  } catch {
    return { ok: false as const, header: [], rows: [] };
  }
}

/** What the progress bar polls: status and counts only. */
export async function importProgress(id: string) {
  const [row] = await db
    .select({
      status: imports.status,
      totalRows: imports.totalRows,
      doneRows: imports.doneRows,
      errorRows: imports.errorRows,
      duplicateRows: imports.duplicateRows,
      createdCount: imports.createdCount,
      updatedCount: imports.updatedCount,
      skippedCount: imports.skippedCount,
      contactCount: imports.contactCount,
      error: imports.error,
    })
    .from(imports)
    .where(eq(imports.id, id));
  return row ?? null;
}

/** The dry run's rows worth a look (errors and duplicates), first `limit` by row number. */
export function reportRows(importId: string, limit = 100) {
  return db
    .select({
      rowNo: importRows.rowNo,
      values: importRows.values,
      errors: importRows.errors,
      state: importRows.state,
      matchRule: importRows.matchRule,
      choice: importRows.choice,
    })
    .from(importRows)
    .where(
      and(
        eq(importRows.importId, importId),
        or(eq(importRows.state, "error"), isNotNull(importRows.matchRule)),
      ),
    )
    .orderBy(asc(importRows.rowNo))
    .limit(limit);
}

/** Every error row of an import in row order, a batch at a time (the downloadable report). */
export async function* errorRowBatches(importId: string, size = 2000) {
  let after = 0;
  for (;;) {
    const rows = await db
      .select({ rowNo: importRows.rowNo, values: importRows.values, errors: importRows.errors })
      .from(importRows)
      .where(
        and(
          eq(importRows.importId, importId),
          eq(importRows.state, "error"),
          gt(importRows.rowNo, after),
        ),
      )
      .orderBy(asc(importRows.rowNo))
      .limit(size);
    if (!rows.length) return;
    yield rows;
    after = rows.at(-1)!.rowNo;
  }
}

/** The user's saved mappings by name. */
export function listMappings(user: CurrentUser) {
  return db
    .select()
    .from(importMappings)
    .where(eq(importMappings.createdById, user.id))
    .orderBy(asc(importMappings.name));
}
