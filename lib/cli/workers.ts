import os from "node:os";

/**
 * How many Next.js workers `npm start` runs behind its one port: `PCRM_WORKERS`, or
 * one per core the process may use, at most DEFAULT_MAX (each worker holds its own
 * database pools, ~14 connections: eight workers would pass PostgreSQL's default 100;
 * a container can report the host's cores). Throws with the variable's name on a bad value.
 */
export const DEFAULT_MAX = 4;

export function workerCount(
  value: string | undefined,
  cores: number = os.availableParallelism(),
): number {
  if (value === undefined || value.trim() === "") return Math.min(DEFAULT_MAX, Math.max(1, cores));
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1 || count > 64) {
    throw new Error(`PCRM_WORKERS must be a whole number from 1 to 64 (got "${value}")`);
  }
  return count;
}
