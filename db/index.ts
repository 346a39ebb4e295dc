import "server-only";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { env } from "@/lib/env";
import * as schema from "./schema";

const globalForDb = globalThis as unknown as {
  pcrmSql?: postgres.Sql;
  pcrmAnalyticsSql?: postgres.Sql;
};

/** The one postgres.js client; reused across hot reloads outside production. */
export const client =
  globalForDb.pcrmSql ?? postgres(env.DATABASE_URL, { max: 10, onnotice: () => {} });
if (env.NODE_ENV !== "production") globalForDb.pcrmSql = client;

export const db = drizzle(client, { schema, casing: "snake_case" });

/**
 * A few read-only connections for the dashboards' aggregates, set up once for them:
 * room to sort in memory (percentiles sort their input) and no JIT, whose compile
 * time costs more than it saves at this size. A separate pool keeps the larger
 * `work_mem` away from everyday queries and a slow report from taking their slots.
 */
export const analyticsClient =
  globalForDb.pcrmAnalyticsSql ??
  postgres(env.DATABASE_URL, {
    max: 4,
    onnotice: () => {},
    connection: { work_mem: "64MB", jit: "off", default_transaction_read_only: true },
  });
if (env.NODE_ENV !== "production") globalForDb.pcrmAnalyticsSql = analyticsClient;
export const analyticsDb = drizzle(analyticsClient, { schema, casing: "snake_case" });
export type Db = typeof db;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
