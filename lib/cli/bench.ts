import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import os from "node:os";
import { parseArgs } from "node:util";
import postgres from "postgres";
import { signIn, startBenchApp } from "./bench-app";
import { benchExports } from "./bench-exports";
import { clientRoutes, FIRST_LOAD_LIMIT_KB, firstLoad, firstLoadLines } from "./bench-first-load";
import { benchImports } from "./bench-imports";
import { benchJobs } from "./bench-jobs-run";
import { benchLighthouse, lighthouseLines } from "./bench-lighthouse";
import { benchPlan, percentile, VIEWS, writeResults, type Row } from "./bench-report";
import { writeSection } from "./bench-sections";
import { benchAbc } from "./bench-value";

/**
 * `npm run bench [-- --runs=30 --build]`: the large dataset in
 * its own embedded PostgreSQL (.data/bench, database pcrm_bench), the production
 * build on a free port, then warm timings of every dashboard view, the account list
 * with a fuzzy search and the stage move, next to the bare SQL of each; then the
 * account export of every account as CSV and XLSX (`--only=export` for those alone),
 * then a 100k-row GBK import's upload, dry run, run and undo (`--only=import`;
 * `--skip-import` leaves it out), then the ABC recompute of every account as it stands
 * and with every class changing (`--only=abc`, lib/cli/bench-abc.ts); then the
 * first-load JavaScript of every main route (`--only=first-load`; a route over 180 KB
 * fails the bench) and Lighthouse performance scores of the dashboards, the account
 * list and the account page (`--only=lighthouse`, `--lighthouse-runs=3`), each written
 * to its own section of docs/bench-results.md.
 * Run it under the e2e lock when others build in the same checkout:
 * `flock /tmp/pcrm-e2e.lock npm run bench`.
 */
const { values: args } = parseArgs({
  options: {
    runs: { type: "string", default: "30" },
    build: { type: "boolean", default: false },
    /** Only items whose name contains this text (for quick re-runs; results file not written). */
    only: { type: "string" },
    /** Everything but the 100k-row import (several minutes on a loaded machine). */
    "skip-import": { type: "boolean", default: false },
    /** Lighthouse audits per route (the median is reported). */
    "lighthouse-runs": { type: "string", default: "3" },
  },
});
const RUNS = Math.max(30, Number(args.runs));
/** Untimed requests (and bare-SQL runs) before each item's timed ones. */
const WARMUP = 10;
/** Thrown to roll back the timed direct-SQL move. */
class Rollback extends Error {}
const log = (line: string) => console.log(`bench: ${line}`);

const loadBefore = os.loadavg();
const app = await startBenchApp({ build: args.build, log });
const { url, base, env } = app;
try {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  const plan = await benchPlan(sql);
  if (args.only) {
    plan.pages = plan.pages.filter((p) => p.name.includes(args.only!));
    plan.sql = plan.sql.filter((p) => p.name.includes(args.only!));
    plan.jobs = plan.jobs.filter((name) => name.includes(args.only!));
  }
  const cookies = {
    director: await signIn(base, "director@pcrm.example"),
    manager: await signIn(base, plan.managerEmail),
    owner: plan.busyOwnerEmail ? await signIn(base, plan.busyOwnerEmail) : "",
  };
  const client = await clientRoutes(sql);
  const rows: Row[] = [];
  for (const item of plan.pages) {
    const samples = await timeRequests(`${base}${item.path}`, cookies[item.as]);
    rows.push({ name: item.name, kind: item.kind, samples });
    log(
      `${item.name}: p50 ${percentile(samples, 50).toFixed(0)} ms, p95 ${percentile(samples, 95).toFixed(0)} ms`,
    );
  }
  if (!args.only) {
    // Bare side of the move: the action's statements as one direct transaction (rolled back).
    const move = await timeMoves(base, cookies.director, sql);
    rows.push({ name: "stage move (moveStageAction over HTTP)", kind: "move", ...move });
  }
  await sql.end();

  const bare = plan.sql.length > 0 ? bareSql(plan.sql, env) : new Map<string, number[]>();
  for (const row of rows) row.bare ??= bare.get(row.name);
  // SQL-only items (no page of their own), e.g. the forecast's uncached histogram read.
  for (const [name, samples] of bare) {
    if (!rows.some((r) => r.name === name))
      rows.push({ name, kind: "sql", samples: [], bare: samples });
  }
  if (!args.only || args.only.startsWith("export")) {
    rows.push(...(await benchExports({ base, cookie: cookies.director, env, log })));
  }
  rows.push(...benchJobs({ items: plan.jobs, env, log }));
  if ((!args.only && !args["skip-import"]) || args.only?.startsWith("import"))
    rows.push(...benchImports({ env, log }));
  if (!args.only || args.only.startsWith("abc")) rows.push(...benchAbc({ env, log }));
  writeResults(rows, { runs: RUNS, loadBefore, dataset: plan.dataset }, !args.only);
  if (!args.only || args.only === "first-load") {
    log("first-load JavaScript");
    const sizes = await firstLoad({ base, cookie: cookies.director, log, ...client });
    writeSection("first-load", "First-load JavaScript per route", firstLoadLines(sizes));
    const over = sizes.filter((s) => s.kb > FIRST_LOAD_LIMIT_KB);
    if (over.length > 0) {
      console.error(
        `bench: ${over.length} route(s) load more than ${FIRST_LOAD_LIMIT_KB} KB of JavaScript: ` +
          over.map((s) => `${s.route} ${s.kb.toFixed(1)} KB`).join(", "),
      );
      process.exitCode = 1;
    }
  }
  if (!args.only || args.only === "lighthouse") {
    const runs = Math.max(1, Number(args["lighthouse-runs"]));
    const before = os.loadavg();
    const routes = [
      ...VIEWS.map(([, path, name]) => ({ name: `dashboard: ${name}`, path })),
      { name: "account list", path: "/accounts" },
      { name: "account page", path: `/accounts/${client.accountId}` },
    ];
    const scores = await benchLighthouse({ base, cookie: cookies.director, routes, runs, log });
    const load = `${before.map((l) => l.toFixed(2)).join(" / ")} → ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" / ")}`;
    writeSection(
      "lighthouse",
      "Lighthouse performance (issue 18)",
      lighthouseLines(scores, runs, load),
    );
  }
} finally {
  await app.stop();
}

