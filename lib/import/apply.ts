import "server-only";
import { randomUUID } from "node:crypto";
import { and, asc, eq, gt, inArray, sql } from "drizzle-orm";
import { db, type Tx } from "@/db";
import {
  accounts,
  importRows,
  imports,
  referenceItems,
  stakeholders,
  users,
  type Import,
  type ImportRow,
} from "@/db/schema";
import { accountTeamIds } from "@/db/queries/accounts";
import { writeAudit, type AuditEntry } from "@/lib/actions/audit";
import { nextCodeBatches } from "@/lib/accounts/next-code";
import { can, type Actor } from "@/lib/policy";
import { DEFAULT_RULES, decide } from "./duplicates";
import { ACCOUNT_TARGETS, columnName } from "./fields";
import { loadReferenceLookup } from "./lookup";
import { timed } from "./profile";
import { checkRow, type AccountInput, type ContactInput, type ReferenceLookup } from "./rows";

/** Rows applied per transaction: each batch commits its records with the rows' state. */
export const RUN_BATCH = 5000;

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

/** Rows as one JSON parameter with the table's column names (one bind, not one per value). */
const asRecords = (rows: readonly Record<string, unknown>[]) =>
  JSON.stringify(
    rows.map((row) =>
      Object.fromEntries(Object.entries(row).map(([key, value]) => [columnName(key), value])),
    ),
  );

/** `insert into <table> (<the rows' columns>) select … from jsonb_populate_recordset` in one statement. */
async function insertRecords(tx: Tx, table: "accounts" | "stakeholders", rows: object[]) {
  if (!rows.length) return;
  const keys = Object.entries(rows[0]!).filter(([, value]) => value !== undefined);
  const columns = keys.map(([key]) => sql.identifier(columnName(key)));
  const list = sql.join(columns, sql`, `);
  await tx.execute(sql`
    insert into ${sql.identifier(table)} (${list})
    select ${list} from jsonb_populate_recordset(null::${sql.identifier(table)},
      ${asRecords(rows as Record<string, unknown>[])}::jsonb)`);
}

async function createAccounts(
  tx: Tx,
  ctx: Context,
  rows: { row: ImportRow; account: AccountInput; contact: ContactInput | null }[],
  out: Outcome[],
) {
  if (!rows.length) return;
  // Codes as the new-account form makes them (its counters), every grade and area at once.
  const groups = new Map<string, typeof rows>();
  for (const item of rows) {
    const key = `${item.account.grade}|${ctx.areaCodes.get(item.account.areaId)}`;
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  const requests = [...groups].map(([key, group]) => {
    const [grade, area] = key.split("|") as [AccountInput["grade"], string];
    return { grade, area, count: group.length };
  });
  const codes = await timed("codes", () => nextCodeBatches(tx, requests));
  const now = ctx.now;
  const values: (typeof accounts.$inferInsert)[] = [];
  const contacts: (typeof stakeholders.$inferInsert)[] = [];
  [...groups.values()].forEach((group, g) =>
    group.forEach((item, i) => {
      const id = randomUUID();
      values.push({
        ...item.account,
        id,
        code: codes[g]![i]!,
        ownerId: ctx.record.ownerId,
        createdById: ctx.record.createdById,
        importId: ctx.record.id,
        stageEnteredAt: now,
        // What the creation's stage row below makes it: set here, the stage trigger
        // has nothing to update (it would write every new customer a second time).
        furthestStage: "stakeholders",
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
    }),
  );
  await timed("insert accounts", () => insertRecords(tx, "accounts", values));
  await timed("insert transitions", () =>
    tx.execute(sql`
      insert into stage_transitions (account_id, to_stage, kind, at, by_id)
      select t.id::uuid, 'stakeholders', 'create', ${now.toISOString()}::timestamptz,
        ${ctx.record.createdById}::uuid
      from jsonb_array_elements_text(${JSON.stringify(values.map((v) => v.id))}::jsonb) as t(id)`),
  );
  await timed("insert contacts", () => insertRecords(tx, "stakeholders", contacts));
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
