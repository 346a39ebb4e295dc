import { existsSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import type postgres from "postgres";

/** Issue 18's budget: JavaScript a route loads before it is interactive, gzipped. */
export const FIRST_LOAD_LIMIT_KB = 180;

export type FirstLoad = { route: string; kb: number; chunks: number; status: number };

/** The main routes, with an account in execution for the account pages. */
export async function clientRoutes(sql: postgres.Sql) {
  const [account] = await sql<{ id: string }[]>`
    select id from accounts where stage = 'execution' order by code limit 1`;
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
    "/dashboards/forecast",
    "/dashboards/service",
    "/service",
    "/settings/password",
  ];
  return { accountId: id, routes };
}

/**
 * The JavaScript each route loads before it is interactive, gzipped (level 6): every
 * chunk the route's HTML names — its scripts and the client components its RSC payload
 * lists — read from `.next/static`. Legacy polyfills (`noModule`) are left out, as the
 * browsers that run the app never load them; chunks loaded later (`next/dynamic`) are
 * not named, so not counted.
 */
export async function firstLoad(opts: {
  base: string;
  cookie: string;
  routes: string[];
  /** Shown instead of the account id in route names. */
  accountId: string;
  log: (line: string) => void;
}): Promise<FirstLoad[]> {
  const gzipped = new Map<string, number>();
  const results: FirstLoad[] = [];
  for (const route of opts.routes) {
    const res = await fetch(`${opts.base}${route}`, { headers: { Cookie: opts.cookie } });
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
    const result = {
      route: route.replace(opts.accountId, "[id]"),
      kb: total / 1024,
      chunks: chunks.size,
      status: res.status,
    };
    results.push(result);
    opts.log(
      `${result.route}: ${result.kb.toFixed(1)} KB (${result.chunks} chunks, HTTP ${result.status})` +
        (result.kb > FIRST_LOAD_LIMIT_KB ? ` ✗ over ${FIRST_LOAD_LIMIT_KB} KB` : ""),
    );
  }
  return results;
}

/** The results section's lines: one table row per route, with its verdict. */
export function firstLoadLines(results: FirstLoad[]) {
  return [
    `What each route loads before it is interactive, gzipped (level 6): every chunk its HTML names (scripts and the client components in its RSC payload), legacy \`noModule\` polyfills left out (\`lib/cli/bench-first-load.ts\`), signed in as a director. Target ≤ ${FIRST_LOAD_LIMIT_KB} KB; a route over it fails the bench.`,
    "",
    "| route | KB gzip | chunks | target |",
    "|---|---:|---:|---|",
    ...results.map(
      (r) =>
        `| \`${r.route}\` | ${r.kb.toFixed(1)} | ${r.chunks} | ${r.kb <= FIRST_LOAD_LIMIT_KB ? "✓" : `✗ +${(r.kb - FIRST_LOAD_LIMIT_KB).toFixed(1)} KB`} |`,
    ),
  ];
}
