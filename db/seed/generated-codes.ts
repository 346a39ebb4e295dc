import { sql } from "drizzle-orm";
import * as schema from "../schema";

/** Codes of generated accounts: grade letter, 4-digit area, 6-digit serial (demo codes are shorter). */
export const LARGE_CODE_PATTERN = "^[inp][0-9]{10}$";

/**
 * The demo accounts only: a demo seed run on a database that already holds the large
 * generated data must not put its records on generated accounts (the large seed would
 * then take its own part as present and skip it).
 */
export const isDemoAccount = sql`${schema.accounts.code} !~ ${LARGE_CODE_PATTERN}`;
