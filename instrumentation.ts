/**
 * Runs once when a Next.js server process starts (dev and start). Starts the
 * background-job worker in that process: `npm run dev` and `npm start` need no
 * second command, and every app instance works jobs (pg-boss coordinates them).
 * `PCRM_JOBS=0` leaves an instance out; `next build` never starts it.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build" || process.env.PCRM_JOBS === "0") return;
  const { startJobWorker } = await import("@/lib/jobs/worker");
  try {
    await startJobWorker();
  } catch (error) {
    // The app still serves pages; failed or missing jobs show at /admin/jobs.
    console.error("PCRM jobs: the worker did not start", error);
  }
}
