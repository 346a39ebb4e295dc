import { migrateDatabase } from "@/db/migrate";
import { seedDemo } from "@/db/seed";
import { resolveDatabase } from "./database";

const command = process.argv[2];
const { url, server } = await resolveDatabase();
try {
  if (command === "migrate" || command === "seed") await migrateDatabase(url);
  if (command === "seed") await seedDemo(url);
  console.log(`${command}: done`);
} finally {
  await server?.stop();
}
