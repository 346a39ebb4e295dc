import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";

/**
 * Cancellation when the client goes away. A route handler runs its work inside
 * `withRequestSignal(request.signal, …)` (Next.js aborts `request.signal` when the
 * response's connection closes); long queries started inside — the dashboards'
 * aggregates (`analytic`) and the exports' cursors (`throughCursor`) — read the signal
 * here and are cancelled in PostgreSQL when it aborts. Server components get no
 * signal: their queries are bounded by the analytics pool's statement timeout.
 */
const storage = new AsyncLocalStorage<AbortSignal>();

export function withRequestSignal<T>(signal: AbortSignal, work: () => T): T {
  return storage.run(signal, work);
}

/** The signal of the request being served, when its handler gave one. */
export function requestSignal(): AbortSignal | undefined {
  return storage.getStore();
}

/** What a cancelled request's queries fail with (PostgreSQL's query_canceled code). */
export class RequestAborted extends Error {
  readonly code = "57014";
  constructor() {
    super("the client went away; query not run");
    this.name = "RequestAborted";
  }
}

/**
 * Calls `cancel` (a postgres.js query's `cancel()`) when `signal` aborts, until the
 * returned function is called — call it as soon as the query has settled, so a late
 * abort never cancels a later query on the same connection.
 */
export function onAbort(signal: AbortSignal | undefined, cancel: () => unknown): () => void {
  if (!signal) return () => {};
  const listener = () => void cancel();
  signal.addEventListener("abort", listener, { once: true });
  return () => signal.removeEventListener("abort", listener);
}
