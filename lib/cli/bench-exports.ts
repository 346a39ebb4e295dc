import { spawnSync } from "node:child_process";
import { percentile, type Row } from "./bench-report";

const RUNS = 5;

/**
 * A GET, tried twice: the in-process half runs for minutes, long enough for the
 * server to close the keep-alive connection fetch would reuse (EPIPE on the first try).
 */
async function get(url: string, cookie: string): Promise<Response> {
  const once = () => fetch(url, { headers: { Cookie: cookie }, redirect: "manual" });
  return once().catch(once);
}

type Bare = {
  format: "csv" | "xlsx";
  rows: number;
  filter: string;
  samples: number[];
  bytes: number;
  rssBeforeMb: number;
  rssPeakMb: number;
};

/**
 * The account export in `npm run bench`: every account (and the important ones, a
 * third, to show that memory does not grow with the rows) as CSV and XLSX, over
 * HTTP as the director and in a process of its own (lib/cli/bench-export.ts) for
 * the time without HTTP and the resident memory.
 */
export async function benchExports({
  base,
  cookie,
  env,
  log,
}: {
  base: string;
  cookie: string;
  env: NodeJS.ProcessEnv;
  log: (line: string) => void;
}): Promise<Row[]> {
  log("exports (in-process)");
  const child = spawnSync(
    "npx",
    ["tsx", "--conditions=react-server", "--expose-gc", "lib/cli/bench-export.ts"],
    {
      env: { ...env, PCRM_BENCH_EXPORT_RUNS: String(RUNS) },
      encoding: "utf8",
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  if (child.status !== 0) throw new Error(`export bench failed: ${child.stderr}`);
  const bare = child.stdout
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .map((l) => JSON.parse(l) as Bare);
  for (const item of bare) log(`in-process ${item.format} ${item.filter}: ${JSON.stringify(item)}`);
  const rows: Row[] = [];
  for (const item of bare) {
    const query = item.filter === "none" ? "" : `&${item.filter}`;
    const samples: number[] = [];
    for (let i = 0; i <= RUNS; i++) {
      const started = performance.now();
      const res = await get(`${base}/accounts/export?format=${item.format}${query}`, cookie);
      if (res.status !== 200) throw new Error(`export ${item.format}: HTTP ${res.status}`);
      const body = await res.arrayBuffer();
      if (i > 0) samples.push(performance.now() - started);
      if (i === 0 && body.byteLength < item.bytes * 0.9) throw new Error("export cut short");
    }
    const name =
      `export ${item.rows} accounts as ${item.format.toUpperCase()}` +
      `${item.filter === "none" ? "" : ` (${item.filter})`}, ${(item.bytes / 2 ** 20).toFixed(1)} MB; ` +
      `RSS ${item.rssBeforeMb} → ${item.rssPeakMb} MB`;
    log(`${name}: p50 ${percentile(samples, 50).toFixed(0)} ms over HTTP`);
    rows.push({ name, kind: "export", samples, bare: item.samples });
  }
  return rows;
}
