import "server-only";
import { randomUUID } from "node:crypto";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { db, type Tx } from "@/db";
import {
  accounts,
  importRows,
  imports,
  referenceItems,
  stageTransitions,
  stakeholders,
  users,
  type Import,
  type ImportRow,
} from "@/db/schema";
import { accountTeamIds } from "@/db/queries/accounts";
import { writeAudit, type AuditEntry } from "@/lib/actions/audit";
import { nextCodes } from "@/lib/accounts/next-code";
import { can, type Actor } from "@/lib/policy";
import { DEFAULT_RULES, decide } from "./duplicates";
import { ACCOUNT_TARGETS, columnName } from "./fields";
import { loadReferenceLookup } from "./lookup";
import { checkRow, type AccountInput, type ContactInput, type ReferenceLookup } from "./rows";

/** Rows applied per transaction: each batch commits its records with the rows' state. */
export const RUN_BATCH = 1000;

type Outcome = {
  row_no: number;
  state: "applied" | "skipped" | "error";
  action: "created" | "updated" | "skipped" | null;
  account_id: string | null;
  stakeholder_id: string | null;
  previous: Record<string, unknown> | null;
};

/** Account fields an update may change: those the row has a value for (grade and area stay, as they make the code). */
const UPDATABLE = ACCOUNT_TARGETS.filter((t) => !["code", "grade", "area"].includes(t)).map(
  (t) => (({ industry: "industryId", source: "sourceId" }) as Record<string, string>)[t] ?? t,
) as (keyof AccountInput)[];

type Context = {
  record: Import;
  actor: Actor;
  lookup: ReferenceLookup;
  areaCodes: Map<number, string>;
  /** The run's clock (the job's `now`): creation times and the finish. */
  now: Date;
};

function contactValues(
  contact: ContactInput,
  accountId: string,
  importId: string,
  primary: boolean,
) {
  return { ...contact, id: randomUUID(), accountId, importId, isPrimary: primary };
}

async function createAccounts(
  tx: Tx,
  ctx: Context,
  rows: { row: ImportRow; account: AccountInput; contact: ContactInput | null }[],
  out: Outcome[],
) {
  if (!rows.length) return;
  // Codes as the new-account form makes them: per grade and area code, a batch at a time.
  const groups = new Map<string, typeof rows>();
  for (const item of rows) {
    const key = `${item.account.grade}|${ctx.areaCodes.get(item.account.areaId)}`;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  const now = ctx.now;
  const values: (typeof accounts.$inferInsert)[] = [];
  const contacts: (typeof stakeholders.$inferInsert)[] = [];
  for (const [key, group] of groups) {
    const [grade, area] = key.split("|") as [AccountInput["grade"], string];
    const codes = await nextCodes(tx, grade, area, group.length);
    group.forEach((item, i) => {
      const id = randomUUID();
      values.push({
        ...item.account,
        id,
        code: codes[i]!,
        ownerId: ctx.record.ownerId,
        createdById: ctx.record.createdById,
        importId: ctx.record.id,
        stageEnteredAt: now,
        createdAt: now,
      });
      const contact = item.contact && contactValues(item.contact, id, ctx.record.id, true);
      if (contact) contacts.push(contact);
      out.push({
        row_no: item.row.rowNo,
        state: "applied",
        action: "created",
        account_id: id,
        stakeholder_id: contact?.id ?? null,
        previous: null,
      });
    });
  }
  await tx.insert(accounts).values(values);
  await tx.insert(stageTransitions).values(
    values.map((v) => ({
      accountId: v.id!,
      toStage: "stakeholders" as const,
      kind: "create" as const,
      at: now,
      byId: ctx.record.createdById,
    })),
  );
  if (contacts.length) await tx.insert(stakeholders).values(contacts);
}

async function updateAccounts(
  tx: Tx,
  ctx: Context,
  rows: { row: ImportRow; account: AccountInput; contact: ContactInput | null }[],
  out: Outcome[],
) {
  if (!rows.length) return;
  const ids = [...new Set(rows.map((r) => r.row.matchAccountId!))];
  const current = await tx.select().from(accounts).where(inArray(accounts.id, ids)).for("update");
  const team = await accountTeamIds(tx, ids);
  const byId = new Map(current.map((a) => [a.id, a]));
  for (const item of rows) {
    const existing = byId.get(item.row.matchAccountId!);
    const resource = existing && {
      ownerId: existing.ownerId,
      teamMemberIds: team.filter((t) => t.accountId === existing.id).map((t) => t.userId),
    };
    if (!existing || !can(ctx.actor, "account.update", resource)) {
      out.push({
        row_no: item.row.rowNo,
        state: "skipped",
        action: "skipped",
        account_id: null,
        stakeholder_id: null,
        previous: null,
      });
      continue;
    }
    // Only the fields the row has a value for; blank cells keep what is there.
    const fields = UPDATABLE.filter((f) => {
      const target = f === "industryId" ? "industry" : f === "sourceId" ? "source" : f;
      return !!item.row.values[target as keyof ImportRow["values"]];
    });
    const previous: Record<string, unknown> = {
      import_id: existing.importId,
      version: existing.version,
    };
    const set: Record<string, unknown> = {};
    for (const f of fields) {
      previous[columnName(f)] = existing[f as keyof typeof existing];
      set[f] = item.account[f];
    }
    const [after] = await tx
      .update(accounts)
      .set({ ...set, importId: ctx.record.id, version: existing.version + 1 })
      .where(eq(accounts.id, existing.id))
      .returning({ version: accounts.version });
    existing.version = after!.version;
    let stakeholderId: string | null = null;
    if (item.contact) {
      const contact = contactValues(item.contact, existing.id, ctx.record.id, false);
      await tx.insert(stakeholders).values(contact);
      stakeholderId = contact.id;
    }
    out.push({
      row_no: item.row.rowNo,
      state: "applied",
      action: "updated",
      account_id: existing.id,
      stakeholder_id: stakeholderId,
      previous,
    });
  }
}

/** One batch of pending rows, applied in one transaction with their state: true when none were left. */
async function applyBatch(ctx: Context, size: number): Promise<boolean> {
  return db.transaction(async (tx) => {
    const rows = await tx
      .select()
      .from(importRows)
      .where(and(eq(importRows.importId, ctx.record.id), eq(importRows.state, "pending")))
      .orderBy(asc(importRows.rowNo))
      .limit(size)
      .for("update", { skipLocked: true });
    if (!rows.length) return true;
    const rules = ctx.record.rules ?? DEFAULT_RULES;
    const out: Outcome[] = [];
    const creates: Parameters<typeof createAccounts>[2] = [];
    const updates: Parameters<typeof createAccounts>[2] = [];
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
    await tx.execute(sql`
      update import_rows r set state = v.state, action = v.action, account_id = v.account_id,
        stakeholder_id = v.stakeholder_id, previous = v.previous
      from jsonb_to_recordset(${JSON.stringify(out)}::jsonb)
        as v(row_no int, state text, action text, account_id uuid, stakeholder_id uuid, previous jsonb)
      where r.import_id = ${ctx.record.id} and r.row_no = v.row_no`);
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
    return false;
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
    for (let batches = 0; ; batches++) {
      if (batches === options.stopAfterBatches) throw new Error("Import stopped (test crash)");
      if (await applyBatch(ctx, options.batchSize ?? RUN_BATCH)) break;
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
