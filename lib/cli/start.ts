import { spawn } from "node:child_process";
import { migrateDatabase } from "@/db/migrate";
import { DEMO_PASSWORD, DEMO_USERS, seedDemo } from "@/db/seed";
import { resolveAuthSecret, resolveDatabase } from "./database";

/**
 * `npm run dev` / `npm start`: database (embedded unless DATABASE_URL), migrations,
 * idempotent demo data, then Next.js with the resolved environment.
 */
const mode = process.argv[2] === "start" ? "start" : "dev";
const port = process.env.PORT ?? "3000";
const { url, server } = await resolveDatabase();
await migrateDatabase(url);
if (process.env.PCRM_SEED !== "0") await seedDemo(url);

const next = spawn("npx", ["next", mode, "--port", port], {
  stdio: "inherit",
  env: { ...process.env, DATABASE_URL: url, AUTH_SECRET: resolveAuthSecret() },
});

console.log(
  `\nPCRM: http://localhost:${port}  (database: ${server ? "embedded, .data/pg" : "DATABASE_URL"})`,
);
console.log(`Demo logins (password ${DEMO_PASSWORD}):`);
for (const u of DEMO_USERS) console.log(`  ${u.role.padEnd(9)} ${u.email}`);
console.log("");

let stopping = false;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  next.kill("SIGTERM");
  await server?.stop().catch(() => {});
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));
next.on("exit", (code) => void shutdown(code ?? 0));
