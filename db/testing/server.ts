import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "@/db/embedded";
import { freePort } from "./free-port";

/** A throwaway embedded PostgreSQL in a temp folder; `stop` removes it. */
export async function startTestServer() {
  const dir = await mkdtemp(path.join(tmpdir(), "pcrm-pg-"));
  // As root, initdb runs as the `postgres` user, which must be able to enter the folder.
  await chmod(dir, 0o755);
  const server = await startEmbeddedPostgres({
    dataDir: path.join(dir, "data"),
    port: await freePort(),
    persistent: false,
    settings: { fsync: "off", synchronous_commit: "off", full_page_writes: "off" },
  });
  return {
    adminUrl: server.url("postgres"),
    stop: async () => {
      await server.stop().catch(() => {});
      await rm(dir, { recursive: true, force: true });
    },
  };
}
