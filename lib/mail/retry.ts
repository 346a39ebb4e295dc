import type { MailStatus } from "@/db/schema";

/*
 * When an outbox mail is (re)sent: the rules of the outbox-retry job (lib/mail/resend.ts).
 * Plain functions of the row and a clock.
 */

/** Tries in all (the first send included); after the last failure the mail is failed for good. */
export const MAX_MAIL_ATTEMPTS = 5;

/** A fresh mail is being sent by sendMail(): the job leaves it alone this long. */
export const SEND_LEASE_MS = 15 * 60_000;

/**
 * A mail never tried (written while SMTP was off) and older than this is not sent by the
 * job once SMTP is on, but marked `expired` ("not sent: too old"): a day-old reminder or a
 * survey link whose time has passed would only confuse its reader.
 */
export const MAX_UNSENT_AGE_MS = 24 * 60 * 60_000;

const BASE_DELAY_MS = 5 * 60_000;

/** The wait after the `attempts`-th failed try: 5 min, 20 min, 80 min, 320 min… */
export function retryDelayMs(attempts: number): number {
  return BASE_DELAY_MS * 4 ** Math.max(0, attempts - 1);
}

/** `next_attempt_at` after a failed try that made `attempts` tries in all; null: failed for good. */
export function nextAttemptAfterFailure(attempts: number, now: Date): Date | null {
  if (attempts >= MAX_MAIL_ATTEMPTS) return null;
  return new Date(now.getTime() + retryDelayMs(attempts));
}

type OutboxRow = { status: MailStatus; attempts: number; nextAttemptAt: Date | null };

/** What the admin outbox shows for a mail. */
export type MailState = "sent" | "unsent" | "expired" | "retrying" | "failedForGood";

export function mailState(row: OutboxRow): MailState {
  if (row.status === "sent" || row.status === "unsent" || row.status === "expired") {
    return row.status;
  }
  return row.attempts >= MAX_MAIL_ATTEMPTS ? "failedForGood" : "retrying";
}
