import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { finished, pipeline } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";
import { BackupError, backupDatabase, restoreDatabase } from "@/db/backup";
import { migrateDatabase } from "@/db/migrate";
import { resolveDatabase } from "./database";
import { exitWithStartupError, onStopSignals } from "./processes";

/**
 * `npm run db:backup [-- file]` writes backups/pcrm-<time>.pcrm.gz (or `file`);
 * `npm run db:restore -- file` replaces the database with it (app stopped), then
 * applies newer migrations. Both work on the embedded server (joining a running
 * `npm run dev`/`npm start` for a backup) and on DATABASE_URL.
 */
const [command, fileArg] = process.argv.slice(2);
if ((command !== "backup" && command !== "restore") || (command === "restore" && !fileArg)) {
  console.error("usage: npm run db:backup [-- file]  |  npm run db:restore -- file");
  process.exit(2);
}
const { url, server } = await resolveDatabase().catch(exitWithStartupError);
const stop = onStopSignals(async () => server?.stop());
const started = Date.now();
try {
  if (command === "backup") {
    const stamp = new Date().toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
    const file = path.resolve(fileArg ?? path.join("backups", `pcrm-${stamp}.pcrm.gz`));
    await mkdir(path.dirname(file), { recursive: true });
    const partial = `${file}.partial`;
    const gzip = createGzip();
    const written = pipeline(gzip, createWriteStream(partial, { mode: 0o600 }));
    const summary = await backupDatabase(url, gzip);
    gzip.end();
    await written;
    await rename(partial, file);
    const { size } = await stat(file);
    console.log(
      `db:backup: ${summary.tables} tables, ${summary.rows} rows → ${path.relative(process.cwd(), file)} (${(size / 1024).toFixed(0)} KB, ${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
  } else {
    const input = createReadStream(path.resolve(fileArg!)).pipe(createGunzip());
    const summary = await restoreDatabase(url, input);
    input.destroy();
    await finished(input).catch(() => {});
    await migrateDatabase(url);
    console.log(
      `db:restore: ${summary.tables} tables, ${summary.rows} rows restored from ${fileArg} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
  }
} catch (error) {
  if (command === "backup" && fileArg)
    await rm(`${path.resolve(fileArg)}.partial`, { force: true });
  if (error instanceof BackupError) {
    console.error(`${command}: ${error.message}`);
    process.exitCode = 1;
  } else throw error;
} finally {
  await stop();
}
