import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import { db } from "@/db";

/**
 * A short-lived cache of the dashboards' aggregates, one per server process. The key
 * is the query as sent — its text and parameters — which holds the view, the filters
 * and the caller's visibility (a manager's id is a parameter of every query scoped to
 * them; directors and executives, who see the same, share results), plus the data
 * version: the `dashboard_stats_version` sequence (migration 0031), which triggers move
 * on every write to stage transitions, tasks or activities (0036) and on an account's
 * owner, segment or deletion, so a move makes every cached result stale at once, in every process.
 * Results are kept at most `TTL_MS`; identical queries running at the same time share
 * one execution. Only the readers of the stats and the transitions use it
 * (`analytic(query, { cache: true })`); the schedule and cost views change with
 * writes the version does not count.
 */
const TTL_MS = 10_000;
const MAX_ENTRIES = 500;

const dialect = new PgDialect({ casing: "snake_case" });
type Entry = { at: number; rows: Promise<unknown[]>; join: (signal?: AbortSignal) => void };
const entries = new Map<string, Entry>();
let version: Promise<string> | undefined;

/**
 * The data version: one small read per request's batch of queries (reads started
 * while one is in flight share it), so a change is seen by the next request.
 */
function dataVersion() {
  version ??= db
    .execute<{ v: string }>(sql`select last_value::text as v from dashboard_stats_version`)
    .then((rows) => rows[0]?.v ?? "")
    .finally(() => (version = undefined));
  return version;
}

/**
 * `run(query)`, or its result from the last 10 s for the same query and data version.
 * `run` gets a signal that aborts once every request waiting for that run (`signal`,
 * the caller's request) has gone away; a caller without a signal keeps it running.
 */
export async function cached<T>(
  query: SQL,
  run: (signal: AbortSignal) => Promise<T[]>,
  signal?: AbortSignal,
): Promise<T[]> {
  const now = Date.now();
  const { sql: text, params } = dialect.sqlToQuery(query);
  const key = `${await dataVersion()}\u0000${text}\u0000${JSON.stringify(params)}`;
  const hit = entries.get(key);
  if (hit && now - hit.at < TTL_MS) {
    hit.join(signal);
    return hit.rows as Promise<T[]>;
  }
  const shared = sharedAbort();
  shared.join(signal);
  const rows = run(shared.signal);
  entries.delete(key);
  entries.set(key, { at: now, rows, join: shared.join });
  rows.catch(() => entries.get(key)?.rows === rows && entries.delete(key));
  while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  return rows;
}

/** A signal that aborts when the last of the requests that joined has aborted. */
function sharedAbort() {
  const controller = new AbortController();
  let waiting = 0;
  let kept = false;
  const join = (signal?: AbortSignal) => {
    if (!signal) kept = true;
    else if (!signal.aborted) {
      waiting++;
      signal.addEventListener(
        "abort",
        () => {
          if (--waiting === 0 && !kept) controller.abort();
        },
        { once: true },
      );
    }
  };
  return { signal: controller.signal, join };
}

/** Drops every cached result (tests; a process that wrote something it must read back). */
export function clearDashboardCache() {
  entries.clear();
  version = undefined;
}
