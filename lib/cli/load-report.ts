import { existsSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import type { ScenarioResult } from "./load-scenarios";

const FILE = "docs/bench-results.md";
const HEADER = [
  "",
  "## Load scenarios (`npm run load`)",
  "",
  "Written by lib/cli/load.ts: for each scenario, that many clients for that many seconds (autocannon), each sending its next request as soon as the previous answer arrived; latency from sending a request to the end of its answer; errors = answers other than 200, failed or timed-out requests, error pages, moves that did not succeed. Targets (issue 18): stage moves ≥ 400/s at 50 clients with p95 ≤ 250 ms; every dashboard view ≥ 50/s at 50 clients with p95 ≤ 1 s; no errors. The machine's load average is part of every row: on a shared machine the numbers are indicative.",
  "",
  "| date (UTC) | scenario | clients × s | requests | req/s | p50 ms | p95 ms | p99 ms | mean answer | errors | workers | accounts | load avg before → after |",
  "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
];

const kb = (bytes: number) =>
  bytes >= 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${Math.round(bytes)} B`;

/** Adds one row per scenario to the load scenarios table (created after the file's end). */
export function appendScenarioRows(
  results: ScenarioResult[],
  meta: { loadBefore: number[]; accounts: number; workers: number },
) {
  const date = new Date().toISOString().slice(0, 16).replace("T", " ");
  const load = `${meta.loadBefore[0]!.toFixed(2)} → ${os.loadavg()[0]!.toFixed(2)}`;
  const rows = results.map(
    (r) =>
      `| ${date} | ${r.name} | ${r.connections} × ${r.seconds} | ${r.requests} | ${r.perSecond.toFixed(1)} | ${r.p50.toFixed(0)} | ${r.p95.toFixed(0)} | ${r.p99.toFixed(0)} | ${kb(r.bytes)} | ${r.errors} | ${meta.workers} | ${meta.accounts} | ${load} |`,
  );
  const lines = (existsSync(FILE) ? readFileSync(FILE, "utf8") : "").trimEnd().split("\n");
  let at = lines.indexOf(HEADER[5]!);
  if (at < 0) {
    lines.push(...HEADER);
    at = lines.length - 1;
  }
  while (lines[at + 1]?.startsWith("|")) at++;
  lines.splice(at + 1, 0, ...rows);
  writeFileSync(FILE, `${lines.join("\n")}\n`);
}
