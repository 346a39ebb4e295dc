import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Transporter } from "nodemailer";
import { db } from "@/db";
import { outbox, type MailStatus } from "@/db/schema";
import { env } from "@/lib/env";

export type Mail = { to: string; subject: string; text: string };
export type MailTransport = Pick<Transporter, "sendMail">;

const globalForMail = globalThis as unknown as { pcrmMailTransport?: MailTransport };

/** The SMTP transport for SMTP_URL, or null without one (mails then stay in the outbox). */
async function smtpTransport(): Promise<MailTransport | null> {
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
 * Never throws for a delivery failure: the caller reads the status.
 */
export async function sendMail(
  mail: Mail,
  transport: MailTransport | null | undefined = undefined,
): Promise<{ id: string; status: MailStatus }> {
  const [row] = await db
    .insert(outbox)
    .values({ to: mail.to, subject: mail.subject, text: mail.text })
    .returning({ id: outbox.id });
  const id = row!.id;
  const smtp = transport === undefined ? await smtpTransport() : transport;
  if (!smtp) return { id, status: "unsent" };
  return deliver(id, mail, smtp);
}

async function deliver(id: string, mail: Mail, smtp: MailTransport) {
  try {
    await smtp.sendMail({ from: env.MAIL_FROM, ...mail });
    await db
      .update(outbox)
      .set({
        status: "sent",
        sentAt: new Date(),
        error: null,
        attempts: sql`${outbox.attempts} + 1`,
      })
      .where(eq(outbox.id, id));
    return { id, status: "sent" as const };
  } catch (error) {
    await db
      .update(outbox)
      .set({
        status: "failed",
        error: error instanceof Error ? error.message : String(error),
        attempts: sql`${outbox.attempts} + 1`,
      })
      .where(eq(outbox.id, id));
    return { id, status: "failed" as const };
  }
}
