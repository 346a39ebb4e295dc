import { existsSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import postgres from "postgres";
import { signIn, startBenchApp } from "./bench-app";

/**
 * `npx tsx lib/cli/first-load.ts [--build]`: the JavaScript each main route loads
 * before it is interactive, gzipped, as a director on the bench's dataset (or
 * PCRM_BENCH_DATABASE_URL): every chunk the route's HTML names — its scripts and the
 * client components its RSC payload lists — read from `.next/static` and gzipped
 * (level 6). Legacy polyfills (`noModule`) are left out, as the browsers that run the
 * app never load them; chunks loaded later (`next/dynamic`) are not named, so not
 * counted. Prints one line per route (target: ≤ 180 KB).
 */
const log = (line: string) => console.log(`first-load: ${line}`);
const app = await startBenchApp({ build: process.argv.includes("--build"), log });
try {
  const sql = postgres(app.url, { max: 1, onnotice: () => {} });
  const [account] = await sql<{ id: string }[]>`
    select id from accounts where stage = 'execution' order by code limit 1`;
  await sql.end();
  const cookie = await signIn(app.base, "director@pcrm.example");
  const id = account!.id;
  const routes = [
    "/",
    "/accounts",
    "/accounts/new",
    `/accounts/${id}`,
    `/accounts/${id}/edit`,
    `/accounts/${id}/evaluation`,
    `/accounts/${id}/requirements`,
    `/accounts/${id}/schedule`,
    `/accounts/${id}/cost`,
    "/pipeline",
    "/dashboards",
    "/dashboards/funnel",
    "/dashboards/cycle",
    "/dashboards/aging",
    "/dashboards/owners",
    "/dashboards/delivery",
    "/dashboards/activities",
    "/dashboards/coverage",
    "/service",
    "/settings/password",
  ];
  const gzipped = new Map<string, number>();
  for (const route of routes) {
    const res = await fetch(`${app.base}${route}`, { headers: { Cookie: cookie } });
    const html = await res.text();
    const legacy = new Set(
      [...html.matchAll(/<script[^>]*src="\/_next\/([^"]+)"[^>]*noModule/g)].map((m) => m[1]),
    );
    const chunks = new Set(
      [...html.matchAll(/\/_next\/(static\/chunks\/[\w\-./~]+?\.js)/g)]
        .map((m) => m[1]!)
        .filter((c) => !legacy.has(c)),
    );
    let total = 0;
    for (const chunk of chunks) {
      const file = `.next/${chunk}`;
      if (!existsSync(file)) continue;
      if (!gzipped.has(chunk)) gzipped.set(chunk, gzipSync(readFileSync(file)).length);
      total += gzipped.get(chunk)!;
    }
    log(
      `${route.replace(id, "[id]")}: ${(total / 1024).toFixed(1)} KB (${chunks.size} chunks, HTTP ${res.status})`,
    );
  }
} finally {
  await app.stop();
}
