import { analyticsClient, client, db } from "@/db";
import { sql } from "drizzle-orm";
import { exportAccounts } from "@/db/queries/exports";
import { getExpectedDays } from "@/db/queries/stage-settings";
import { cellBatches, DATASETS, type Dataset } from "@/lib/export/datasets";
import { csvLines } from "@/lib/export/csv";
import { exportTranslator } from "@/lib/export/translate";
import type { Actor } from "@/lib/policy";

const [actor] = await db.execute<Actor>(sql`select id, role from users where email = 'director@pcrm.example'`);
const scope = { actor: actor!, filters: {}, sort: "name" as const, expected: await getExpectedDays(), timeZone: "Asia/Shanghai", now: new Date() };
const t = await exportTranslator("zh-CN");
const batch = Number(process.env.B ?? 1000);
for (const mode of ["rows", "cells", "csv", "rows", "cells", "csv"]) {
  const started = performance.now();
  let n = 0, bytes = 0;
  const rows = exportAccounts(scope, batch);
  if (mode === "rows") { for await (const b of rows) n += b.length; }
  else for await (const b of cellBatches(DATASETS.accounts as Dataset<unknown>, { t, locale: "zh-CN" }, rows as AsyncIterable<unknown[]>)) {
    n += b.length;
    if (mode === "csv") bytes += Buffer.byteLength(csvLines(b));
  }
  console.log(mode, batch, n, bytes, Math.round(performance.now() - started), "ms", (await import("node:os")).loadavg()[0]);
}
await Promise.all([client.end(), analyticsClient.end()]);
