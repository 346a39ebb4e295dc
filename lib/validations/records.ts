import "./zod-jitless";
import { z } from "zod";

/*
 * Building blocks for the numbers that point at stored rows. Each is bounded by the
 * PostgreSQL `integer` column it is compared with, so a number beyond it is a
 * validation error beside its field, never a database error.
 */

/** The largest PostgreSQL `integer`. */
export const MAX_INTEGER = 2_147_483_647;

const integer = (min: number) =>
  z.coerce.number("invalid").int("invalid").min(min, "invalid").max(MAX_INTEGER, "invalid");

/** The `version` of a row as the form saw it (a stale one is a conflict): 1 or more. */
export const rowVersion = integer(1);

/** As `rowVersion`, with 0 for a row not saved yet. */
export const rowVersionOrNew = integer(0);

/** A serial id (reference items): 1 or more. */
export const serialId = integer(1);
