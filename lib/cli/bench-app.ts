import { spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { startEmbeddedPostgres } from "@/db/embedded";
import { ensureDatabase, migrateDatabase } from "@/db/migrate";
import { DEMO_PASSWORD, seedDemo } from "@/db/seed";
import { seedLarge } from "@/db/seed/large";
import { freePort } from "@/db/testing/free-port";
import { exitWithStartupError, onStopSignals, spawnNext, stopGroup } from "./processes";
import { workerCount } from "./workers";

export type BenchApp = {
  /** The bench database's URL. */
  url: string;
  /** The running app, e.g. http://127.0.0.1:41234. */
  base: string;
  /** The app's environment (its DATABASE_URL and AUTH_SECRET). */
  env: NodeJS.ProcessEnv;
  /** Stops the app and the database (also done on Ctrl-C). */
  stop: () => Promise<void>;
};

/**
 * For `npm run bench` and `npm run load`: the large dataset in its own embedded
 * PostgreSQL (.data/bench, database pcrm_bench, built or reused) — or the database in
 * PCRM_BENCH_DATABASE_URL, which must hold it already — settled by a vacuum, then the
 * production build (made when missing or asked for) on a free port, with as many
 * workers as `npm start` runs (PCRM_WORKERS).
 */
export async function startBenchApp(opts: {
  build: boolean;
  log: (line: string) => void;
}): Promise<BenchApp> {
  const given = process.env.PCRM_BENCH_DATABASE_URL;
  const server = given
    ? null
    : await startEmbeddedPostgres({
        dataDir: path.resolve(".data/bench"),
        port: await freePort(),
        persistent: true,
        ownGroup: true,
        settings: { shared_buffers: "512MB", effective_cache_size: "4GB" },
      }).catch(exitWithStartupError);
  let next: ChildProcess | undefined;
  // Ctrl-C stops the app and the database too.
  const stop = onStopSignals(async () => {
    if (next) await stopGroup(next);
    await server?.stop();
  });
  try {
    if (server) await ensureDatabase(server.url("postgres"), "pcrm_bench");
    const url = given ?? server!.url("pcrm_bench");
    await migrateDatabase(url);
    await seedDemo(url);
    // A given database holds the dataset already (a copy of one `seed:large` filled).
    if (server) await seedLarge(url, { log: opts.log });
    // Timings are of a settled database: statistics current and visibility maps set (a
    // migration that rewrites rows leaves index-only scans reading the heap until
    // autovacuum comes round).
    const admin = postgres(url, { max: 1, onnotice: () => {} });
    await admin`vacuum (analyze) accounts, stage_transitions`;
    await admin.end();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: url,
      AUTH_SECRET: randomBytes(32).toString("hex"),
      NEXT_TELEMETRY_DISABLED: "1",
    };
    if (opts.build || !existsSync(".next/BUILD_ID")) {
      opts.log("next build");
      const built = spawnSync("npx", ["next", "build"], { stdio: "inherit", env });
      if (built.status !== 0) throw new Error("next build failed");
    }
    const appPort = await freePort();
    // As `npm start` runs it: one worker per core unless PCRM_WORKERS says otherwise.
    const workers = workerCount(process.env.PCRM_WORKERS);
    next = spawnNext(["start", "--port", String(appPort)], { env, stdio: "ignore", workers });
    const base = `http://127.0.0.1:${appPort}`;
    await waitFor(`${base}/sign-in`);
    return { url, base, env, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Polls `url` until it answers 2xx (the app started). */
export async function waitFor(url: string) {
  for (let i = 0; i < 120; i++) {
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer`);
}

/** Auth.js credentials sign-in: csrf token + cookie, then the callback sets the session cookie. */
export async function signIn(base: string, email: string) {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie },
    body: new URLSearchParams({ csrfToken, email, password: DEMO_PASSWORD }),
  });
  const session = res.headers.getSetCookie().find((c) => c.includes("session-token"));
  if (!session) throw new Error(`sign-in failed for ${email}`);
  return `${cookie}; ${session.split(";")[0]}`;
}
