import { spawnSync } from "node:child_process";
import type { Row } from "./bench-report";

type Step = {
  step: "upload" | "dry run" | "run" | "undo";
  rows: number;
  ms: number;
  rssBeforeMb: number;
  rssPeakMb: number;
  load: number;
};

const KIND: Record<Step["step"], string> = {
  upload: "import",
  "dry run": "import-check",
  run: "import-run",
  undo: "import",
};

/**
 * The import in `npm run bench` (`--only=import`): a generated 100k-row GBK customer
 * file with a contact per row stored, dry-run, imported and undone once, in a process
 * of its own (lib/cli/bench-import.ts), so each step's resident memory before → peak
 * is its own. One sample per step (a run takes most of a minute); the 1-minute load
 * average at the step's start is in the name, as the machine may be shared.
 */
export function benchImports({
  env,
  log,
}: {
  env: NodeJS.ProcessEnv;
  log: (line: string) => void;
}): Row[] {
  log("import (in-process)");
  const child = spawnSync(
    "npx",
    ["tsx", "--conditions=react-server", "--expose-gc", "lib/cli/bench-import.ts"],
    { env: { ...env, PCRM_JOBS: "0" }, encoding: "utf8", maxBuffer: 16 * 1024 * 1024 },
  );
  if (child.status !== 0) throw new Error(`import bench failed: ${child.stderr}`);
  const steps = child.stdout
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .map((l) => JSON.parse(l) as Step);
  return steps.map((s) => {
    const name =
      `import ${s.rows} GBK customer rows with contacts: ${s.step}; ` +
      `RSS ${s.rssBeforeMb} → ${s.rssPeakMb} MB, load ${s.load.toFixed(1)}`;
    log(`${name}: ${s.ms} ms`);
    return { name, kind: KIND[s.step], samples: [s.ms], bare: [s.ms] };
  });
}
