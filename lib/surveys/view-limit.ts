import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";

/**
 * Views of the public survey page are limited in this process's memory (a page never
 * writes to the database), per client address AND link: 60 views of one link from one
 * address in 10 minutes, then 10 minutes of the "too many tries" page. So one link
 * cannot be hammered, while colleagues behind one office address each have their own
 * budget. The answer keeps its database-backed limit per address (rate-limit.ts).
 */
export const SURVEY_VIEW_RATE = { points: 60, windowSeconds: 600, blockSeconds: 600 } as const;

const views = new RateLimiterMemory({
  keyPrefix: "survey-view",
  points: SURVEY_VIEW_RATE.points,
  duration: SURVEY_VIEW_RATE.windowSeconds,
  blockDuration: SURVEY_VIEW_RATE.blockSeconds,
});

/** Counts one view of the link `token` from `address`; false when it is over the limit. */
export async function takeSurveyView(address: string, token: string): Promise<boolean> {
  try {
    await views.consume(`${address} ${token}`);
    return true;
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return false;
    throw rejection;
  }
}