/** The bare SQL of each item, timed in a process of its own (lib/cli/bench-sql.ts). */
function bareSql(items: unknown[], env: NodeJS.ProcessEnv) {
  log("bare SQL");
  const child = spawnSync("npx", ["tsx", "--conditions=react-server", "lib/cli/bench-sql.ts"], {
    env: { ...env, PCRM_BENCH_PLAN: JSON.stringify(items), PCRM_BENCH_RUNS: String(RUNS) },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`bare SQL timing failed: ${child.stderr}`);
  const bare = new Map<string, number[]>();
  for (const line of child.stdout.split("\n").filter((l) => l.startsWith("{"))) {
    const { name, samples } = JSON.parse(line) as { name: string; samples: number[] };
    bare.set(name, samples);
  }
  return bare;
}

/**
 * Full requests, body read to the end (streamed sections included), after WARMUP
 * untimed ones: each page's code paths are compiled by V8 by then.
 */
async function timeRequests(url: string, cookie: string) {
  const samples: number[] = [];
  for (let i = 0; i < RUNS + WARMUP; i++) {
    const started = performance.now();
    const res = await fetch(url, { headers: { Cookie: cookie }, redirect: "manual" });
    const body = await res.text();
    if (res.status !== 200) throw new Error(`${url}: HTTP ${res.status}`);
    if (body.includes("__next_error__")) throw new Error(`${url}: rendered an error page`);
    if (i >= WARMUP) samples.push(performance.now() - started);
  }
  return samples;
}

/**
 * Moves an account stakeholders → evaluation and back, alternately, through the real
 * server action (POST with its action id). Also times the same statements as one
 * direct transaction, for the ratio.
 */
async function timeMoves(base: string, cookie: string, sql: postgres.Sql) {
  const manifest = JSON.parse(
    readFileSync(".next/server/server-reference-manifest.json", "utf8"),
  ) as { node: Record<string, { exportedName?: string; workers?: Record<string, unknown> }> };
  const [actionId, entry] =
    Object.entries(manifest.node).find(([, v]) => v.exportedName === "moveStageAction") ?? [];
  if (!actionId || !entry) throw new Error("moveStageAction is not in the build");
  const [account] = await sql<{ id: string }[]>`
    select a.id from accounts a join stakeholders s on s.account_id = a.id and s.decision_role = 'decision_maker'
    where a.stage = 'stakeholders' and a.owner_id is not null and a.archived_at is null order by a.code limit 1`;
  const workers = Object.keys(entry.workers ?? {});
  const worker = workers.find((w) => !w.includes("[")) ?? workers[0]!;
  const route = worker
    .replace(/^app/, "")
    .replace(/\/\([^)]*\)/g, "")
    .replace(/\/page$/, "")
    .replace(/\[[^\]]+\]/, account!.id);
  const move = async (from: string, to: string) => {
    const res = await fetch(`${base}${route}`, {
      method: "POST",
      headers: {
        Cookie: cookie,
        "Next-Action": actionId,
        "Content-Type": "text/plain;charset=UTF-8",
        Accept: "text/x-component",
      },
      body: JSON.stringify([
        { id: account!.id, from, to, reason: to === "stakeholders" ? "bench: rework" : "" },
      ]),
    });
    const text = await res.text();
    if (!text.includes('"ok":true'))
      throw new Error(`move ${from} → ${to} failed: ${text.slice(0, 300)}`);
  };
  const http: number[] = [];
  for (let i = 0; i < RUNS + 4; i++) {
    const [from, to] =
      i % 2 === 0 ? ["stakeholders", "evaluation"] : ["evaluation", "stakeholders"];
    const started = performance.now();
    await move(from, to);
    if (i >= 4) http.push(performance.now() - started);
  }
  const direct: number[] = [];
  for (let i = 0; i < RUNS + 4; i++) {
    const started = performance.now();
    await sql
      .begin(async (tx) => {
        const [a] = await tx`select * from accounts where id = ${account!.id} for update`;
        await tx`select user_id from account_team where account_id = ${account!.id}`;
        await tx`select side, decision_role, is_primary from stakeholders where account_id = ${account!.id}`;
        await tx`update stage_transitions set exited_at = now(), duration_days = extract(epoch from now() - at) / 86400
        where account_id = ${account!.id} and exited_at is null`;
        await tx`insert into stage_transitions (account_id, from_stage, to_stage, kind, note)
        values (${account!.id}, ${a!.stage}, ${a!.stage}, 'back', 'bench')`;
        await tx`update accounts set version = version + 1 where id = ${account!.id}`;
        await tx`insert into audit_log (actor_id, entity, entity_id, account_id, action)
        select id, 'account', ${account!.id}, ${account!.id}, 'bench' from users where email = 'director@pcrm.example'`;
        throw new Rollback();
      })
      .catch((e: unknown) => {
        if (!(e instanceof Rollback)) throw e;
      });
    if (i >= 4) direct.push(performance.now() - started);
  }
  return { samples: http, bare: direct };
}
