import "server-only";
import { randomUUID } from "node:crypto";
import { and, eq, ne } from "drizzle-orm";
import type { Transporter } from "nodemailer";
import { db, type Db, type Tx } from "@/db";
import { outbox, type MailStatus } from "@/db/schema";
import { env } from "@/lib/env";
import { nextAttemptAfterFailure, SEND_LEASE_MS } from "./retry";

export type Mail = { to: string; subject: string; text: string };
export type MailTransport = Pick<Transporter, "sendMail">;

const globalForMail = globalThis as unknown as { pcrmMailTransport?: MailTransport };

/** The SMTP transport for SMTP_URL, or null without one (mails then stay in the outbox). */
export async function smtpTransport(): Promise<MailTransport | null> {
  if (!env.SMTP_URL) return null;
  if (!globalForMail.pcrmMailTransport) {
    const nodemailer = await import("nodemailer");
    globalForMail.pcrmMailTransport = nodemailer.createTransport(env.SMTP_URL);
  }
  return globalForMail.pcrmMailTransport;
}

/**
 * The one way the app sends mail. The outbox row is written first, always; with
 * SMTP configured the mail is then sent and the row marked `sent` or `failed`
 * (with the error), else it stays `unsent` for admins to read at /admin/outbox.
 * Mails left unsent or failed are sent again by the outbox-retry job (resend.ts).
 * Never throws for a delivery failure: the caller reads the status.
 */
export async function sendMail(
  mail: Mail,
  transport: MailTransport | null | undefined = undefined,
): Promise<{ id: string; status: MailStatus }> {
  return (await sendMails([mail], transport))[0]!;
}

/**
 * `sendMail` for many mails at once (a campaign's batch): their outbox rows in one
 * insert, then, with SMTP, each sent as `sendMail` sends it. Results in `mails`' order.
 */
export async function sendMails(
  mails: readonly Mail[],
  transport: MailTransport | null | undefined = undefined,
): Promise<{ id: string; status: MailStatus }[]> {
  if (mails.length === 0) return [];
  const smtp = transport === undefined ? await smtpTransport() : transport;
  const now = new Date();
  // With SMTP the retry job leaves the fresh row alone for a while (it is being sent now),
  // and takes it up after that if this process died before marking it; without SMTP the
  // mail is due at once (sent when SMTP is set, unless it is too old by then).
  const nextAttemptAt = smtp ? new Date(now.getTime() + SEND_LEASE_MS) : now;
  const ids = mails.map(() => randomUUID());
  await db.insert(outbox).values(
    mails.map((m, i) => ({
      id: ids[i]!,
      to: m.to,
      subject: m.subject,
      text: m.text,
      nextAttemptAt,
    })),
  );
  if (!smtp) return ids.map((id) => ({ id, status: "unsent" as const }));
  const results: { id: string; status: MailStatus }[] = [];
  for (const [i, id] of ids.entries()) {
    results.push(
      await db.transaction(async (tx) => {
        // Locked while it is sent: a retry job (skip locked) cannot send it a second time.
        const [open] = await tx
          .select({ attempts: outbox.attempts })
          .from(outbox)
          .where(and(eq(outbox.id, id), ne(outbox.status, "sent")))
          .for("update");
        if (!open) return { id, status: "sent" as const };
        return deliver(tx, { ...mails[i]!, id, attempts: open.attempts }, smtp, now);
      }),
    );
  }
  return results;
}

/** An outbox mail as deliver() needs it: `attempts` are the tries made before this one. */
export type OutboxMailToSend = Mail & { id: string; attempts: number };

/**
 * Sends one outbox mail whose row the caller holds locked in `tx`, and records the
 * outcome: sent, or failed with the error and when to try again (none after the last try).
 */
export async function deliver(
  tx: Tx | Db,
  mail: OutboxMailToSend,
  smtp: MailTransport,
  now: Date,
): Promise<{ id: string; status: "sent" | "failed" }> {
  const { id, to, subject, text } = mail;
  const attempts = mail.attempts + 1;
  try {
    await smtp.sendMail({ from: env.MAIL_FROM, to, subject, text });
  } catch (error) {
    await tx
      .update(outbox)
      .set({
        status: "failed",
        error: error instanceof Error ? error.message : String(error),
        attempts,
        nextAttemptAt: nextAttemptAfterFailure(attempts, now),
      })
      .where(eq(outbox.id, id));
    return { id, status: "failed" };
  }
  await tx
    .update(outbox)
    .set({ status: "sent", sentAt: now, error: null, attempts, nextAttemptAt: null })
    .where(eq(outbox.id, id));
  return { id, status: "sent" };
}
