import { asc, eq } from "drizzle-orm";
import { beforeEach, describe, expect, test } from "vitest";
import { db } from "@/db";
import { outbox } from "@/db/schema";
import { truncateAll } from "@/db/testing/fixtures";
import { JOBS } from "@/lib/jobs/registry";
import { outboxRetryJob, resendOutbox } from "./resend";
import { MAX_MAIL_ATTEMPTS, mailState, SEND_LEASE_MS } from "./retry";
import { sendMail, type MailTransport } from "./send";

beforeEach(truncateAll);

const MIN = 60_000;
const now = new Date("2026-12-03T10:00:00Z");
const at = (minutes: number) => new Date(now.getTime() + minutes * MIN);
const mail = (n: number) => ({ to: `m${n}@example.com`, subject: `回访提醒 ${n}`, text: "Due" });
/** A mail written `minutes` from `now` without SMTP: due from then on. */
const queued = (n: number, minutes: number) => ({
  ...mail(n),
  createdAt: at(minutes),
  nextAttemptAt: at(minutes),
});
const rows = () => db.select().from(outbox).orderBy(asc(outbox.to));

/** A transport that records what it sent; `fail` makes it refuse instead. */
function fakeSmtp(opts: { fail?: boolean; delayMs?: number } = {}) {
  const sent: string[] = [];
  const transport: MailTransport = {
    sendMail: (async (message: { to: string }) => {
      if (opts.delayMs) await new Promise((resolve) => setTimeout(resolve, opts.delayMs));
      if (opts.fail) throw new Error("421 Service not available");
      sent.push(message.to);
      return {};
    }) as never,
  };
  return { transport, sent };
}

