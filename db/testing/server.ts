import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "@/db/embedded";
import { freePort } from "./free-port";

/**
 * A throwaway embedded PostgreSQL in a temp folder; `stop` removes it. `outage` stops
 * the server and `recover` starts it again on the same data and port (the fault test).
 */
export async function startTestServer() {
  const dir = await mkdtemp(path.join(tmpdir(), "pcrm-pg-"));
  // As root, initdb runs as the `postgres` user, which must be able to enter the folder.
  await chmod(dir, 0o755);
  const options = {
    dataDir: path.join(dir, "data"),
    port: await freePort(),
    // Kept across an outage so it can start again; the folders are removed by `stop`.
    persistent: true,
    settings: { fsync: "off", synchronous_commit: "off", full_page_writes: "off" },
  };
  let server = await startEmbeddedPostgres(options);
  return {
    adminUrl: server.url("postgres"),
    outage: () => server.stop(),
    recover: async () => {
      server = await startEmbeddedPostgres(options);
    },
    stop: async () => {
      await server.stop().catch(() => {});
      await rm(server.dataDir, { recursive: true, force: true });
      await rm(`${server.dataDir}.log`, { force: true });
      await rm(dir, { recursive: true, force: true });
    },
  };
}
