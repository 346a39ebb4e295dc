import { existsSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import postgres from "postgres";
import { DEMO_USERS } from "@/db/seed";
import { signIn, startBenchApp } from "./bench-app";

/**
 * `npm run load [-- --users=50 --seconds=60 --build]`: the bench's dataset (100k
 * accounts, its own embedded PostgreSQL in .data/bench), the production build on a
 * free port, then `users` signed-in sessions (the demo users, in turn) each on its own
 * connection, requesting the home page, the account list, a fuzzy search, the board
 * and the dashboards in turn as fast as answers come, for `seconds` (autocannon).
 * Any answer but 200, a failed or timed-out request or a rendered error page counts
 * as an error. A row is added to the load table in docs/bench-results.md.
 */
const { values: args } = parseArgs({
  options: {
    users: { type: "string", default: "50" },
    seconds: { type: "string", default: "60" },
    build: { type: "boolean", default: false },
  },
});
const USERS = Number(args.users);
const SECONDS = Number(args.seconds);
const PAGES = [
  "/",
  "/accounts",
  `/accounts?q=${encodeURIComponent("华彩")}`,
  "/pipeline",
  "/dashboards",
];
const log = (line: string) => console.log(`load: ${line}`);

const loadBefore = os.loadavg();
const app = await startBenchApp({ build: args.build, log });
const { url, base } = app;
try {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  const [dataset] = await sql<
    { accounts: number }[]
  >`select count(*)::int as accounts from accounts`;
  await sql.end();
  const cookies: string[] = [];
  for (let i = 0; i < USERS; i++) {
    cookies.push(await signIn(base, DEMO_USERS[i % DEMO_USERS.length]!.email));
  }
  log(`${USERS} users signed in; ${SECONDS} s of ${PAGES.join(", ")}`);
  let errorPages = 0;
  let nextUser = 0;
  const result = await autocannon({
    url: base,
    connections: USERS,
    duration: SECONDS,
    timeout: 30,
    initialContext: {},
    requests: [
      {
        setupRequest: (request, context: { cookie?: string; page?: number }) => {
          context.cookie ??= cookies[nextUser++ % cookies.length];
          context.page = ((context.page ?? nextUser) + 1) % PAGES.length;
          return {
            ...request,
            method: "GET",
            path: PAGES[context.page]!,
            headers: { ...request.headers, cookie: context.cookie! },
          };
        },
        onResponse: (status, body) => {
          if (status === 200 && body.includes("__next_error__")) errorPages++;
        },
      },
    ],
  });
  const errors = {
    non200: result.non2xx + result["1xx"] + result["3xx"],
    failed: result.errors,
    timeouts: result.timeouts,
    errorPages,
  };
  const row = {
    date: new Date().toISOString().slice(0, 16).replace("T", " "),
    accounts: dataset!.accounts,
    requests: result.requests.total,
    perSecond: result.requests.average,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    max: result.latency.max,
    errors,
  };
  log(JSON.stringify(row));
  appendRow(row, loadBefore);
  const total = Object.values(errors).reduce((a, b) => a + b, 0);
  if (total > 0) process.exitCode = 1;
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await app.stop();
}

function appendRow(
  r: {
    date: string;
    accounts: number;
    requests: number;
    perSecond: number;
    p50: number;
    p90: number;
    p99: number;
    max: number;
    errors: Record<string, number>;
  },
  before: number[],
) {
  const file = "docs/bench-results.md";
  const header = [
    "",
    "## Load: signed-in users at once (`npm run load`)",
    "",
    "Written by lib/cli/load.ts: each user a signed-in session on its own connection, asking for the home page, the account list, a fuzzy search, the board and the dashboards in turn, each as soon as the previous answer arrived; errors = answers other than 200 / failed or timed-out requests / error pages. Latency of full responses.",
    "",
    "| date (UTC) | users × s | accounts | requests | req/s | p50 ms | p90 ms | p99 ms | max ms | errors | load avg before → after |",
    "|---|---|---:|---:|---:|---:|---:|---:|---:|---|---|",
  ];
  const e = r.errors;
  const line = `| ${r.date} | ${USERS} × ${SECONDS} | ${r.accounts} | ${r.requests} | ${r.perSecond.toFixed(1)} | ${r.p50} | ${r.p90} | ${r.p99} | ${r.max} | ${e.non200} / ${e.failed} / ${e.timeouts} / ${e.errorPages} | ${before[0]!.toFixed(2)} → ${os.loadavg()[0]!.toFixed(2)} |`;
  const lines = (existsSync(file) ? readFileSync(file, "utf8") : "").trimEnd().split("\n");
  let at = lines.indexOf(header[5]!);
  if (at < 0) {
    lines.push(...header);
    at = lines.length - 1;
  }
  while (lines[at + 1]?.startsWith("|")) at++;
  lines.splice(at + 1, 0, line);
  writeFileSync(file, `${lines.join("\n")}\n`);
}
