"use server";
import { and, eq, isNotNull, sql } from "drizzle-orm";
import { importMappings, importRows, imports, users } from "@/db/schema";
import { authedAction, type Policy } from "@/lib/actions/action";
import { conflict, fieldError, refused } from "@/lib/actions/errors";
import { missingTargets, repeatedTargets } from "@/lib/import/fields";
import { undoImport } from "@/lib/import/undo";
import { undoBlocker } from "@/lib/import/undo-guard";
import { importCheckJob, importRunJob } from "@/lib/import/jobs";
import { sendImportJob } from "@/lib/import/send";
import { can, canOwnAccounts, canUseImport } from "@/lib/policy";
import {
  chooseRowSchema,
  configureImportSchema,
  importRefSchema,
  saveMappingSchema,
} from "@/lib/validations/import";

const paths = (id: string) => ["/accounts/import", `/accounts/import/${id}`, "/accounts"];

/** The import is locked for the transaction; one the caller may not use is "not found". */
const onImport: Policy<{ id: string }> = async ({ user, input, tx }) => {
  const [record] = await tx
    .select({ createdById: imports.createdById })
    .from(imports)
    .where(eq(imports.id, input.id))
    .for("update");
  if (!record || !canUseImport(user, record)) return "not_found";
  return can(user, "import.run");
};

async function lockedImport(tx: Parameters<Policy<unknown>>[0]["tx"], id: string) {
  const [record] = await tx.select().from(imports).where(eq(imports.id, id));
  return record!;
}

/**
 * Encoding, mapping, duplicate rules and owner, then the dry run as a job. A mapping
 * without the required fields is refused beside the mapping. A manager's customers
 * are their own; directors and admins name a customer manager or none.
 */
export const configureImportAction = authedAction({
  schema: configureImportSchema,
  policy: onImport,
  run: async ({ tx, user, input, audit }) => {
    const record = await lockedImport(tx, input.id);
    if (!["uploaded", "checked"].includes(record.status)) throw conflict();
    if (input.mapping.length !== record.header.length)
      throw fieldError("mapping", "import.errors.mappingColumns");
    if (missingTargets(input.mapping).length)
      throw fieldError("mapping", "import.errors.missingRequired");
    if (repeatedTargets(input.mapping).length)
      throw fieldError("mapping", "import.errors.repeatedField");
    let ownerId: string | null = user.id;
    if (can(user, "import.anyOwner")) {
      ownerId = input.ownerId ?? null;
      if (ownerId) {
        const [owner] = await tx
          .select({ role: users.role })
          .from(users)
          .where(and(eq(users.id, ownerId), eq(users.active, true)));
        if (!owner || !canOwnAccounts(owner))
          throw fieldError("ownerId", "accounts.validation.notOwner");
      }
    }
    await tx
      .update(imports)
      .set({
        encoding: input.encoding,
        mapping: input.mapping,
        rules: input.rules,
        ownerId,
        status: "checking",
        error: null,
        version: sql`${imports.version} + 1`,
      })
      .where(eq(imports.id, input.id));
    await audit({
      entity: "import",
      entityId: input.id,
      action: "check",
      after: { fileName: record.fileName },
    });
    await sendImportJob(importCheckJob, input.id, record.version + 1);
    return { id: input.id };
  },
  revalidate: (input) => paths(input.id),
});

/** A duplicate row's own choice (skip, update, create) over its rule's, before the run. */
export const chooseRowAction = authedAction({
  schema: chooseRowSchema,
  policy: onImport,
  run: async ({ tx, input, audit }) => {
    const record = await lockedImport(tx, input.id);
    if (record.status !== "checked") throw conflict();
    const changed = await tx
      .update(importRows)
      .set({ choice: input.choice })
      .where(
        and(
          eq(importRows.importId, input.id),
          eq(importRows.rowNo, input.rowNo),
          eq(importRows.state, "pending"),
          isNotNull(importRows.matchRule),
        ),
      )
      .returning({ rowNo: importRows.rowNo });
    if (!changed.length) throw fieldError("rowNo", "import.errors.notADuplicate");
    await audit({
      entity: "import",
      entityId: input.id,
      action: "choose",
      after: { fileName: record.fileName, rowNo: input.rowNo, choice: input.choice },
    });
    return { rowNo: input.rowNo };
  },
  revalidate: (input) => paths(input.id),
});

/** Runs a checked import as a background job; the page follows its progress. */
export const startImportAction = authedAction({
  schema: importRefSchema,
  policy: onImport,
  run: async ({ tx, input, audit }) => {
    const record = await lockedImport(tx, input.id);
    if (record.status !== "checked") throw conflict();
    await tx.update(imports).set({ status: "queued" }).where(eq(imports.id, input.id));
    await audit({
      entity: "import",
      entityId: input.id,
      action: "start",
      after: { fileName: record.fileName, rows: record.totalRows },
    });
    await sendImportJob(importRunJob, input.id);
    return { id: input.id };
  },
  revalidate: (input) => paths(input.id),
});

/** Undoes a finished import in one transaction: all of it or nothing; refused when later work would be lost (lib/import/undo-guard.ts). */
export const undoImportAction = authedAction({
  schema: importRefSchema,
  policy: onImport,
  run: async ({ tx, input, audit }) => {
    const record = await lockedImport(tx, input.id);
    if (record.status !== "done") throw conflict();
    const blocker = await undoBlocker(tx, input.id);
    if (blocker === "changed") throw refused("import.errors.undoChanged");
    if (blocker === "attached") throw refused("import.errors.undoAttached");
    const counts = await undoImport(tx, input.id, new Date());
    await audit({
      entity: "import",
      entityId: input.id,
      action: "undo",
      after: { fileName: record.fileName, ...counts },
    });
    return counts;
  },
  revalidate: (input) => [...paths(input.id), "/pipeline"],
});

/** Saves the mapping under a name (the caller's own list; the same name replaces it). */
export const saveMappingAction = authedAction({
  schema: saveMappingSchema,
  policy: ({ user }) => can(user, "import.run"),
  run: async ({ tx, user, input, audit }) => {
    const [saved] = await tx
      .insert(importMappings)
      .values({ name: input.name, byHeader: input.byHeader, createdById: user.id })
      .onConflictDoUpdate({
        target: [importMappings.createdById, importMappings.name],
        set: { byHeader: input.byHeader, createdAt: sql`now()` },
      })
      .returning({ id: importMappings.id });
    await audit({
      entity: "importMapping",
      entityId: String(saved!.id),
      action: "save",
      after: { name: input.name },
    });
    return { id: saved!.id };
  },
});
