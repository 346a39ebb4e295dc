import { once } from "node:events";
import { createInterface } from "node:readline";
import { Readable, type Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { readMigrationFiles } from "drizzle-orm/migrator";
import postgres from "postgres";
import { MIGRATIONS_FOLDER } from "./migrate";

/**
 * Logical backup and restore without pg_dump (the embedded server is PostgreSQL 18 and
 * ships none; an older pg_dump refuses a newer server). The schema is the migrations:
 * a backup records which were applied and holds every table's rows in COPY text
 * format, read in one repeatable-read snapshot. A restore rebuilds the schema from
 * the same migrations, loads the rows with triggers off (they were the triggers'
 * results already), sets the sequences, checks every table's row count — all in one
 * transaction, so a failed or truncated restore changes nothing — and then applies
 * any newer migrations.
 *
 * File (gzip by the caller): `PCRM-BACKUP 1 {header}`, then per table
 * `TABLE {schema,name,columns}`, its rows, `\.`, and last `END {rows}`.
 */

const MAGIC = "PCRM-BACKUP 1 ";
const SCHEMAS = ["public", "drizzle"];

type Table = { schema: string; name: string; columns: string[] };
type Header = {
  createdAt: string;
  server: string;
  migrations: { hash: string; createdAt: number }[];
  tables: Table[];
  sequences: { schema: string; name: string; lastValue: string | null }[];
};
export type BackupSummary = { tables: number; rows: number };

/** An error the operator can act on (its message is the whole story). */
export class BackupError extends Error {
  override name = "BackupError";
}

const ident = (...parts: string[]) => parts.map((p) => `"${p.replaceAll('"', '""')}"`).join(".");

async function write(out: Writable, chunk: string | Buffer) {
  if (!out.write(chunk)) await once(out, "drain");
}

/** Writes a backup of the database at `url` to `out` (not ended). */
export async function backupDatabase(url: string, out: Writable): Promise<BackupSummary> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    return await sql.begin("isolation level repeatable read read only", async (tx) => {
      const tables = await tx<{ schema: string; name: string; columns: string[] }[]>`
        select c.table_schema as schema, c.table_name as name,
          array_agg(c.column_name::text order by c.ordinal_position) as columns
        from information_schema.columns c
        join information_schema.tables t using (table_schema, table_name)
        where t.table_type = 'BASE TABLE' and c.table_schema in ${tx(SCHEMAS)}
          and c.is_generated = 'NEVER'
        group by 1, 2 order by 1, 2`;
      const migrated = tables.some((t) => t.schema === "drizzle");
      const migrations = migrated
        ? await tx<{ hash: string; createdAt: number }[]>`
            select hash, created_at::float8 as "createdAt" from drizzle.__drizzle_migrations order by created_at`
        : [];
      if (migrations.length === 0) {
        throw new BackupError("The database has no PCRM migrations applied: nothing to back up.");
      }
      const sequences = await tx<Header["sequences"]>`
        select schemaname as schema, sequencename as name, last_value::text as "lastValue"
        from pg_sequences where schemaname in ${tx(SCHEMAS)} order by 1, 2`;
      const [version] = await tx<{ server: string }[]>`
        select current_setting('server_version') as server`;
      const header: Header = {
        createdAt: new Date().toISOString(),
        server: version!.server,
        migrations,
        tables,
        sequences,
      };
      await write(out, `${MAGIC}${JSON.stringify(header)}\n`);
      const rows: Record<string, number> = {};
      for (const table of tables) {
        await write(out, `TABLE ${JSON.stringify(table)}\n`);
        const columns = table.columns.map((c) => ident(c)).join(", ");
        const copy = await tx
          .unsafe(`copy ${ident(table.schema, table.name)} (${columns}) to stdout`)
          .readable();
        let count = 0;
        for await (const chunk of copy as AsyncIterable<Buffer>) {
          for (const byte of chunk) if (byte === 10) count++;
          await write(out, chunk);
        }
        rows[`${table.schema}.${table.name}`] = count;
        await write(out, "\\.\n");
      }
      await write(out, `END ${JSON.stringify({ rows })}\n`);
      return { tables: tables.length, rows: Object.values(rows).reduce((a, b) => a + b, 0) };
    });
  } finally {
    await sql.end();
  }
}

