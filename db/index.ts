import "server-only";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { env } from "@/lib/env";
import * as schema from "./schema";

const globalForDb = globalThis as unknown as {
  pcrmSql?: postgres.Sql;
  pcrmAnalyticsSql?: postgres.Sql;
};

/**
 * How both pools live through a database outage (README, "Monitoring"). postgres.js's
 * defaults wait 30 s for a connection and back off up to 20 s between attempts, so a
 * short outage held requests for most of a minute and piled them up.
 * - `connect_timeout`: a server that is down or unreachable fails the request within 2 s.
 * - `backoff`: a failed connection is retried after 0.1–0.2 s, not after a growing wait,
 *   so the pool is whole again as soon as the server is.
 * - `idle_timeout`: connections idle for 30 s are closed (broken ones with them).
 * - `max_lifetime`: every connection is replaced after 30–40 minutes.
 * - `keep_alive`: TCP keepalive notices a connection the network dropped silently.
 * A connection that fails is dropped and replaced on the next query; the patched
 * postgres.js (patches/) keeps a dead transaction's rollback from breaking it.
 */
export const POOL_OPTIONS = {
  connect_timeout: 2,
  backoff: () => 0.1 + Math.random() * 0.1,
  idle_timeout: 30,
  max_lifetime: 30 * 60 + Math.round(Math.random() * 10 * 60),
  keep_alive: 30,
  onnotice: () => {},
} satisfies postgres.Options<Record<string, postgres.PostgresType>>;

/** The one postgres.js client; reused across hot reloads outside production. */
export const client =
  globalForDb.pcrmSql ?? postgres(env.DATABASE_URL, { ...POOL_OPTIONS, max: 10 });
if (env.NODE_ENV !== "production") globalForDb.pcrmSql = client;

export const db = drizzle(client, { schema, casing: "snake_case" });

/**
 * A few read-only connections for the dashboards' aggregates, set up once for them:
 * room to sort in memory (percentiles sort their input) and no JIT, whose compile
 * time costs more than it saves at this size. A separate pool keeps the larger
 * `work_mem` away from everyday queries and a slow report from taking their slots.
 */
/** Connections of the analytics pool; `analytic()` admits as many queries at once. */
export const ANALYTICS_POOL_SIZE = 4;
export const analyticsClient =
  globalForDb.pcrmAnalyticsSql ??
  postgres(env.DATABASE_URL, {
    ...POOL_OPTIONS,
    max: ANALYTICS_POOL_SIZE,
    connection: {
      work_mem: "64MB",
      jit: "off",
      default_transaction_read_only: true,
      // Cancelled by the server after 10 s: a page cannot see its client go away
      // (server components get no abort signal), so this bounds abandoned work.
      statement_timeout: 10_000,
    },
  });
if (env.NODE_ENV !== "production") globalForDb.pcrmAnalyticsSql = analyticsClient;
export const analyticsDb = drizzle(analyticsClient, { schema, casing: "snake_case" });
export type Db = typeof db;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
