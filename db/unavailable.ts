/**
 * "The database cannot be reached right now" — the one place that tells an outage apart
 * from a failing statement. postgres.js reports socket failures with Node's codes, its own
 * connection codes, and the server's SQLSTATE when PostgreSQL itself refuses or ends the
 * session; Drizzle wraps them in `cause`, Auth.js in `cause.err`.
 */

/** Node socket errors and postgres.js connection errors. */
const CONNECTION_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ECONNABORTED",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "EHOSTDOWN",
  "ENETUNREACH",
  "ENETDOWN",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EPIPE",
  "CONNECT_TIMEOUT",
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
]);

/**
 * SQLSTATEs of a server that is going away, not there yet or full: class 08 (connection
 * exception), admin / crash shutdown and "cannot connect now" (57P01–57P03), and too
 * many connections (53300).
 */
const SQLSTATES = new Set(["57P01", "57P02", "57P03", "53300"]);

const MAX_DEPTH = 5;

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > MAX_DEPTH) return false;
  const { code, cause, err } = error as { code?: unknown; cause?: unknown; err?: unknown };
  if (typeof code === "string") {
    if (CONNECTION_CODES.has(code) || SQLSTATES.has(code) || /^08[0-9A-Z]{3}$/.test(code)) {
      return true;
    }
  }
  if (
    error instanceof AggregateError &&
    error.errors.some((e) => isDatabaseUnavailable(e, depth + 1))
  ) {
    return true;
  }
  return isDatabaseUnavailable(cause, depth + 1) || isDatabaseUnavailable(err, depth + 1);
}
