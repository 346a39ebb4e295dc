import { PassThrough, Readable } from "node:stream";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { backupDatabase, BackupError, restoreDatabase } from "./backup";
import { migrateDatabase, recreateDatabase } from "./migrate";
import { seedDemo } from "./seed";

/** Backup, change, restore: the data is back; a damaged file or an open app changes nothing. */
const adminUrl = inject("databaseUrl").replace(/\/[^/]*$/, "/postgres");
const name = `pcrm_backup_${process.pid}`;
const url = adminUrl.replace(/\/[^/]*$/, `/${name}`);
let sql: postgres.Sql;

/** Every table's rows (as text, sorted) and every sequence's position, hashed per table. */
async function fingerprint() {
  const db = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const tables = await db<{ schema: string; name: string }[]>`
      select schemaname as schema, tablename as name from pg_tables
      where schemaname in ('public', 'drizzle') order by 1, 2`;
    const result: Record<string, string> = {};
    for (const t of tables) {
      const [row] = await db.unsafe(
        `select count(*)::int as n, md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as h from "${t.schema}"."${t.name}" x`,
      );
      result[`${t.schema}.${t.name}`] = `${row!.n}:${row!.h}`;
    }
    for (const s of await db<{ name: string; last: string | null }[]>`
      select sequencename as name, last_value::text as last from pg_sequences
      where schemaname in ('public', 'drizzle')`) {
      result[`sequence ${s.name}`] = String(s.last);
    }
    return result;
  } finally {
    await db.end();
  }
}

async function backup(): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (c: Buffer) => chunks.push(c));
  await backupDatabase(url, out);
  out.end();
  return Buffer.concat(chunks);
}

async function change() {
  await sql`update accounts set name = name || ' (changed)' where id = (select id from accounts order by code limit 1)`;
  await sql`delete from stakeholders where id = (select id from stakeholders order by id limit 1)`;
  await sql`insert into reference_items (kind, code, name_en, name_zh)
    values ('industry', ${`x${Date.now()}`}, 'Added after the backup', '备份后新增')`;
}

beforeAll(async () => {
  await recreateDatabase(adminUrl, name);
  await migrateDatabase(url);
  await seedDemo(url);
  sql = postgres(url, { max: 1, onnotice: () => {} });
}, 120_000);
afterAll(async () => {
  await sql?.end();
  await recreateDatabase(adminUrl, name);
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists "${name}" with (force)`);
  await admin.end();
});

describe("db:backup and db:restore", () => {
  it("a backup restored after changes brings every row and sequence back", async () => {
    const before = await fingerprint();
    expect(Number(before["public.accounts"]!.split(":")[0])).toBeGreaterThan(0);
    const file = await backup();
    await change();
    const changed = await fingerprint();
    expect(changed).not.toEqual(before);

    await sql.end();
    const summary = await restoreDatabase(url, Readable.from(file));
    expect(await fingerprint()).toEqual(before);
    expect(summary.rows).toBe(
      Object.entries(before)
        .filter(([k]) => !k.startsWith("sequence "))
        .reduce((n, [, v]) => n + Number(v.split(":")[0]), 0),
    );
    // The restored database is at the code's migrations: migrating again changes nothing.
    await migrateDatabase(url);
    expect(await fingerprint()).toEqual(before);
    sql = postgres(url, { max: 1, onnotice: () => {} });
  });

  it("a cut-off backup is refused and the database stays as it was", async () => {
    const file = await backup();
    await change();
    const changed = await fingerprint();
    await sql.end();
    const cut = file.subarray(0, Math.floor(file.length * 0.6));
    await expect(restoreDatabase(url, Readable.from(cut))).rejects.toThrow(BackupError);
    expect(await fingerprint()).toEqual(changed);
    sql = postgres(url, { max: 1, onnotice: () => {} });
  });

  it("restoring while another connection (the app) is open is refused", async () => {
    const file = await backup();
    await sql`select 1`;
    const before = await fingerprint();
    await expect(restoreDatabase(url, Readable.from(file))).rejects.toThrow(
      /other connection\(s\) are open/,
    );
    expect(await fingerprint()).toEqual(before);
  });

  it("a file that is not a backup is refused", async () => {
    await sql.end();
    await expect(restoreDatabase(url, Readable.from(Buffer.from("hello\n")))).rejects.toThrow(
      "This is not a PCRM backup file.",
    );
    sql = postgres(url, { max: 1, onnotice: () => {} });
  });
});
