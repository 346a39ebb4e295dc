import { spawnSync } from "node:child_process";
import os from "node:os";
import type { Row } from "./bench-report";

/**
 * The service jobs in `npm run bench` (`--only=sweep`, `--only=campaign`): each timed
 * whole, three runs, in a process of its own (lib/cli/bench-jobs.ts, which takes back
 * each run's writes). The sweep's target is 5 s (issue 17), the task reminder and overdue
 * sweeps' 10 s (issue 15); the campaign has none.
 */
export function benchJobs({
  items,
  env,
  log,
}: {
  items: string[];
  env: NodeJS.ProcessEnv;
  log: (line: string) => void;
}): Row[] {
  if (items.length === 0) return [];
  log(`jobs: ${items.join(", ")} (load ${os.loadavg()[0]!.toFixed(1)})`);
  const child = spawnSync("npx", ["tsx", "--conditions=react-server", "lib/cli/bench-jobs.ts"], {
    env: {
      ...env,
      PCRM_JOBS: "0",
      PCRM_BENCH_JOBS: JSON.stringify(items),
      // Campaign mails go to the outbox (no SMTP in the bench), with links on this origin.
      PCRM_PUBLIC_URL: env.PCRM_PUBLIC_URL ?? "http://bench.invalid",
    },
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`jobs bench failed: ${child.stderr}`);
  return child.stdout
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .map((l) => {
      const { item, detail, samples } = JSON.parse(l) as {
        item: string;
        detail: string;
        samples: number[];
      };
      log(`${item} (${detail}): ${samples.map((s) => s.toFixed(0)).join(", ")} ms`);
      return {
        name: `${item} (${detail})`,
        kind:
          item === "escalation sweep" ? "job" : item.startsWith("task ") ? "task-job" : "campaign",
        samples,
      };
    });
}
