import os from "node:os";

/**
 * How many Next.js workers `npm start` runs behind its one port: `PCRM_WORKERS`, or
 * one per core the process may use. Throws with the variable's name on a bad value.
 */
export function workerCount(
  value: string | undefined,
  cores: number = os.availableParallelism(),
): number {
  if (value === undefined || value.trim() === "") return Math.max(1, cores);
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1 || count > 64) {
    throw new Error(`PCRM_WORKERS must be a whole number from 1 to 64 (got "${value}")`);
  }
  return count;
}
