import "server-only";
import { and, asc, count, eq, inArray, lt, lte } from "drizzle-orm";
import { db } from "@/db";
import { outbox } from "@/db/schema";
import type { JobContext, JobDefinition } from "@/lib/jobs/registry";
import { MAX_MAIL_ATTEMPTS, MAX_UNSENT_AGE_MS } from "./retry";
import { deliver, smtpTransport, type MailTransport } from "./send";

/** Mails one run sends at most; the rest wait for the next run. */
export const RESEND_BATCH = 100;

// A range on `outbox_due_idx` (partial on unsent/failed rows): a waiting mail always has
// `next_attempt_at` set, so nothing else needs to be scanned.
const due = (now: Date) =>
  and(
    inArray(outbox.status, ["unsent", "failed"]),
    lte(outbox.nextAttemptAt, now),
    lt(outbox.attempts, MAX_MAIL_ATTEMPTS),
  );

/**
 * Marks `expired` the mails never tried and written more than MAX_UNSENT_AGE_MS before
 * `now`. A never-tried mail is due no earlier than it was written, so the same index range
 * finds them.
 */
async function expireTooOld(now: Date): Promise<void> {
  const cutoff = new Date(now.getTime() - MAX_UNSENT_AGE_MS);
  await db
    .update(outbox)
    .set({ status: "expired", nextAttemptAt: null })
    .where(
      and(
        inArray(outbox.status, ["unsent", "failed"]),
        lt(outbox.nextAttemptAt, cutoff),
        eq(outbox.attempts, 0),
        lt(outbox.createdAt, cutoff),
      ),
    );
}

/**
 * Sends the outbox mails that are due at `now` (never sent, or failed and past their
 * backoff), earliest due first, one transaction each. Each row is locked while it is sent and
 * rows another run holds are skipped (`for update skip locked`), so two workers running
 * this at once do not both send a mail. Delivery is at least once, not exactly once: a
 * mail sent whose `sent` mark then fails to commit is sent again. Mails never tried and
 * older than MAX_UNSENT_AGE_MS are marked `expired` instead of sent. Without SMTP nothing
 * is touched.
 */
export async function resendOutbox(
  now: Date,
  smtp: MailTransport | null,
  batch = RESEND_BATCH,
): Promise<{ sent: number; failed: number; waiting: number }> {
  const waiting = async () => (await db.select({ n: count() }).from(outbox).where(due(now)))[0]!.n;
  if (!smtp) return { sent: 0, failed: 0, waiting: await waiting() };
  await expireTooOld(now);
  const result = { sent: 0, failed: 0 };
  for (let i = 0; i < batch; i++) {
    const outcome = await db.transaction(async (tx) => {
      const [mail] = await tx
        .select({
          id: outbox.id,
          to: outbox.to,
          subject: outbox.subject,
          text: outbox.text,
          attempts: outbox.attempts,
        })
        .from(outbox)
        .where(due(now))
        .orderBy(asc(outbox.nextAttemptAt), asc(outbox.id))
        .limit(1)
        .for("update", { skipLocked: true });
      return mail ? (await deliver(tx, mail, smtp, now)).status : null;
    });
    if (!outcome) break;
    result[outcome]++;
  }
  return { ...result, waiting: await waiting() };
}

export const outboxRetryJob: JobDefinition<Record<string, never>> = {
  name: "outbox-retry",
  cron: "*/5 * * * *",
  run: async (_data, { now }: JobContext) => resendOutbox(now, await smtpTransport()),
};
