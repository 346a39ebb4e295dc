import "server-only";
import { RateLimiterDrizzle, RateLimiterRes } from "rate-limiter-flexible";
import { db } from "@/db";
import { signInAttempts } from "@/db/schema";

/**
 * The public survey pages are limited per client address (the last X-Forwarded-For
 * hop, as for sign-in): the answer and, apart from it, the page view (a token guessed
 * by loading pages is a read per try), each 30 requests in 10 minutes, then 10
 * minutes of refusals. Counts live in PostgreSQL (the sign-in throttle's store, keys
 * `survey:<address>` and `survey-view:<address>`), so they hold across instances.
 */
export const SURVEY_RATE = { points: 30, windowSeconds: 600, blockSeconds: 600 } as const;

const limiterFor = (keyPrefix: string) =>
  new RateLimiterDrizzle({
    storeClient: db,
    schema: signInAttempts,
    keyPrefix,
    points: SURVEY_RATE.points,
    duration: SURVEY_RATE.windowSeconds,
    blockDuration: SURVEY_RATE.blockSeconds,
  });

const limiters = { answer: limiterFor("survey"), view: limiterFor("survey-view") };
export type SurveyRequestKind = keyof typeof limiters;

/** Counts one answer (or, `view`, one page view) from `address`; false when it is over the limit. */
export async function takeSurveyRequest(
  address: string,
  kind: SurveyRequestKind = "answer",
): Promise<boolean> {
  try {
    await limiters[kind].consume(address);
    return true;
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return false;
    throw rejection;
  }
}

/** Forgets an address's counts (tests). */
export const resetSurveyRate = (address: string) =>
  Promise.all([limiters.answer.delete(address), limiters.view.delete(address)]);
