import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { freePort } from "@/db/testing/free-port";
import { waitFor } from "./bench-app";

/** Issue 18's target for the dashboards, the account list and the account page. */
export const LIGHTHOUSE_TARGET = 95;
const CHROMIUM = process.env.PCRM_CHROMIUM ?? "/usr/bin/chromium";

export type LighthouseScore = {
  route: string;
  /** Performance score 0–100 of each run. */
  scores: number[];
  /** Metrics of the median run, in ms (CLS unitless). */
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
};

/**
 * Lighthouse 12 performance audits (desktop preset: simulated fast network and no CPU
 * slow-down) of each route, signed in through a Cookie header, in Debian's Chromium
 * (headless, its own profile, a free debugging port). Each route is audited `runs`
 * times; the median score and that run's metrics are reported.
 */
export async function benchLighthouse(opts: {
  base: string;
  cookie: string;
  routes: { name: string; path: string }[];
  runs: number;
  log: (line: string) => void;
}): Promise<LighthouseScore[]> {
  const port = await freePort();
  const profile = mkdtempSync(path.join(os.tmpdir(), "pcrm-lighthouse-"));
  const chrome = spawn(
    CHROMIUM,
    [
      "--headless=new",
      `--remote-debugging-port=${port}`,
      `--user-data-dir=${profile}`,
      "--no-first-run",
      "--no-default-browser-check",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      ...(process.getuid?.() === 0 ? ["--no-sandbox"] : []),
      "about:blank",
    ],
    { stdio: "ignore" },
  );
  try {
    await waitFor(`http://127.0.0.1:${port}/json/version`);
    const results: LighthouseScore[] = [];
    for (const route of opts.routes) {
      const runs = [];
      for (let i = 0; i < opts.runs; i++) {
        const result = await lighthouse(
          `${opts.base}${route.path}`,
          {
            port,
            output: "json",
            logLevel: "error",
            onlyCategories: ["performance"],
            extraHeaders: { Cookie: opts.cookie },
          },
          desktopConfig,
        );
        const lhr = result?.lhr;
        if (!lhr) throw new Error(`${route.path}: lighthouse gave no result`);
        if (lhr.runtimeError) throw new Error(`${route.path}: ${lhr.runtimeError.message}`);
        const metric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
        runs.push({
          score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
          fcp: metric("first-contentful-paint"),
          lcp: metric("largest-contentful-paint"),
          tbt: metric("total-blocking-time"),
          cls: metric("cumulative-layout-shift"),
        });
      }
      const sorted = [...runs].sort((a, b) => a.score - b.score);
      const median = sorted[Math.floor((sorted.length - 1) / 2)]!;
      const score = {
        route: route.name,
        scores: runs.map((r) => r.score),
        fcp: median.fcp,
        lcp: median.lcp,
        tbt: median.tbt,
        cls: median.cls,
      };
      results.push(score);
      opts.log(
        `lighthouse ${route.name}: ${score.scores.join(", ")} (LCP ${ms(score.lcp)}, TBT ${ms(score.tbt)}, CLS ${score.cls.toFixed(3)})`,
      );
    }
    return results;
  } finally {
    if (chrome.exitCode === null && chrome.signalCode === null) {
      const exited = new Promise((r) => chrome.once("exit", r));
      chrome.kill("SIGTERM");
      await exited;
    }
    rmSync(profile, { recursive: true, force: true });
  }
}

const ms = (v: number) => `${Math.round(v)} ms`;

/** The results section's lines: one table row per route. */
export function lighthouseLines(results: LighthouseScore[], runs: number, load: string) {
  const median = (s: number[]) => [...s].sort((a, b) => a - b)[Math.floor((s.length - 1) / 2)]!;
  return [
    `Lighthouse 12.2.3, performance only, desktop preset (simulated throttling), Debian Chromium headless, signed in as a director, against the production build (\`lib/cli/bench-lighthouse.ts\`). ${runs} run(s) per route; the median score and that run's metrics. Load average before / after: ${load}. Target ≥ ${LIGHTHOUSE_TARGET}.`,
    "",
    "| route | score (median) | runs | FCP ms | LCP ms | TBT ms | CLS | target |",
    "|---|---:|---|---:|---:|---:|---:|---|",
    ...results.map((r) => {
      const m = median(r.scores);
      return `| ${r.route} | ${m} | ${r.scores.join(", ")} | ${Math.round(r.fcp)} | ${Math.round(r.lcp)} | ${Math.round(r.tbt)} | ${r.cls.toFixed(3)} | ${m >= LIGHTHOUSE_TARGET ? "✓" : "✗"} |`;
    }),
  ];
}
