import { describe, expect, test } from "vitest";
import { MAX_MAIL_ATTEMPTS, mailState, nextAttemptAfterFailure, retryDelayMs } from "./retry";

const now = new Date("2026-12-03T10:00:00Z");
const MIN = 60_000;

describe("outbox retry rules", () => {
  test("the wait grows fourfold from five minutes", () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n) / MIN)).toEqual([5, 20, 80, 320]);
  });

  test("after the last allowed try there is no next attempt", () => {
    expect(nextAttemptAfterFailure(1, now)).toEqual(new Date(now.getTime() + 5 * MIN));
    expect(nextAttemptAfterFailure(MAX_MAIL_ATTEMPTS - 1, now)).toEqual(
      new Date(now.getTime() + 320 * MIN),
    );
    expect(nextAttemptAfterFailure(MAX_MAIL_ATTEMPTS, now)).toBeNull();
  });

  test("a failed mail is retrying until its tries are used up, then failed for good", () => {
    const failed = { status: "failed" as const, nextAttemptAt: null };
    expect(mailState({ ...failed, attempts: MAX_MAIL_ATTEMPTS - 1 })).toBe("retrying");
    expect(mailState({ ...failed, attempts: MAX_MAIL_ATTEMPTS })).toBe("failedForGood");
    expect(mailState({ status: "unsent", attempts: 0, nextAttemptAt: null })).toBe("unsent");
    expect(mailState({ status: "sent", attempts: 1, nextAttemptAt: null })).toBe("sent");
    expect(mailState({ status: "expired", attempts: 0, nextAttemptAt: null })).toBe("expired");
  });
});
