import {
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { DuplicateRules } from "@/lib/import/duplicates";
import type { ColumnMapping, ImportTarget } from "@/lib/import/fields";
import { users } from "./users";

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => "bytea" });

/**
 * uploaded → checking → checked (dry run done) → running → done (or failed, resumable)
 * → undone. `queued` is a run waiting for a worker.
 */
export const IMPORT_STATUSES = [
  "uploaded",
  "checking",
  "checked",
  "queued",
  "running",
  "done",
  "failed",
  "undone",
] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** One uploaded file and what became of it: mapping, options, counts, the checkpoint. */
export const imports = pgTable(
  "imports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    createdById: uuid("created_by_id")
      .notNull()
      .references(() => users.id),
    /** The owner new customers get (a manager's imports: the manager). */
    ownerId: uuid("owner_id").references(() => users.id),
    fileName: text("file_name").notNull(),
    format: text("format").$type<"csv" | "xlsx">().notNull(),
    size: integer("size").notNull(),
    detectedEncoding: text("detected_encoding").notNull(),
    encoding: text("encoding").notNull(),
    header: jsonb("header").$type<string[]>().notNull().default([]),
    mapping: jsonb("mapping").$type<ColumnMapping>(),
    rules: jsonb("rules").$type<DuplicateRules>(),
    status: text("status").$type<ImportStatus>().notNull().default("uploaded"),
    /** Rows the dry run read (the header excluded), with errors, and duplicates found. */
    totalRows: integer("total_rows").notNull().default(0),
    errorRows: integer("error_rows").notNull().default(0),
    duplicateRows: integer("duplicate_rows").notNull().default(0),
    /** Rows the run has finished (applied or skipped), committed with them: the checkpoint. */
    doneRows: integer("done_rows").notNull().default(0),
    createdCount: integer("created_count").notNull().default(0),
    updatedCount: integer("updated_count").notNull().default(0),
    skippedCount: integer("skipped_count").notNull().default(0),
    contactCount: integer("contact_count").notNull().default(0),
    error: text("error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
    undoneAt: timestamp("undone_at", { withTimezone: true }),
    version: integer("version").notNull().default(1),
  },
  (t) => [index("imports_created_by_idx").on(t.createdById, t.createdAt)],
);

/** The uploaded bytes in order, so any instance's worker can read the file again. */
export const importChunks = pgTable(
  "import_chunks",
  {
    importId: uuid("import_id")
      .notNull()
      .references(() => imports.id, { onDelete: "cascade" }),
    seq: integer("seq").notNull(),
    data: bytea("data").notNull(),
  },
  (t) => [primaryKey({ columns: [t.importId, t.seq] })],
);

export const ROW_STATES = ["error", "pending", "applied", "skipped"] as const;
export type RowState = (typeof ROW_STATES)[number];
export const ROW_CHOICES = ["skip", "update", "create"] as const;
export type RowChoice = (typeof ROW_CHOICES)[number];

/**
 * The staging table: every data row of the file as mapped (field → cell text), its
 * errors from the dry run, the duplicate it matched, and once applied what it did
 * (`account_id`, `stakeholder_id`, the values an update replaced) — written in the
 * transaction that applied it, which is what makes a resumed run skip it.
 */
export const importRows = pgTable(
  "import_rows",
  {
    importId: uuid("import_id")
      .notNull()
      .references(() => imports.id, { onDelete: "cascade" }),
    rowNo: integer("row_no").notNull(),
    values: jsonb("values").$type<Partial<Record<ImportTarget, string>>>().notNull(),
    errors: jsonb("errors").$type<Record<string, string[]>>(),
    state: text("state").$type<RowState>().notNull(),
    matchRule: text("match_rule").$type<keyof DuplicateRules>(),
    matchAccountId: uuid("match_account_id"),
    /** The user's choice for this row, over the rule's. */
    choice: text("choice").$type<RowChoice>(),
    action: text("action").$type<"created" | "updated" | "skipped">(),
    accountId: uuid("account_id"),
    stakeholderId: uuid("stakeholder_id"),
    previous: jsonb("previous").$type<Record<string, unknown>>(),
  },
  (t) => [primaryKey({ columns: [t.importId, t.rowNo] })],
);

/** Mappings saved by name for the next file with the same headers. */
export const importMappings = pgTable(
  "import_mappings",
  {
    id: serial("id").primaryKey(),
    name: text("name").notNull(),
    byHeader: jsonb("by_header").$type<Record<string, ImportTarget>>().notNull(),
    createdById: uuid("created_by_id")
      .notNull()
      .references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("import_mappings_name_idx").on(t.createdById, t.name)],
);

export type Import = typeof imports.$inferSelect;
export type ImportRow = typeof importRows.$inferSelect;
