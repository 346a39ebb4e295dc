import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedServer } from "@/db/embedded";
import { ensureDatabase } from "@/db/migrate";

export const DATA_DIR = path.resolve(process.env.PCRM_DATA_DIR ?? ".data");

/**
 * DATABASE_URL wins; without it the embedded PostgreSQL under `.data/` is started
 * (port PCRM_PG_PORT, default 54329) and the `pcrm` database created on it.
 */
export async function resolveDatabase(): Promise<{ url: string; server: EmbeddedServer | null }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, server: null };
  const port = Number(process.env.PCRM_PG_PORT ?? 54329);
  const server = await startEmbeddedPostgres({
    dataDir: path.join(DATA_DIR, "pg"),
    port,
    persistent: true,
    ownGroup: true,
  });
  await ensureDatabase(server.url("postgres"), "pcrm");
  return { url: server.url("pcrm"), server };
}

/** Where the data is, for the start-up line: the embedded folder (relative when in the project). */
export function databaseLabel(server: EmbeddedServer | null): string {
  if (!server) return "DATABASE_URL";
  const relative = path.relative(process.cwd(), server.dataDir);
  return `embedded, ${relative.startsWith("..") ? server.dataDir : relative}`;
}

/** AUTH_SECRET from the environment, else one generated once and kept in `.data/`. */
export function resolveAuthSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.join(DATA_DIR, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(DATA_DIR, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
