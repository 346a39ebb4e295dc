import type { ChildProcess } from "node:child_process";
import { migrateDatabase } from "@/db/migrate";
import { DEMO_PASSWORD, DEMO_USERS, seedDemo } from "@/db/seed";
import type { EmbeddedServer } from "@/db/embedded";
import { databaseLabel, resolveAuthSecret, resolveDatabase } from "./database";
import { exitWithStartupError, onStopSignals, spawnNext, stopGroup } from "./processes";
import { workerCount } from "./workers";

/**
 * `npm run dev` / `npm start`: database (embedded unless DATABASE_URL), migrations,
 * idempotent demo data, then Next.js with the resolved environment (`start`: one worker
 * per core behind the port, `PCRM_WORKERS`). Ctrl-C (or SIGTERM) stops Next.js with
 * all its workers and then the embedded server.
 */
const mode = process.argv[2] === "start" ? "start" : "dev";
const port = process.env.PORT ?? "3000";
let server: EmbeddedServer | null = null;
let next: ChildProcess | undefined;
const stop = onStopSignals(async () => {
  if (next) await stopGroup(next);
  await server?.stop();
});

try {
  // `npm start`: one Next.js worker per core behind the port (PCRM_WORKERS); dev runs one.
  const workers = mode === "start" ? workerCount(process.env.PCRM_WORKERS) : 1;
  const database = await resolveDatabase();
  server = database.server;
  await migrateDatabase(database.url);
  if (process.env.PCRM_SEED !== "0") await seedDemo(database.url);

  next = spawnNext([mode, "--port", port], {
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: database.url, AUTH_SECRET: resolveAuthSecret() },
    workers,
  });
  next.once("exit", (code) => void stop().then(() => process.exit(code ?? 0)));

  const served = workers > 1 ? `, ${workers} workers` : "";
  console.log(`\nPCRM: http://localhost:${port}  (database: ${databaseLabel(server)}${served})`);
  console.log(`Demo logins (password ${DEMO_PASSWORD}):`);
  for (const u of DEMO_USERS) console.log(`  ${u.role.padEnd(9)} ${u.email}`);
  console.log("");
} catch (error) {
  await stop();
  exitWithStartupError(error);
}
