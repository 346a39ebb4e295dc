import "server-only";
import { and, asc, count, inArray, lt, sql } from "drizzle-orm";
import { db } from "@/db";
import { outbox } from "@/db/schema";
import type { JobContext, JobDefinition } from "@/lib/jobs/registry";
import { MAX_MAIL_ATTEMPTS } from "./retry";
import { deliver, smtpTransport, type MailTransport } from "./send";

/** Mails one run sends at most; the rest wait for the next run. */
export const RESEND_BATCH = 100;

const due = (now: Date) =>
  and(
    inArray(outbox.status, ["unsent", "failed"]),
    lt(outbox.attempts, MAX_MAIL_ATTEMPTS),
    sql`coalesce(${outbox.nextAttemptAt}, ${outbox.createdAt}) <= ${now.toISOString()}::timestamptz`,
  );

/**
 * Sends the outbox mails that are due at `now` (never sent, or failed and past their
 * backoff), oldest first, one transaction each. Each row is locked while it is sent and
 * rows another run holds are skipped (`for update skip locked`), so two workers running
 * this at once send every mail exactly once. Without SMTP nothing is touched.
 */
export async function resendOutbox(
  now: Date,
  smtp: MailTransport | null,
  batch = RESEND_BATCH,
): Promise<{ sent: number; failed: number; waiting: number }> {
  const waiting = async () => (await db.select({ n: count() }).from(outbox).where(due(now)))[0]!.n;
  if (!smtp) return { sent: 0, failed: 0, waiting: await waiting() };
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
        .orderBy(asc(outbox.createdAt), asc(outbox.id))
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