/** Replaces the database at `url` with the backup read from `input` (already unzipped). */
export async function restoreDatabase(url: string, input: Readable): Promise<BackupSummary> {
  const lines = createInterface({ input, crlfDelay: Infinity })[Symbol.asyncIterator]();
  const next = async () => {
    const { value, done } = await lines.next();
    if (done)
      throw new BackupError("The backup file ends early (incomplete copy?): nothing was restored.");
    return value as string;
  };
  const first = await next().catch(() => "");
  if (!first.startsWith(MAGIC)) throw new BackupError("This is not a PCRM backup file.");
  const header = JSON.parse(first.slice(MAGIC.length)) as Header;
  const known = readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER });
  const applied = header.migrations.map((m, i) => {
    const local = known[i];
    if (!local || local.hash !== m.hash || local.folderMillis !== Number(m.createdAt)) {
      throw new BackupError(
        `The backup was made by another version of PCRM (its migration ${i + 1} is not this code's): restore it with the version that made it.`,
      );
    }
    return local;
  });

  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [open] = await sql<{ others: number }[]>`
      select count(*)::int as others from pg_stat_activity
      where datname = current_database() and pid <> pg_backend_pid()`;
    const others = open!.others;
    if (others > 0) {
      throw new BackupError(
        `${others} other connection(s) are open on the database (is the app running?): stop it, then restore.`,
      );
    }
    const summary = await sql.begin(async (tx) => {
      await tx.unsafe(`drop schema if exists drizzle cascade`);
      await tx.unsafe(`drop schema if exists public cascade`);
      await tx.unsafe(`create schema public`);
      for (const migration of applied) {
        for (const statement of migration.sql) await tx.unsafe(statement);
      }
      await tx.unsafe(`create schema drizzle`);
      await tx.unsafe(
        `create table drizzle.__drizzle_migrations (id serial primary key, hash text not null, created_at bigint)`,
      );
      // Rows the migrations seeded come back from the backup, as they were.
      const seeded = await tx<{ name: string }[]>`
        select tablename as name from pg_tables where schemaname = 'public'`;
      if (seeded.length > 0) {
        await tx.unsafe(`truncate ${seeded.map((t) => ident("public", t.name)).join(", ")}`);
      }
      await tx.unsafe(`set local session_replication_role = replica`);
      const loaded: Record<string, number> = {};
      let line = await next();
      for (; line.startsWith("TABLE "); line = await next()) {
        const table = parseLine<Table>(line.slice(6));
        loaded[`${table.schema}.${table.name}`] = await copyIn(tx, table, next);
      }
      if (!line.startsWith("END ")) throw new BackupError("The backup file is damaged.");
      const { rows } = parseLine<{ rows: Record<string, number> }>(line.slice(4));
      if (JSON.stringify(rows) !== JSON.stringify(loaded)) {
        throw new BackupError(
          "The backup's row counts do not match its rows: nothing was restored.",
        );
      }
      for (const s of header.sequences) {
        await tx`select setval(${ident(s.schema, s.name)}::regclass, ${s.lastValue ?? 1}::bigint, ${s.lastValue !== null})`;
      }
      return loaded;
    });
    return {
      tables: Object.keys(summary).length,
      rows: Object.values(summary).reduce((a, b) => a + b, 0),
    };
  } finally {
    await sql.end();
  }
}

/** A table's or the end's JSON line; a line cut short (a partial copy) is a damaged file. */
function parseLine<T>(json: string): T {
  try {
    return JSON.parse(json) as T;
  } catch {
    throw new BackupError("The backup file is damaged.");
  }
}

/** One table's rows, up to its `\.` line, into COPY FROM STDIN; returns how many. */
async function copyIn(tx: postgres.TransactionSql, table: Table, next: () => Promise<string>) {
  const columns = table.columns.map((c) => ident(c)).join(", ");
  const target = await tx
    .unsafe(`copy ${ident(table.schema, table.name)} (${columns}) from stdin`)
    .writable();
  let count = 0;
  async function* batches() {
    let batch = "";
    for (let row = await next(); row !== "\\."; row = await next()) {
      batch += `${row}\n`;
      count++;
      if (batch.length > 1 << 16) {
        yield batch;
        batch = "";
      }
    }
    if (batch) yield batch;
  }
  await pipeline(Readable.from(batches()), target);
  return count;
}
