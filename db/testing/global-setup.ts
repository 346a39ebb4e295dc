import type { TestProject } from "vitest/node";
import { migrateDatabase, recreateDatabase } from "@/db/migrate";
import { startTestServer } from "./server";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/**
 * A fresh database per run on real PostgreSQL: the server `npm test` started
 * (PCRM_TEST_PG_ADMIN_URL), or a throwaway embedded one when vitest runs alone.
 */
export default async function setup(project: TestProject) {
  const own = process.env.PCRM_TEST_PG_ADMIN_URL ? null : await startTestServer();
  const adminUrl = process.env.PCRM_TEST_PG_ADMIN_URL ?? own!.adminUrl;
  const name = `pcrm_it_${process.pid}`;
  await recreateDatabase(adminUrl, name);
  const url = adminUrl.replace(/\/[^/]*$/, `/${name}`);
  await migrateDatabase(url);
  project.provide("databaseUrl", url);
  return async () => {
    await own?.stop();
  };
}
