/**
 * The in-process half of the ABC recompute bench (`npm run bench`, `--only=abc`), run
 * by bench-value.ts in a child process with the `react-server` condition. Times the
 * director's "Recompute now" (`runAbcRecompute`, lock, value, classes, history) twice,
 * each in a transaction that is rolled back so the dataset is as it was:
 * - as the data stands (after a recompute, few or no classes change);
 * - with every account's class cleared first (untimed, in the same transaction), so
 *   every class changes and every account gets a history row: the first run's case,
 *   somewhat slower than a real first run as the cleared rows' old versions are still
 *   live to the transaction.
 * Prints one JSON line per case with its time (ms), the classes changed and the load.
 */
import os from "node:os";
import { sql } from "drizzle-orm";
import { analyticsClient, client, db } from "@/db";
import { runAbcRecompute } from "@/lib/jobs/abc-recompute";

class Rollback extends Error {}

async function timed(name: string, clear: boolean) {
  let line = "";
  await db
    .transaction(async (tx) => {
      if (clear)
        await tx.execute(sql`update accounts set abc_class = null where abc_class is not null`);
      const load = os.loadavg()[0]!;
      const started = performance.now();
      const { changed } = await runAbcRecompute(new Date(), "on_demand", null, tx);
      const ms = Math.round(performance.now() - started);
      line = JSON.stringify({ name, ms, changed, load: Math.round(load * 100) / 100 });
      throw new Rollback();
    })
    .catch((e) => {
      if (!(e instanceof Rollback)) throw e;
    });
  console.log(line);
}

try {
  await timed("as it stands", false);
  await timed("every class changes", true);
} finally {
  await Promise.all([client.end(), analyticsClient.end()]);
}
