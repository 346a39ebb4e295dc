import { existsSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import type postgres from "postgres";
import { dashboardSearch, parseDashboardQuery } from "@/lib/dashboards/filters";
import { todayIn } from "@/lib/dates";
import type { DashboardFilters } from "@/db/queries/dashboards-types";

export type Row = { name: string; kind: string; samples: number[]; bare?: number[] };
type SqlPlan = {
  name: string;
  actorEmail: string;
  view?: string;
  filters?: DashboardFilters;
  q?: string;
  accountId?: string;
  after?: { v: string; id: string };
};

export const VIEWS = [
  ["time", "/dashboards", "time in stage"],
  ["funnel", "/dashboards/funnel", "funnel"],
  ["cycle", "/dashboards/cycle", "cycle time & throughput"],
  ["aging", "/dashboards/aging", "aging"],
  ["owners", "/dashboards/owners", "by owner"],
  ["delivery", "/dashboards/delivery", "schedule & cost"],
  ["activities", "/dashboards/activities", "activities & filing delay"],
  ["coverage", "/dashboards/coverage", "return-visit coverage"],
  ["forecast", "/dashboards/forecast", "execution forecast"],
  ["service", "/dashboards/service", "service SLA"],
  ["contribution", "/dashboards/contribution", "contribution (revenue & Pareto)"],
] as const;
const SEARCHES = ["华彩", "杭州华彩涂料"];
const SERVICE_SEARCHES = ["起泡"];
/** Jobs timed whole at full size (lib/cli/bench-jobs.ts): their writes are taken back after each run. */
const JOBS = [
  "escalation sweep",
  "survey campaign",
  "task reminders",
  "task overdue",
  "account forecasts",
] as const;

type Dataset = {
  accounts: number;
  transitions: number;
  activities: number;
  tasks: number;
  newest: Date;
};

/** Nearest-rank percentile. */
export function percentile(samples: number[], p: number) {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/**
 * What to request and time: every view under four filter sets, a manager's view, the
 * home page of both, two searches.
 */
export async function benchPlan(sql: postgres.Sql) {
  const [owner] = await sql<{ id: string; email: string }[]>`
    select u.id, u.email from users u join accounts a on a.owner_id = u.id
    where u.email like 'mgr__@pcrm.example' group by u.id order by count(*) desc, u.email limit 1`;
  const [industry] = await sql<{ id: number }[]>`
    select id from reference_items where kind = 'industry' and code = 'machinery'`;
  const [dataset] = await sql<Dataset[]>`
    select (select count(*)::int from accounts) as accounts,
      (select count(*)::int from activities) as activities,
      (select count(*)::int from tasks) as tasks,
      (select count(*)::int from stage_transitions) as transitions,
      (select max(at) from stage_transitions) as newest`;
  const today = todayIn(process.env.PCRM_TIME_ZONE ?? "Asia/Shanghai", new Date());
  const variants = [
    ["default (last 90 days)", {}, "director"],
    ["one owner, last 90 days", { owner: owner!.id }, "director"],
    [
      "industry + grade, last 365 days",
      { range: "last365", industry: String(industry!.id), grade: "important" },
      "director",
    ],
    ["all accounts, last 365 days", { range: "last365" }, "director"],
    ["manager's own accounts (last 90 days)", {}, "manager"],
  ] as const;
  const pages: {
    name: string;
    kind: string;
    path: string;
    as: "director" | "manager" | "owner";
  }[] = [];
  const plans: SqlPlan[] = [];
  for (const [view, route, label] of VIEWS) {
    for (const [variant, params, as] of variants) {
      const query = parseDashboardQuery(params, today);
      const search = dashboardSearch(query).toString();
      const name = `dashboard ${label}: ${variant}`;
      pages.push({ name, kind: "dashboard", path: search ? `${route}?${search}` : route, as });
      const actorEmail = as === "director" ? "director@pcrm.example" : owner!.email;
      plans.push({ name, actorEmail, view, filters: query });
    }
  }
  // The contribution view filtered by value class (its own filter, `?class=`).
  {
    const query = parseDashboardQuery({ class: "A" }, today);
    const name = "dashboard contribution (revenue & Pareto): class A";
    const path = `/dashboards/contribution?${dashboardSearch(query).toString()}`;
    pages.push({ name, kind: "dashboard", path, as: "director" });
    plans.push({ name, actorEmail: "director@pcrm.example", view: "contribution", filters: query });
  }
  // The landing page: counts per stage, what waits for a decision, the longest overdue.
  for (const as of ["director", "manager"] as const) {
    const name = `home page (${as})`;
    pages.push({ name, kind: "page", path: "/", as });
    plans.push({
      name,
      actorEmail: as === "director" ? "director@pcrm.example" : owner!.email,
      view: "home",
    });
  }
  // The activities tab of the account with the most activities, as a director and as its owner.
  const [busy] = await sql<{ id: string; owner: string | null; n: number }[]>`
    select v.account_id as id, u.email as owner, count(*)::int as n from activities v
    join accounts a on a.id = v.account_id left join users u on u.id = a.owner_id
    group by 1, 2 order by 3 desc, 1 limit 1`;
  if (busy) {
    for (const as of ["director", "owner"] as const) {
      const actorEmail = as === "director" ? "director@pcrm.example" : busy.owner;
      if (!actorEmail) continue;
      const name = `account activities tab, ${busy.n} activities (${as === "director" ? "director" : "its owner"})`;
      pages.push({ name, kind: "page", path: `/accounts/${busy.id}?tab=activities`, as });
      plans.push({ name, actorEmail, view: "activitiesTab", accountId: busy.id });
    }
  }
  // The orders tab of the account with the most orders, as a director and as its owner.
  const [buyer] = await sql<{ id: string; owner: string | null; n: number }[]>`
    select o.account_id as id, u.email as owner, count(*)::int as n from orders o
    join accounts a on a.id = o.account_id left join users u on u.id = a.owner_id
    group by 1, 2 order by 3 desc, 1 limit 1`;
  if (buyer) {
    for (const as of ["director", "owner"] as const) {
      const actorEmail = as === "director" ? "director@pcrm.example" : buyer.owner;
      if (!actorEmail) continue;
      const name = `account orders tab, ${buyer.n} orders (${as === "director" ? "director" : "its owner"})`;
      // Pages sign in as one owner (the activities tab's); the owner's item is SQL only.
      if (as === "director") {
        pages.push({ name, kind: "page", path: `/accounts/${buyer.id}?tab=orders`, as });
      }
      plans.push({ name, actorEmail, view: "ordersTab", accountId: buyer.id });
    }
  }
  // The forecast's inputs read uncached (once a minute per process on the page), and one
  // open account's own forecast as the account page computes it (SQL: the account read).
  plans.push({
    name: "forecast histograms read (uncached)",
    actorEmail: "director@pcrm.example",
    view: "histograms",
  });
  const [open] = await sql<{ id: string }[]>`
    select id from accounts where stage = 'requirements' and archived_at is null
    order by stage_entered_at, id limit 1`;
  if (open) {
    const name = "account page execution forecast (open account, director)";
    pages.push({ name, kind: "page", path: `/accounts/${open.id}`, as: "director" });
    plans.push({
      name,
      actorEmail: "director@pcrm.example",
      view: "accountForecast",
      accountId: open.id,
    });
  }
  // The board (its cards carry the stored P50), and the account list sorted by P50: the
  // first page as a director and a manager, and a director's page deep in the dated part.
  for (const as of ["director", "manager"] as const) {
    const actorEmail = as === "director" ? "director@pcrm.example" : owner!.email;
    pages.push({ name: `pipeline board (${as})`, kind: "page", path: "/pipeline", as });
    plans.push({ name: `pipeline board (${as})`, actorEmail, view: "board" });
    const name = `account list sorted by P50 (${as})`;
    pages.push({ name, kind: "page", path: "/accounts?sort=p50", as });
    plans.push({ name, actorEmail, view: "listP50" });
  }
  const [deep] = await sql<{ v: string; id: string; n: number }[]>`
    select f.p50::text || ':' || a.name as v, a.id::text as id, count(*) over ()::int as n
    from account_forecasts f join accounts a on a.id = f.account_id
      and a.stage_entered_at = f.stage_entered_at
    order by f.p50, a.name, a.id offset 4000 limit 1`;
  if (deep) {
    const name = `account list sorted by P50, page after row 4,000 of ${deep.n} dated (director)`;
    const after = { v: deep.v, id: deep.id };
    const cursor = Buffer.from(JSON.stringify(after)).toString("base64url");
    pages.push({ name, kind: "page", path: `/accounts?sort=p50&after=${cursor}`, as: "director" });
    plans.push({ name, actorEmail: "director@pcrm.example", view: "listP50", after });
  }
  // The service list searched by subject, and the request with the most escalations.
  for (const q of SERVICE_SEARCHES) {
    const name = `service list, search "${q}"`;
    pages.push({ name, kind: "page", path: `/service?q=${encodeURIComponent(q)}`, as: "director" });
    plans.push({ name, actorEmail: "director@pcrm.example", view: "serviceList", q });
  }
  const [request] = await sql<{ id: string; n: number }[]>`
    select request_id as id, count(*)::int as n from escalation_log
    group by 1 order by 2 desc, 1 limit 1`;
  if (request) {
    const name = `service request page, ${request.n} escalations (director)`;
    pages.push({ name, kind: "page", path: `/service/${request.id}`, as: "director" });
    plans.push({
      name,
      actorEmail: "director@pcrm.example",
      view: "serviceRequest",
      accountId: request.id,
    });
  }
  for (const q of SEARCHES) {
    const name = `account list, fuzzy search "${q}"`;
    pages.push({
      name,
      kind: "search",
      path: `/accounts?q=${encodeURIComponent(q)}`,
      as: "director",
    });
    plans.push({ name, actorEmail: "director@pcrm.example", q });
  }
  return {
    pages,
    sql: plans,
    jobs: [...JOBS] as string[],
    managerEmail: owner!.email,
    busyOwnerEmail: busy?.owner ?? null,
    dataset: dataset!,
  };
}

const load = (l: number[]) => l.map((v) => v.toFixed(2)).join(" / ");
const ms = (v: number | undefined) => (v === undefined || Number.isNaN(v) ? "–" : v.toFixed(0));
const TARGET: Record<string, number> = {
  dashboard: 200,
  page: 200,
  search: 50,
  export: 5000,
  "import-check": 20_000,
  "import-run": 60_000,
  job: 5000,
  "task-job": 10_000,
  abc: 60_000,
};

/** Prints the table and writes docs/bench-results.md, keeping its hand-written notes. */
export function writeResults(
  rows: Row[],
  meta: {
    runs: number;
    loadBefore: number[];
    dataset: Dataset;
  },
  save = true,
) {
  const file = "docs/bench-results.md";
  const marker = "<!-- notes: kept across bench runs -->";
  const previous = existsSync(file) ? readFileSync(file, "utf8") : "";
  const notes = previous.includes(marker)
    ? previous.slice(previous.indexOf(marker))
    : `${marker}\n`;
  const lines = rows.map((r) => {
    const p50 = percentile(r.samples, 50);
    const p95 = percentile(r.samples, 95);
    const b50 = r.bare ? percentile(r.bare, 50) : undefined;
    const target = TARGET[r.kind];
    const verdict =
      target === undefined ? "" : p95 <= target ? "✓" : `✗ +${(p95 - target).toFixed(0)} ms`;
    const ratio = b50 ? (p50 / b50).toFixed(2) : "–";
    return `| ${r.name} | ${ms(p50)} | ${ms(p95)} | ${verdict} | ${ms(b50)} | ${ms(r.bare && percentile(r.bare, 95))} | ${ratio} |`;
  });
  const cpu = os.cpus();
  const text = [
    "# Benchmark results",
    "",
    "Written by `npm run bench` (lib/cli/bench.ts). Warm timings, " +
      `${meta.runs} runs per item after 10 warm-up runs, requests one at a time.`,
    "",
    `- Date: ${new Date().toISOString()}`,
    `- Machine: ${cpu.length} × ${cpu[0]?.model ?? "cpu"}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ` +
      `${os.type()} ${os.release()}, Node ${process.version}; load average (1 / 5 / 15 min) before ${load(meta.loadBefore)}, ` +
      `after ${load(os.loadavg())}`,
    `- Dataset: ${meta.dataset.accounts} accounts, ${meta.dataset.transitions} stage transitions, ` +
      `${meta.dataset.activities} activities, ${meta.dataset.tasks} return visits and follow-ups ` +
      `(newest ${new Date(meta.dataset.newest).toISOString().slice(0, 10)}), embedded PostgreSQL ` +
      "(shared_buffers 512MB; dashboards read through a read-only pool with work_mem 64MB and jit off)",
    "",
    "Page = full HTTP request to `next start` with a signed-in session, body read to the end. " +
      "Bare SQL = the same query functions the page awaits, started together as the page starts them, " +
      "plus the session's user lookup. Ratio = page p50 / bare-SQL p50. Targets: dashboard p95 ≤ 200 ms, " +
      "account search p95 ≤ 50 ms, ratio ≤ 1.5, a 100k-row CSV export ≤ 5 s (exports: 5 runs after 1 warm-up; " +
      "bare = the route's stream read in a process of its own, whose resident memory before → peak is in the name), " +
      "a 100k-row import's dry run ≤ 20 s and run ≤ 60 s (one run each, in a process of its own, bare = the same time), " +
      "the ABC recompute of every account ≤ 60 s (one run per case, rolled back, in a process of its own).",
    "",
    "| item | page p50 ms | page p95 ms | target | bare SQL p50 ms | bare SQL p95 ms | ratio |",
    "|---|---:|---:|---|---:|---:|---:|",
    ...lines,
    "",
    notes,
  ].join("\n");
  if (save) writeFileSync(file, text);
  console.log(["", ...lines].join("\n"));
}
