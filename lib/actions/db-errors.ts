import { ActionError, fieldError } from "./errors";

/*
 * What PostgreSQL refused, as a typed action failure instead of a 500: a unique
 * index two simultaneous saves both passed, a reference to a row that does not
 * exist, a value out of the column's range. Anything else is re-thrown without the
 * statement's parameters (a user insert carries the password hash).
 */

/** The fields of a PostgreSQL error that say what failed, never the values. */
type PgError = {
  code: string;
  message: string;
  constraint_name?: string;
  table_name?: string;
  column_name?: string;
  detail?: string;
};

const isPgError = (value: unknown): value is PgError =>
  !!value &&
  typeof value === "object" &&
  (value as { name?: unknown }).name === "PostgresError" &&
  typeof (value as { code?: unknown }).code === "string";

/** The PostgreSQL error inside a driver or ORM wrapper (drizzle's DrizzleQueryError). */
export function pgErrorOf(error: unknown): PgError | null {
  for (let e = error, depth = 0; e && depth < 5; depth++) {
    if (isPgError(e)) return e;
    e = (e as { cause?: unknown }).cause;
  }
  return null;
}

/** Message keys per constraint, for the violations a form can explain beside a field. */
export type ConstraintErrors = Record<string, () => ActionError>;

const camel = (snake: string) => snake.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** `Key (industry_id)=(…) is not present in table …` → `industryId`. */
function referencingField(detail: string | undefined): string {
  const column = /^Key \(([a-z0-9_]+)\)=/.exec(detail ?? "")?.[1];
  return column ? camel(column) : "_form";
}

/** SQLSTATE classes of values the database could not take (range, format, encoding). */
const BAD_VALUE = new Set([
  "22001", // string too long
  "22003", // numeric out of range
  "22007", // invalid datetime format
  "22008", // datetime field overflow
  "22021", // invalid byte sequence (NUL)
  "22P02", // invalid text representation (not a uuid, bad json)
  "22P05", // untranslatable character (\u0000 in jsonb)
  "23502", // not null
  "23514", // check
  "54000", // program limit (index row too large)
]);

/**
 * The typed failure for a database error an action's input caused or a
 * concurrent save provoked; null for anything else (a bug or an outage).
 */
export function actionErrorFromDb(
  error: unknown,
  constraints: ConstraintErrors = {},
): ActionError | null {
  const pg = pgErrorOf(error);
  if (!pg) return null;
  const known = pg.constraint_name ? constraints[pg.constraint_name] : undefined;
  if (known) return known();
  switch (pg.code) {
    case "23505": // unique: someone else saved the same thing first
    case "40001": // serialization failure
    case "40P01": // deadlock
      return new ActionError("conflict", "common.errors.conflict");
    case "23503":
      // Deleting a row others still refer to, or referring to a row that does not exist.
      return /still referenced/.test(pg.detail ?? "")
        ? new ActionError("refused", "common.errors.refused")
        : fieldError(referencingField(pg.detail), "unknownReference");
  }
  if (BAD_VALUE.has(pg.code)) {
    return fieldError(pg.column_name ? camel(pg.column_name) : "_form", "invalid");
  }
  return null;
}

/**
 * The error to re-throw (and so to log): the statement and what PostgreSQL said,
 * without the statement's parameters or the failing row's values.
 */
export function withoutParameters(error: unknown): unknown {
  const query = (error as { query?: unknown } | null)?.query;
  const pg = pgErrorOf(error);
  if (typeof query !== "string" && !pg) return error;
  const code = codeOf(error);
  const where = code ? ` [${code}${pg?.constraint_name ? ` ${pg.constraint_name}` : ""}]` : "";
  const said = pg?.message ?? messageOf(error);
  const clean = new Error(`Database error${where}: ${said}\nin: ${query ?? "?"}`);
  clean.name = "DatabaseError";
  // The code stays, so an outage (CONNECT_TIMEOUT, 57P01…) is still recognised as one.
  if (code) Object.assign(clean, { code });
  return clean;
}

/** The first error code in the cause chain: a SQLSTATE or a driver's connection code. */
function codeOf(error: unknown): string | undefined {
  for (let e = error, depth = 0; e && typeof e === "object" && depth < 5; depth++) {
    const { code } = e as { code?: unknown };
    if (typeof code === "string") return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/** The innermost message (the driver's, not drizzle's "Failed query … params: …"). */
function messageOf(error: unknown): string {
  let message = "query failed";
  for (let e = error, depth = 0; e instanceof Error && depth < 5; depth++) {
    if (!(typeof (e as { query?: unknown }).query === "string" && e.cause)) message = e.message;
    e = e.cause;
  }
  return message;
}
