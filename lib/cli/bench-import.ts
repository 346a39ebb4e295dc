/**
 * The in-process half of the import bench (`npm run bench`, `--only=import`), run by
 * bench.ts in a child process with the `react-server` condition: writes a generated
 * GBK customer CSV with a contact per row (PCRM_BENCH_IMPORT_ROWS, 100,000), stores it
 * as the upload route does, then times the dry run and the run as a director importing
 * into their own name, and undoes the import so the dataset is as it was. Prints one
 * JSON line per step with its time (ms) and this process's resident memory before and
 * at its peak (sampled every 10 ms). PCRM_BENCH_IMPORT_PROFILE=1 also prints the time
 * each phase of the run took (lib/import/profile.ts).
 */
import { createReadStream } from "node:fs";
import { rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { analyticsClient, client, db } from "@/db";
import { imports } from "@/db/schema";
import { runImport } from "@/lib/import/apply";
import { checkImport } from "@/lib/import/check";
import { phaseTimes } from "@/lib/import/profile";
import { storeUpload } from "@/lib/import/store";
import { suggestMapping } from "@/lib/import/suggest";
import { writeCustomerCsv } from "@/lib/import/testing/generate";
import { undoImport } from "@/lib/import/undo";

const count = Number(process.env.PCRM_BENCH_IMPORT_ROWS ?? 100_000);
const MB = 2 ** 20;

let peak = process.memoryUsage().rss;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);

async function step<T>(name: string, run: () => Promise<T>) {
  global.gc?.();
  const before = process.memoryUsage().rss;
  peak = before;
  const load = os.loadavg()[0]!;
  const started = performance.now();
  const result = await run();
  const ms = performance.now() - started;
  console.log(
    JSON.stringify({
      step: name,
      rows: count,
      ms: Math.round(ms),
      rssBeforeMb: Math.round(before / MB),
      rssPeakMb: Math.round(peak / MB),
      load: Math.round(load * 100) / 100,
      phases: process.env.PCRM_BENCH_IMPORT_PROFILE ? phaseTimes() : undefined,
    }),
  );
  return result;
}

const file = path.join(os.tmpdir(), `pcrm-bench-import-${process.pid}.csv`);
try {
  await writeCustomerCsv(file, count, "gb18030");
  const [director] = await db.execute<{ id: string }>(
    sql`select id from users where email = 'director@pcrm.example'`,
  );
  const stored = await step("upload", () =>
    db.transaction((tx) =>
      storeUpload(tx, {
        createdById: director!.id,
        ownerId: director!.id,
        fileName: "bench-客户.csv",
        body: createReadStream(file),
      }),
    ),
  );
  if (stored.encoding !== "gb18030") throw new Error(`detected ${stored.encoding}, not GBK`);
  await db
    .update(imports)
    .set({ mapping: suggestMapping(stored.header), status: "checking" })
    .where(eq(imports.id, stored.id));
  const totals = await step("dry run", () => checkImport(stored.id));
  if (totals.errors) throw new Error(`dry run found ${totals.errors} bad rows`);
  await db.update(imports).set({ status: "queued" }).where(eq(imports.id, stored.id));
  const done = await step("run", () => runImport(stored.id, new Date()));
  if (done?.createdCount !== count) throw new Error(`created ${done?.createdCount} of ${count}`);
  await step("undo", () => db.transaction((tx) => undoImport(tx, stored.id, new Date())));
  await db.delete(imports).where(eq(imports.id, stored.id));
} finally {
  clearInterval(sampler);
  await rm(file, { force: true });
  await Promise.all([client.end(), analyticsClient.end()]);
}
