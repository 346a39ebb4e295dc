import { spawnSync } from "node:child_process";
import type { Row } from "./bench-report";

/**
 * The ABC recompute in `npm run bench` (`--only=abc`): lib/cli/bench-abc.ts in a
 * process of its own, one sample per case (a first run takes most of a minute), each
 * rolled back; the 1-minute load average at the case's start is in the name.
 */
export function benchAbc({
  env,
  log,
}: {
  env: NodeJS.ProcessEnv;
  log: (line: string) => void;
}): Row[] {
  log("ABC recompute (in-process)");
  const child = spawnSync("npx", ["tsx", "--conditions=react-server", "lib/cli/bench-abc.ts"], {
    env: { ...env, PCRM_JOBS: "0" },
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`ABC recompute bench failed: ${child.stderr}`);
  return child.stdout
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .map((l) => {
      const c = JSON.parse(l) as { name: string; ms: number; changed: number; load: number };
      const name = `ABC recompute, ${c.name}: ${c.changed} classes changed, load ${c.load.toFixed(1)}`;
      log(`${name}: ${c.ms} ms`);
      return { name, kind: "abc", samples: [c.ms], bare: [c.ms] };
    });
}
