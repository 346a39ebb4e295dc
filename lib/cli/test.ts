import { spawnSync } from "node:child_process";
import { migrateDatabase, recreateDatabase } from "@/db/migrate";
import { seedDemo } from "@/db/seed";
import { freePort } from "@/db/testing/free-port";
import { startTestServer } from "@/db/testing/server";
import { exitWithStartupError } from "./processes";

/**
 * `npm test`: typecheck, lint and format, unit and integration tests on a real
 * PostgreSQL (one throwaway embedded server, a fresh database per suite), then a
 * production build and the Playwright suite in Chromium against it.
 */
const started = Date.now();
const timings: string[] = [];

function step(name: string, command: string, args: string[], env: Record<string, string> = {}) {
  const t0 = Date.now();
  console.log(`\n▶ ${name}: ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
  });
  timings.push(`${name} ${((Date.now() - t0) / 1000).toFixed(1)}s`);
  if (result.status !== 0) {
    console.error(`\n✗ ${name} failed (exit ${result.status ?? result.signal})`);
    return false;
  }
  return true;
}

// Developer shortcuts: `npm test -- --e2e` runs only build + Playwright; extra args go to Playwright.
const e2eOnly = process.argv.includes("--e2e");
const playwrightArgs = process.argv.slice(2).filter((a) => a !== "--e2e");

const server = await startTestServer().catch(exitWithStartupError);
let ok = false;
try {
  const authSecret = "npm-test-secret-npm-test-secret-npm-test";
  ok =
    e2eOnly ||
    (step("typecheck", "npx", ["tsc", "--noEmit"]) &&
      step("lint", "npm", ["run", "--silent", "lint"]) &&
      step("unit + integration", "npx", ["vitest", "run"], {
        PCRM_TEST_PG_ADMIN_URL: server.adminUrl,
      }));
  if (ok) {
    const e2eUrl = server.adminUrl.replace(/\/[^/]*$/, "/pcrm_e2e");
    await recreateDatabase(server.adminUrl, "pcrm_e2e");
    await migrateDatabase(e2eUrl);
    await seedDemo(e2eUrl);
    const env = { DATABASE_URL: e2eUrl, E2E_DATABASE_URL: e2eUrl, AUTH_SECRET: authSecret };
    ok = step("build", "npx", ["next", "build"], env);
    // A port free now (3100 may be taken), chosen after the build so it is still free.
    const e2ePort = String(await freePort());
    ok &&= step("e2e", "npx", ["playwright", "test", ...playwrightArgs], {
      ...env,
      E2E_PORT: e2ePort,
    });
  }
} finally {
  await server.stop();
}
console.log(
  `\n${ok ? "✓ all green" : "✗ failed"} in ${((Date.now() - started) / 1000).toFixed(0)}s (${timings.join(", ")})`,
);
process.exit(ok ? 0 : 1);
