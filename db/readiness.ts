import postgres from "postgres";
import { env } from "@/lib/env";

/**
 * Is PostgreSQL answering? One `select 1` on a connection of its own (so a busy pool
 * does not make a healthy database look down), given a second at most. The last answer
 * is kept: "up" is trusted for 2 s and "down" for 1 s, so during an outage pages and
 * actions answer at once instead of each waiting for a connection of their own.
 * Kept on globalThis: the proxy and the app share it where they share a process.
 */
const PROBE_TIMEOUT_MS = 1_000;
const UP_FOR_MS = 2_000;
const DOWN_FOR_MS = 1_000;

type State = {
  sql: postgres.Sql | null;
  url: string;
  upUntil: number;
  downUntil: number;
  probe: Promise<boolean> | null;
};
const KEY = Symbol.for("pcrm.readiness");
const globalState = globalThis as unknown as { [KEY]?: State };
const state = (globalState[KEY] ??= { sql: null, url: "", upUntil: 0, downUntil: 0, probe: null });

function probeClient() {
  if (state.sql && state.url !== env.DATABASE_URL) {
    void state.sql.end({ timeout: 0 }).catch(() => {});
    state.sql = null;
  }
  state.url = env.DATABASE_URL;
  state.sql ??= postgres(env.DATABASE_URL, {
    max: 1,
    connect_timeout: PROBE_TIMEOUT_MS / 1000,
    idle_timeout: 10,
    backoff: () => 0,
    fetch_types: false,
    onnotice: () => {},
  });
  return state.sql;
}

async function probe(): Promise<boolean> {
  const sql = probeClient();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(resolve, PROBE_TIMEOUT_MS, false);
  });
  const answered = sql`select 1`.then(
    () => true,
    () => false,
  );
  const ok = await Promise.race([answered, timeout]);
  clearTimeout(timer);
  const now = Date.now();
  if (ok) {
    state.upUntil = now + UP_FOR_MS;
    state.downUntil = 0;
  } else {
    // A hung connection is not waited for again: the next probe starts afresh.
    state.sql = null;
    void sql.end({ timeout: 0 }).catch(() => {});
    state.upUntil = 0;
    state.downUntil = now + DOWN_FOR_MS;
  }
  return ok;
}

/** A fresh answer (concurrent callers share one probe); for `/api/ready`. */
export function checkDatabase(): Promise<boolean> {
  state.probe ??= probe().finally(() => {
    state.probe = null;
  });
  return state.probe;
}

/** The last answer while it is fresh, else a new probe; for pages and actions. */
export async function databaseAvailable(now = Date.now()): Promise<boolean> {
  if (now < state.downUntil) return false;
  if (now < state.upUntil) return true;
  return checkDatabase();
}

/** True while a recent probe found the database down: fail at once, do not try. */
export const databaseKnownDown = (now = Date.now()) => now < state.downUntil;

/**
 * A query failed as an outage would: check, so that the next requests fail fast if the
 * database is really gone (one killed connection does not take the app down).
 */
export function reportDatabaseError() {
  state.upUntil = 0;
  void checkDatabase();
}
