import postgres from "postgres";
import { signIn, startBenchApp } from "./bench-app";
import { clientRoutes, firstLoad } from "./bench-first-load";

/**
 * `npx tsx lib/cli/first-load.ts [--build]`: the first-load JavaScript of each main
 * route (lib/cli/bench-first-load.ts) printed, nothing written; `npm run bench --
 * --only=first-load` records it.
 */
const log = (line: string) => console.log(`first-load: ${line}`);
const app = await startBenchApp({ build: process.argv.includes("--build"), log });
try {
  const sql = postgres(app.url, { max: 1, onnotice: () => {} });
  const { accountId, routes } = await clientRoutes(sql);
  await sql.end();
  const cookie = await signIn(app.base, "director@pcrm.example");
  await firstLoad({ base: app.base, cookie, routes, accountId, log });
} finally {
  await app.stop();
}
