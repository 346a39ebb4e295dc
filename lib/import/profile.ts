/**
 * Time spent per phase of a dry run or run, summed over its batches, for the import
 * bench's profile (PCRM_BENCH_IMPORT_PROFILE=1). Off, `timed` only awaits.
 */
const totals = new Map<string, number>();
const enabled = () => !!process.env.PCRM_BENCH_IMPORT_PROFILE;

export async function timed<T>(phase: string, run: () => Promise<T>): Promise<T> {
  if (!enabled()) return run();
  const started = performance.now();
  try {
    return await run();
  } finally {
    totals.set(phase, (totals.get(phase) ?? 0) + performance.now() - started);
  }
}

/** The phases' times (ms) since the last call, and starts over. */
export function phaseTimes(): Record<string, number> {
  const out = Object.fromEntries([...totals].map(([k, v]) => [k, Math.round(v)]));
  totals.clear();
  return out;
}
