/**
 * The in-process half of the export bench (`npm run bench`), run by bench.ts in a
 * child process with the `react-server` condition: exports every account as the
 * director (CSV, then XLSX) through the same function the route streams, reading the
 * bytes as a client would, and prints one JSON line per item with the times (ms),
 * the rows and bytes, and this process's resident memory before and at its peak
 * (sampled every 10 ms), so "memory stays flat" is a number.
 */
import { sql } from "drizzle-orm";
import { analyticsClient, client, db } from "@/db";
import { getExpectedDays } from "@/db/queries/stage-settings";
import type { ExportFormat } from "@/lib/export/download";
import { exportTranslator } from "@/lib/export/translate";
import type { Actor } from "@/lib/policy";
import { exportStream } from "../../app/(app)/accounts/(list)/export/export-stream";

const runs = Number(process.env.PCRM_BENCH_EXPORT_RUNS ?? 5);
const MB = 2 ** 20;

async function once(actor: Actor, format: ExportFormat, grade?: "important") {
  const t = await exportTranslator("zh-CN");
  const started = performance.now();
  const stream = await exportStream(
    "accounts",
    format,
    {
      actor,
      filters: { grade },
      sort: "name",
      expected: await getExpectedDays(),
      timeZone: process.env.PCRM_TIME_ZONE ?? "Asia/Shanghai",
      now: new Date(),
    },
    { t, locale: "zh-CN" },
  );
  const reader = stream.getReader();
  let bytes = 0;
  for (let next = await reader.read(); !next.done; next = await reader.read())
    bytes += next.value.byteLength;
  return { ms: performance.now() - started, bytes };
}

try {
  const [actor] = await db.execute<Actor>(
    sql`select id, role from users where email = 'director@pcrm.example'`,
  );
  const [counts] = await db.execute<{ rows: number; important: number }>(
    sql`select count(*)::int as rows, count(*) filter (where grade = 'important')::int as important
        from accounts where archived_at is null`,
  );
  const { rows, important } = counts!;
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  for (const [format, grade, count] of [
    ["csv", "important", important],
    ["csv", undefined, rows],
    ["xlsx", "important", important],
    ["xlsx", undefined, rows],
  ] as const) {
    await once(actor!, format); // warm-up: code compiled, pages cached
    global.gc?.();
    const before = process.memoryUsage().rss;
    peak = before;
    const samples: number[] = [];
    let bytes = 0;
    for (let i = 0; i < runs; i++) ({ ms: samples[i], bytes } = await once(actor!, format, grade));
    console.log(
      JSON.stringify({
        format,
        rows: count,
        filter: grade ? "grade=important" : "none",
        samples,
        bytes,
        rssBeforeMb: Math.round(before / MB),
        rssPeakMb: Math.round(peak / MB),
      }),
    );
  }
  clearInterval(sampler);
} finally {
  await Promise.all([client.end(), analyticsClient.end()]);
}
