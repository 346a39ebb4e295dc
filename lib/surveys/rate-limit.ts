import "server-only";
import { RateLimiterDrizzle, RateLimiterRes } from "rate-limiter-flexible";
import { db } from "@/db";
import { signInAttempts } from "@/db/schema";

/**
 * The public survey answer is limited per client address (the last X-Forwarded-For
 * hop, as for sign-in): 30 answers in 10 minutes, then 10 minutes of refusals. Counts
 * live in PostgreSQL (the sign-in throttle's store, key `survey:<address>`), so they
 * hold across instances. Page views are limited in memory instead (view-limit.ts).
 */
export const SURVEY_RATE = { points: 30, windowSeconds: 600, blockSeconds: 600 } as const;

const answers = new RateLimiterDrizzle({
  storeClient: db,
  schema: signInAttempts,
  keyPrefix: "survey",
  points: SURVEY_RATE.points,
  duration: SURVEY_RATE.windowSeconds,
  blockDuration: SURVEY_RATE.blockSeconds,
});

/** Counts one answer from `address`; false when it is over the limit. */
export async function takeSurveyRequest(address: string): Promise<boolean> {
  try {
    await answers.consume(address);
    return true;
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return false;
    throw rejection;
  }
}

/** Forgets an address's count (tests). */
export const resetSurveyRate = (address: string) => answers.delete(address);
