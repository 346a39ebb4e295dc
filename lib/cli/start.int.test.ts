import { spawn, type ChildProcess } from "node:child_process";
import { get } from "node:http";
import { connect } from "node:net";
import { chmod, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { freePort } from "@/db/testing/free-port";

/**
 * `npm run dev` stopped by a signal to npm alone (what a terminal's Ctrl-C, a process
 * manager or `docker stop` amounts to) stops everything it started: the embedded
 * PostgreSQL and the Next.js server — here a stand-in for `next` whose server runs in
 * a child process that outlives a CLI that exits, as Next's own server process can.
 */
const FAKE_NEXT = `
import { fork } from "node:child_process";
import { createServer } from "node:http";
import { fileURLToPath } from "node:url";
if (process.argv[2] === "server") {
  createServer((_, res) => res.end("ok")).listen(Number(process.argv[3]), "127.0.0.1", () =>
    process.send("up"),
  );
} else {
  const port = process.argv[process.argv.indexOf("--port") + 1];
  const server = fork(fileURLToPath(import.meta.url), ["server", port]);
  server.on("message", () => console.log("fake next server " + server.pid + " on " + port));
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => process.exit(0));
}
`;

/**
 * A stand-in for `next start` run by `npm start`'s cluster (PCRM_WORKERS): each worker
 * listens on the shared port itself and answers with its pid and its PCRM_JOBS.
 */
const FAKE_NEXT_WORKER = `
import { createServer } from "node:http";
const port = Number(process.argv[process.argv.indexOf("--port") + 1]);
const jobs = process.env.PCRM_JOBS ?? "1";
createServer((_, res) => res.end(process.pid + " " + jobs)).listen(port, () =>
  console.log("fake next worker " + process.pid + " jobs " + jobs),
);
`;

const started: { npm: ChildProcess; serverPid?: number; pids?: number[]; dir: string }[] = [];
afterEach(async () => {
  for (const run of started.splice(0)) {
    for (const pid of [run.npm.pid && -run.npm.pid, run.serverPid, ...(run.pids ?? [])]) {
      if (pid && alive(pid)) process.kill(pid, "SIGKILL");
    }
    await rm(run.dir, { recursive: true, force: true });
  }
});

function alive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function listening(port: number) {
  return new Promise<boolean>((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

/** One GET on a connection of its own (no keep-alive), so each may reach another worker. */
function getOnce(port: number) {
  return new Promise<string>((resolve, reject) => {
    get({ host: "127.0.0.1", port, path: "/", agent: false }, (res) => {
      let body = "";
      res.on("data", (chunk: Buffer) => (body += chunk.toString()));
      res.on("end", () => resolve(body));
    }).on("error", reject);
  });
}

async function until(check: () => Promise<boolean> | boolean, ms: number) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

describe("stopping npm run dev", () => {
  it.each([
    ["SIGTERM to npm", "SIGTERM", false],
    ["SIGINT to npm", "SIGINT", false],
    ["Ctrl-C (SIGINT to the terminal's whole process group)", "SIGINT", true],
  ] as const)(
    "%s stops the Next.js server and the embedded PostgreSQL",
    async (_, signal, wholeGroup) => {
      const dir = await mkdtemp(path.join(tmpdir(), "pcrm-stop-"));
      await chmod(dir, 0o755);
      const fakeNext = path.join(dir, "fake-next.mjs");
      await writeFile(fakeNext, FAKE_NEXT);
      const [appPort, pgPort] = [await freePort(), await freePort()];
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        PORT: String(appPort),
        PCRM_PG_PORT: String(pgPort),
        PCRM_DATA_DIR: path.join(dir, ".data"),
        PCRM_SEED: "0",
        PCRM_NEXT_BIN: fakeNext,
      };
      delete env.DATABASE_URL;
      const npm = spawn("npm", ["run", "dev"], {
        env,
        detached: true,
        stdio: ["ignore", "pipe", "pipe"],
      });
      const run: (typeof started)[number] = { npm, dir };
      started.push(run);
      let output = "";
      npm.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
      npm.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
      const up = await until(() => /fake next server (\d+)/.test(output), 60_000);
      expect(up, output).toBe(true);
      run.serverPid = Number(/fake next server (\d+)/.exec(output)![1]);
      expect(await listening(appPort)).toBe(true);
      expect(await listening(pgPort)).toBe(true);

      const npmExited = new Promise<void>((resolve) => npm.once("exit", () => resolve()));
      process.kill(wholeGroup ? -npm.pid! : npm.pid!, signal);
      await Promise.race([npmExited, new Promise((r) => setTimeout(r, 20_000))]);
      const appGone = await until(
        async () => !alive(run.serverPid!) && !(await listening(appPort)),
        15_000,
      );
      const databaseGone = await until(async () => !(await listening(pgPort)), 15_000);
      expect({ appGone, databaseGone }, output).toEqual({ appGone: true, databaseGone: true });
    },
    90_000,
  );
});

describe("npm start with two workers", () => {
  it.each([
    ["SIGTERM to npm", "SIGTERM"],
    ["SIGINT to npm", "SIGINT"],
  ] as const)(
    "serves one port from both, jobs in one; %s stops both and the embedded PostgreSQL",
    async (_, signal) => {
      const dir = await mkdtemp(path.join(tmpdir(), "pcrm-workers-"));
      await chmod(dir, 0o755);
      const fakeNext = path.join(dir, "fake-next-worker.mjs");
      await writeFile(fakeNext, FAKE_NEXT_WORKER);
      const [appPort, pgPort] = [await freePort(), await freePort()];
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        PORT: String(appPort),
        PCRM_PG_PORT: String(pgPort),
        PCRM_DATA_DIR: path.join(dir, ".data"),
        PCRM_SEED: "0",
        PCRM_NEXT_BIN: fakeNext,
        PCRM_WORKERS: "2",
      };
      delete env.DATABASE_URL;
      delete env.PCRM_JOBS;
      const npm = spawn("npm", ["start"], {
        env,
        detached: true,
        stdio: ["ignore", "pipe", "pipe"],
      });
      const run: (typeof started)[number] = { npm, dir };
      started.push(run);
      let output = "";
      npm.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
      npm.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
      const workers = () => [...output.matchAll(/fake next worker (\d+) jobs (\d)/g)];
      expect(await until(() => workers().length === 2, 60_000), output).toBe(true);
      run.pids = workers().map((m) => Number(m[1]));
      // Background jobs in exactly one worker.
      expect(
        workers()
          .map((m) => m[2])
          .sort(),
      ).toEqual(["0", "1"]);
      expect(output).toContain(`http://localhost:${appPort}`);

      // The one port is answered by both workers (the cluster hands connections round).
      const answeredBy = new Set<string>();
      for (let i = 0; i < 20 && answeredBy.size < 2; i++) {
        answeredBy.add((await getOnce(appPort)).split(" ")[0]!);
      }
      expect([...answeredBy].map(Number).sort()).toEqual([...run.pids].sort());
      expect(await listening(pgPort)).toBe(true);

      const npmExited = new Promise<void>((resolve) => npm.once("exit", () => resolve()));
      process.kill(npm.pid!, signal);
      await Promise.race([npmExited, new Promise((r) => setTimeout(r, 20_000))]);
      const appGone = await until(
        async () => run.pids!.every((pid) => !alive(pid)) && !(await listening(appPort)),
        15_000,
      );
      const databaseGone = await until(async () => !(await listening(pgPort)), 15_000);
      expect({ appGone, databaseGone }, output).toEqual({ appGone: true, databaseGone: true });
    },
    90_000,
  );
});
