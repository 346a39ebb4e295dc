import { drizzle } from "drizzle-orm/postgres-js";
import { migrate } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import * as schema from "./schema";
import { seedBuiltIns } from "./seed/built-ins";

export const MIGRATIONS_FOLDER = new URL("./migrations", import.meta.url).pathname;

/**
 * Applies the committed drizzle-kit migrations, then adds the built-in templates
 * where missing (`seedBuiltIns`) and keeps the dashboard stats in PCRM_TIME_ZONE;
 * safe to run on every start.
 */
export async function migrateDatabase(url: string): Promise<void> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await migrate(drizzle(sql), { migrationsFolder: MIGRATIONS_FOLDER });
    await seedBuiltIns(drizzle(sql, { schema, casing: "snake_case" }));
    // The dashboard stats count local days (migration 0027): recount them once if
    // PCRM_TIME_ZONE names another zone than the one they were counted in.
    const zone = process.env.PCRM_TIME_ZONE || "Asia/Shanghai";
    await sql`select pcrm_set_stats_zone(${zone})`;
  } finally {
    await sql.end();
  }
}

/** Creates `name` on the server of `adminUrl` unless it exists. */
export async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const sql = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    const rows = await sql`select 1 from pg_database where datname = ${name}`;
    if (rows.length === 0) await sql.unsafe(`create database "${name.replaceAll('"', '""')}"`);
  } finally {
    await sql.end();
  }
}

export async function recreateDatabase(adminUrl: string, name: string): Promise<void> {
  const sql = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    const quoted = `"${name.replaceAll('"', '""')}"`;
    await sql.unsafe(`drop database if exists ${quoted} with (force)`);
    await sql.unsafe(`create database ${quoted}`);
  } finally {
    await sql.end();
  }
}
