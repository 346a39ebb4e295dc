import { migrateDatabase } from "@/db/migrate";
import { seedDemo } from "@/db/seed";
import { resolveDatabase } from "./database";
import { exitWithStartupError, onStopSignals } from "./processes";

const command = process.argv[2];
const { url, server } = await resolveDatabase().catch(exitWithStartupError);
const stop = onStopSignals(async () => server?.stop());
try {
  if (command === "migrate" || command === "seed") await migrateDatabase(url);
  if (command === "seed") await seedDemo(url);
  console.log(`${command}: done`);
} finally {
  await stop();
}
