import { spawn, type ChildProcess, type StdioOptions } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { EmbeddedPostgresError } from "@/db/embedded";

/**
 * What a command starts stops with it. Next.js runs in a process group of its own
 * (its dev server and workers are further processes), started by this Node directly
 * rather than through npx and a shell that would not pass a signal on; stopping it
 * signals the whole group.
 */

const groups = new Set<ChildProcess>();
// Last resort when the command ends without stopping them (an uncaught error).
process.once("exit", () => {
  for (const child of groups) signalGroup(child, "SIGKILL");
});

/**
 * `next <args>`; PCRM_NEXT_BIN replaces Next's own script (the stop test uses a stand-in).
 * With `workers` > 1 (`next start` only) the script runs that many times behind the one
 * port under Node's cluster module (`next-cluster.mjs`), all in the child's group.
 */
export function spawnNext(
  args: string[],
  opts: { env: NodeJS.ProcessEnv; stdio: StdioOptions; workers?: number },
): ChildProcess {
  const script =
    process.env.PCRM_NEXT_BIN ?? createRequire(import.meta.url).resolve("next/dist/bin/next");
  const workers = opts.workers ?? 1;
  const command =
    workers > 1
      ? [fileURLToPath(new URL("./next-cluster.mjs", import.meta.url)), script, ...args]
      : [script, ...args];
  const child = spawn(process.execPath, command, {
    env: workers > 1 ? { ...opts.env, PCRM_WORKERS: String(workers) } : opts.env,
    stdio: opts.stdio,
    detached: true,
  });
  groups.add(child);
  child.once("exit", () => groups.delete(child));
  return child;
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals) {
  if (!child.pid) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is gone already.
  }
}

/**
 * SIGTERM to the child's group, then SIGKILL after `graceMs`; resolves when the child
 * has exited (its group's stragglers are killed with it).
 */
export async function stopGroup(child: ChildProcess, graceMs = 10_000): Promise<void> {
  const exited =
    child.exitCode !== null || child.signalCode !== null
      ? Promise.resolve()
      : new Promise<void>((resolve) => child.once("exit", () => resolve()));
  signalGroup(child, "SIGTERM");
  const timer = setTimeout(() => signalGroup(child, "SIGKILL"), graceMs);
  await exited;
  clearTimeout(timer);
  // Workers that outlive the group's leader.
  signalGroup(child, "SIGKILL");
  groups.delete(child);
}

const EXIT_CODES: Partial<Record<NodeJS.Signals, number>> = {
  SIGHUP: 129,
  SIGINT: 130,
  SIGTERM: 143,
};

/**
 * On Ctrl-C (SIGINT), SIGTERM or SIGHUP: runs `cleanup` once, then exits with the
 * signal's code. Returns the same once-only cleanup for the command's own exits.
 */
export function onStopSignals(cleanup: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  const once = () => (running ??= cleanup().catch((e: unknown) => console.error(e)));
  for (const signal of Object.keys(EXIT_CODES) as NodeJS.Signals[]) {
    process.on(signal, () => {
      void once().then(() => process.exit(EXIT_CODES[signal]));
    });
  }
  return once;
}

/**
 * Ends a command that could not start: a problem the user can act on (the embedded
 * server's) as its one sentence, anything else with its stack.
 */
export function exitWithStartupError(error: unknown): never {
  if (error instanceof EmbeddedPostgresError) console.error(`\nPCRM: ${error.message}\n`);
  else console.error(error);
  process.exit(1);
}
