/**
 * SLA attainment for the service dashboards: of the requests whose clock has an
 * outcome, the share that met it. A request still inside its time limit has no
 * outcome yet and counts in neither (it is "pending").
 */
export type AttainmentCounts = {
  requests: number;
  firstResponseMet: number;
  firstResponseMissed: number;
  resolutionMet: number;
  resolutionMissed: number;
};

/** Met ÷ (met + missed); null when nothing has an outcome yet. */
export const attainment = (met: number, missed: number): number | null =>
  met + missed > 0 ? met / (met + missed) : null;

export const NO_COUNTS: AttainmentCounts = {
  requests: 0,
  firstResponseMet: 0,
  firstResponseMissed: 0,
  resolutionMet: 0,
  resolutionMissed: 0,
};

const add = (a: AttainmentCounts, b: AttainmentCounts): AttainmentCounts => ({
  requests: a.requests + b.requests,
  firstResponseMet: a.firstResponseMet + b.firstResponseMet,
  firstResponseMissed: a.firstResponseMissed + b.firstResponseMissed,
  resolutionMet: a.resolutionMet + b.resolutionMet,
  resolutionMissed: a.resolutionMissed + b.resolutionMissed,
});

/**
 * Counts per (key) summed from finer rows, in the order `keys` gives (every key
 * present, zero when no row has it) — e.g. per month from rows per month × manager.
 */
export function rollUp<R extends AttainmentCounts>(
  rows: readonly R[],
  keyOf: (row: R) => string,
  keys: readonly string[],
): { key: string; counts: AttainmentCounts }[] {
  const sums = new Map<string, AttainmentCounts>(keys.map((k) => [k, NO_COUNTS]));
  for (const row of rows) {
    const key = keyOf(row);
    sums.set(key, add(sums.get(key) ?? NO_COUNTS, row));
  }
  return [...sums].map(([key, counts]) => ({ key, counts }));
}

/** Age buckets of open requests, in days since received: under 1, 1–3, 3–7, 7–30, 30 and over. */
export const OPEN_AGE_BOUNDS = [1, 3, 7, 30] as const;

/** Index (0-based) of the age bucket of a request received `ageDays` ago. */
export function ageBucket(ageDays: number): number {
  const i = OPEN_AGE_BOUNDS.findIndex((bound) => ageDays < bound);
  return i === -1 ? OPEN_AGE_BOUNDS.length : i;
}
