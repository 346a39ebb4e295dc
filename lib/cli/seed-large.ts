import { parseArgs } from "node:util";
import { migrateDatabase } from "@/db/migrate";
import { seedDemo } from "@/db/seed";
import { seedLarge } from "@/db/seed/large";
import { resolveDatabase } from "./database";

/**
 * `npm run seed:large [-- --force --accounts=100000 --seed=20260101 --as-of=2026-06-30]`:
 * migrations, demo users, then the large generated dataset, on DATABASE_URL or the
 * embedded database.
 */
const { values } = parseArgs({
  options: {
    force: { type: "boolean", default: false },
    accounts: { type: "string" },
    seed: { type: "string" },
    "as-of": { type: "string" },
  },
});
const { url, server } = await resolveDatabase();
try {
  await migrateDatabase(url);
  await seedDemo(url);
  await seedLarge(url, {
    force: values.force,
    accounts: values.accounts ? Number(values.accounts) : undefined,
    seed: values.seed ? Number(values.seed) : undefined,
    asOf: values["as-of"] ? new Date(`${values["as-of"]}T00:00:00Z`) : undefined,
    log: (line) => console.log(line),
  });
} finally {
  await server?.stop();
}
