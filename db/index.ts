import "server-only";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { env } from "@/lib/env";
import * as schema from "./schema";

const globalForDb = globalThis as unknown as { pcrmSql?: postgres.Sql };

/** The one postgres.js client; reused across hot reloads outside production. */
export const client =
  globalForDb.pcrmSql ?? postgres(env.DATABASE_URL, { max: 10, onnotice: () => {} });
if (env.NODE_ENV !== "production") globalForDb.pcrmSql = client;

export const db = drizzle(client, { schema, casing: "snake_case" });
export type Db = typeof db;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
