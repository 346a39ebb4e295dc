/**
 * Buffers and execution time of every dashboard view's aggregates, per bench item:
 * each query the analytics pool runs is also run under EXPLAIN (ANALYZE, BUFFERS),
 * and the shared buffers it touched (hit + read) and its execution time are summed
 * per view. Buffers do not depend on the machine's load, so before/after
 * comparisons hold on a busy machine. Run against a database of your own:
 *   DATABASE_URL=… npx tsx --conditions=react-server lib/cli/bench-buffers.ts [view…]
 */
import postgres from "postgres";
import { analyticsClient, client } from "@/db";
import { churn, drops, funnel, timeInStage } from "@/db/queries/dashboards";
import { aging, ownerTiming } from "@/db/queries/dashboards-aging";
import { cycleCohorts, throughput } from "@/db/queries/dashboards-cycle";
import { activitiesPerWeek, filingDelays } from "@/db/queries/dashboards-activities";
import { returnVisitCoverage } from "@/db/queries/dashboards-coverage";
import type { DashboardFilters } from "@/db/queries/dashboards-types";
import { todayIn } from "@/lib/dates";
import { env } from "@/lib/env";
import type { Actor } from "@/lib/policy";
import { benchPlan } from "./bench-report";

type Args = { actor: Actor; filters: DashboardFilters };
const today = todayIn(env.PCRM_TIME_ZONE, new Date());
const VIEWS: Record<string, (a: Args) => Promise<unknown>[]> = {
  time: (a) => [timeInStage(a)],
  funnel: (a) => [funnel(a), drops(a), churn(a)],
  cycle: (a) => [cycleCohorts(a), throughput(a)],
  aging: (a) => [aging(a)],
  owners: (a) => [ownerTiming(a)],
  activities: (a) => [activitiesPerWeek(a), filingDelays(a)],
  coverage: (a) => [returnVisitCoverage({ ...a, today })],
};
const only = process.argv.slice(2);

type Plan = { "Shared Hit Blocks": number; "Shared Read Blocks": number };
let explained: Promise<void>[] = [];
let buffers = 0;
let execMs = 0;
let queries = 0;
const unsafe = analyticsClient.unsafe.bind(analyticsClient);
analyticsClient.unsafe = ((query: string, params?: unknown[], options?: unknown) => {
  explained.push(
    (async () => {
      const [row] = await unsafe(`explain (analyze, buffers, format json) ${query}`, params as []);
      const [plan] = (
        row as unknown as { "QUERY PLAN": { Plan: Plan; "Execution Time": number }[] }
      )["QUERY PLAN"];
      buffers += plan!.Plan["Shared Hit Blocks"] + plan!.Plan["Shared Read Blocks"];
      execMs += plan!["Execution Time"];
      queries++;
    })(),
  );
  return unsafe(query, params as [], options as never);
}) as typeof analyticsClient.unsafe;

const sql = postgres(env.DATABASE_URL, { max: 1, onnotice: () => {} });
try {
  const { sql: plans } = await benchPlan(sql);
  console.log("| item | queries | shared buffers | execution ms |\n|---|---:|---:|---:|");
  for (const plan of plans) {
    if (!plan.view || !VIEWS[plan.view] || (only.length && !only.includes(plan.view))) continue;
    const [actor] = await sql<Actor[]>`select id, role from users where email = ${plan.actorEmail}`;
    await Promise.all(VIEWS[plan.view]!({ actor: actor!, filters: plan.filters! })); // warm
    await Promise.all(explained);
    explained = [];
    buffers = execMs = queries = 0;
    await Promise.all(VIEWS[plan.view]!({ actor: actor!, filters: plan.filters! }));
    await Promise.all(explained);
    explained = [];
    console.log(`| ${plan.name} | ${queries} | ${buffers} | ${execMs.toFixed(1)} |`);
  }
} finally {
  await Promise.all([sql.end(), client.end(), analyticsClient.end()]);
}
