import os from "node:os";
import { parseArgs } from "node:util";
import postgres from "postgres";
import { DEMO_USERS } from "@/db/seed";
import { signIn, startBenchApp } from "./bench-app";
import { benchPlan } from "./bench-report";
import { appendScenarioRows } from "./load-report";
import { moveTarget } from "./load-moves";
import { runScenario, type Scenario, type ScenarioResult } from "./load-scenarios";
import { workerCount } from "./workers";

/**
 * `npm run load [-- --seconds=20 --only=<text> --build]`: the bench's dataset (100k
 * accounts, its own embedded PostgreSQL in .data/bench, or PCRM_BENCH_DATABASE_URL),
 * the production build on a free port with `npm start`'s workers, then one scenario
 * after another, each `seconds` long, with autocannon: clients that each send their
 * next request as soon as the previous answer arrived —
 *
 * - the ceiling: a page without a session or database (/api/health) and the lightest
 *   signed-in page (/settings/password), 50 clients;
 * - stage moves (the server action as the board posts it), 10 and 50 clients, each
 *   moving its own account stakeholders ⇄ evaluation;
 * - the dashboards (every view, last 90 and 365 days, as a director), 10 and 50 clients;
 * - the account list with a fuzzy search, 10 and 50 clients;
 * - the mix of users (the demo users in turn: home, list, search, board, dashboards), 50.
 *
 * Any answer but 200, a failed or timed-out request, a rendered error page or a move
 * that does not succeed is an error (the command then exits 1). The results (req/s,
 * p50/p95/p99, mean answer size, errors, load average) go to the load table of
 * docs/bench-results.md, beside the serial one.
 */
const { values: args } = parseArgs({
  options: {
    seconds: { type: "string", default: "20" },
    build: { type: "boolean", default: false },
    /** Only the scenarios whose name contains this text. */
    only: { type: "string" },
  },
});
const SECONDS = Number(args.seconds);
const log = (line: string) => console.log(`load: ${line}`);

const loadBefore = os.loadavg();
const app = await startBenchApp({ build: args.build, log });
const { url, base } = app;
try {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  const plan = await benchPlan(sql);
  const moves = await moveTarget(sql, 50);
  await sql.end();
  const director = await signIn(base, "director@pcrm.example");
  const users: string[] = [];
  for (const user of DEMO_USERS) users.push(await signIn(base, user.email));
  const dashboards = plan.pages
    .filter((p) => p.kind === "dashboard" && p.as === "director")
    .filter((p) => /default \(last 90 days\)|all accounts, last 365 days/.test(p.name))
    .map((p) => p.path);
  const search = `/accounts?q=${encodeURIComponent("华彩")}`;
  const scenarios: Scenario[] = [
    {
      name: "ceiling: /api/health (no session, no database)",
      connections: 50,
      pages: ["/api/health"],
    },
    {
      name: "ceiling: signed-in page /settings/password",
      connections: 50,
      pages: ["/settings/password"],
      cookie: director,
    },
    { name: "stage moves", connections: 10, moves, cookie: director },
    { name: "stage moves", connections: 50, moves, cookie: director },
    {
      name: "dashboards (every view, 90 and 365 days)",
      connections: 10,
      pages: dashboards,
      cookie: director,
    },
    {
      name: "dashboards (every view, 90 and 365 days)",
      connections: 50,
      pages: dashboards,
      cookie: director,
    },
    { name: "account list, fuzzy search", connections: 10, pages: [search], cookie: director },
    { name: "account list, fuzzy search", connections: 50, pages: [search], cookie: director },
    {
      name: "users: home, list, search, board, dashboards in turn",
      connections: 50,
      pages: ["/", "/accounts", search, "/pipeline", "/dashboards"],
      cookies: users,
    },
  ];
  const results: ScenarioResult[] = [];
  for (const scenario of scenarios.filter((s) => !args.only || s.name.includes(args.only))) {
    const result = await runScenario(base, scenario, SECONDS);
    log(JSON.stringify(result));
    results.push(result);
  }
  appendScenarioRows(results, {
    loadBefore,
    accounts: plan.dataset.accounts,
    workers: workerCount(process.env.PCRM_WORKERS),
  });
  if (results.some((r) => r.errors > 0)) process.exitCode = 1;
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await app.stop();
}