describe("outbox-retry job", () => {
  test("is in the job registry, every 5 minutes", () => {
    expect(JOBS).toContain(outboxRetryJob);
    expect(outboxRetryJob.cron).toBe("*/5 * * * *");
  });

  test("without SMTP nothing is sent and nothing is lost; with it later, the waiting mails go", async () => {
    expect(process.env.SMTP_URL).toBeUndefined();
    await sendMail(mail(1));
    await sendMail(mail(2));
    const before = await rows();
    expect(await outboxRetryJob.run({}, { now: new Date() })).toEqual({
      sent: 0,
      failed: 0,
      waiting: 2,
    });
    expect(await rows()).toEqual(before);

    const smtp = fakeSmtp();
    expect(await resendOutbox(new Date(), smtp.transport)).toEqual({
      sent: 2,
      failed: 0,
      waiting: 0,
    });
    expect(smtp.sent.sort()).toEqual(["m1@example.com", "m2@example.com"]);
    expect((await rows()).map((r) => [r.status, r.attempts, r.nextAttemptAt])).toEqual([
      ["sent", 1, null],
      ["sent", 1, null],
    ]);
  });

  test("a failed mail is tried again after a growing wait, then failed for good", async () => {
    await db.insert(outbox).values(queued(1, -1));
    const down = fakeSmtp({ fail: true });
    expect(await resendOutbox(now, down.transport)).toMatchObject({ sent: 0, failed: 1 });
    let [row] = await rows();
    expect(row).toMatchObject({
      status: "failed",
      attempts: 1,
      error: "421 Service not available",
    });
    expect(row!.nextAttemptAt).toEqual(at(5));
    // Not due before its time.
    expect(await resendOutbox(at(4), down.transport)).toMatchObject({ failed: 0, waiting: 0 });
    let clock = now;
    for (let attempts = 2; attempts <= MAX_MAIL_ATTEMPTS; attempts++) {
      clock = (await rows())[0]!.nextAttemptAt!;
      expect(await resendOutbox(clock, down.transport)).toMatchObject({ failed: 1 });
    }
    [row] = await rows();
    expect(row).toMatchObject({
      status: "failed",
      attempts: MAX_MAIL_ATTEMPTS,
      nextAttemptAt: null,
    });
    // The fifth try came 5 + 20 + 80 + 320 minutes after the first.
    expect(clock).toEqual(at(5 + 20 + 80 + 320));
    // Failed for good: a working server a day later does not send it.
    const up = fakeSmtp();
    expect(await resendOutbox(at(24 * 60), up.transport)).toEqual({
      sent: 0,
      failed: 0,
      waiting: 0,
    });
    expect(up.sent).toEqual([]);
  });

  test("a failed mail that goes through on a retry is sent, its error cleared", async () => {
    await db.insert(outbox).values(queued(1, -1));
    await resendOutbox(now, fakeSmtp({ fail: true }).transport);
    const up = fakeSmtp();
    expect(await resendOutbox(at(5), up.transport)).toMatchObject({ sent: 1 });
    expect(up.sent).toEqual(["m1@example.com"]);
    expect((await rows())[0]).toMatchObject({
      status: "sent",
      attempts: 2,
      error: null,
      sentAt: at(5),
    });
  });

  test("a mail sendMail is sending is left alone until its lease runs out", async () => {
    const slow = fakeSmtp();
    // sendMail with SMTP: the row is written with a lease, then sent.
    await sendMail(mail(1), slow.transport);
    const [row] = await rows();
    expect(row).toMatchObject({ status: "sent", attempts: 1, nextAttemptAt: null });
    // A row whose sender died before marking it: not due inside the lease, due after it.
    const leased = new Date(Date.now() + SEND_LEASE_MS);
    await db.insert(outbox).values({ ...mail(2), nextAttemptAt: leased });
    const retry = fakeSmtp();
    expect(await resendOutbox(new Date(leased.getTime() - 1), retry.transport)).toMatchObject({
      sent: 0,
    });
    expect(await resendOutbox(leased, retry.transport)).toMatchObject({ sent: 1 });
    expect(slow.sent).toEqual(["m1@example.com"]);
    expect(retry.sent).toEqual(["m2@example.com"]);
  });

  test("two workers at once send every due mail exactly once", async () => {
    await db.insert(outbox).values(Array.from({ length: 12 }, (_, i) => queued(i, -10 + i / 10)));
    const a = fakeSmtp({ delayMs: 15 });
    const b = fakeSmtp({ delayMs: 15 });
    const [ra, rb] = await Promise.all([
      resendOutbox(now, a.transport),
      resendOutbox(now, b.transport),
    ]);
    expect(ra.sent + rb.sent).toBe(12);
    const all = [...a.sent, ...b.sent].sort();
    expect(all).toEqual([...new Set(all)]);
    expect(all).toHaveLength(12);
    expect((await rows()).every((r) => r.status === "sent" && r.attempts === 1)).toBe(true);
  });

  test("one run sends at most a batch; the rest wait for the next run", async () => {
    await db.insert(outbox).values([1, 2, 3].map((n) => queued(n, -n)));
    const smtp = fakeSmtp();
    expect(await resendOutbox(now, smtp.transport, 2)).toEqual({ sent: 2, failed: 0, waiting: 1 });
    // Oldest first.
    expect(smtp.sent).toEqual(["m3@example.com", "m2@example.com"]);
  });

  test("with SMTP switched on later, a fresh waiting mail goes, a never-tried 3-day-old one expires", async () => {
    const days = 24 * 60;
    await db.insert(outbox).values([queued(1, -3 * days), queued(2, -10)]);
    // SMTP off: the job touches nothing, both wait.
    expect(await resendOutbox(now, null)).toEqual({ sent: 0, failed: 0, waiting: 2 });
    expect((await rows()).map((r) => r.status)).toEqual(["unsent", "unsent"]);
    // SMTP on: only the fresh one is sent; the old one is marked too old, not sent.
    const smtp = fakeSmtp();
    expect(await resendOutbox(now, smtp.transport)).toEqual({ sent: 1, failed: 0, waiting: 0 });
    expect(smtp.sent).toEqual(["m2@example.com"]);
    const [old, fresh] = await rows();
    expect(old).toMatchObject({ status: "expired", attempts: 0, sentAt: null });
    expect(mailState(old!)).toBe("expired");
    expect(fresh).toMatchObject({ status: "sent", attempts: 1 });
    // And it stays unsent on later runs.
    expect(await resendOutbox(at(5), smtp.transport)).toMatchObject({ sent: 0, waiting: 0 });
    expect(smtp.sent).toEqual(["m2@example.com"]);
  });

  test("a failed mail older than the cut-off is still retried (only never-tried mails expire)", async () => {
    await db.insert(outbox).values(queued(1, -2 * 24 * 60));
    await db
      .update(outbox)
      .set({ status: "failed", attempts: 1, nextAttemptAt: at(-1) })
      .where(eq(outbox.to, "m1@example.com"));
    const smtp = fakeSmtp();
    expect(await resendOutbox(now, smtp.transport)).toMatchObject({ sent: 1 });
    expect(smtp.sent).toEqual(["m1@example.com"]);
  });
});
