import { beforeEach, describe, expect, test, vi } from "vitest";
import { db } from "@/db";
import { outbox } from "@/db/schema";
import { truncateAll } from "@/db/testing/fixtures";
import { sendMail, sendMails } from "./send";

beforeEach(truncateAll);

const mail = { to: "li.huimin@example.com", subject: "回访提醒", text: "Return visit due" };

describe("sendMail", () => {
  test("without SMTP_URL the mail waits in the outbox, unsent", async () => {
    expect(process.env.SMTP_URL).toBeUndefined();
    const result = await sendMail(mail);
    expect(result.status).toBe("unsent");
    const rows = await db.select().from(outbox);
    expect(rows).toEqual([
      expect.objectContaining({ ...mail, id: result.id, status: "unsent", attempts: 0 }),
    ]);
  });

  test("with a transport the mail is sent from MAIL_FROM and the row marked sent", async () => {
    const sent = vi.fn(async () => ({}));
    const result = await sendMail(mail, { sendMail: sent } as never);
    expect(sent).toHaveBeenCalledWith({ from: "PCRM <no-reply@pcrm.example>", ...mail });
    const [row] = await db.select().from(outbox);
    expect(row).toMatchObject({ id: result.id, status: "sent", attempts: 1, error: null });
    expect(row!.sentAt).toBeInstanceOf(Date);
  });

  test("an SMTP failure is kept on the row, not thrown", async () => {
    const refused = async () => {
      throw new Error("535 Authentication failed");
    };
    const result = await sendMail(mail, { sendMail: refused } as never);
    expect(result.status).toBe("failed");
    const [row] = await db.select().from(outbox);
    expect(row).toMatchObject({
      status: "failed",
      error: "535 Authentication failed",
      sentAt: null,
    });
  });
});

describe("sendMails", () => {
  const mails = ["a", "b", "c"].map((n) => ({ ...mail, to: `${n}@example.com` }));

  test("without SMTP the batch waits in the outbox, one row per mail, results in order", async () => {
    const results = await sendMails(mails, null);
    expect(results.map((r) => r.status)).toEqual(["unsent", "unsent", "unsent"]);
    const rows = await db.select().from(outbox);
    expect(rows.map((r) => [r.id, r.to]).sort()).toEqual(
      results.map((r, i) => [r.id, mails[i]!.to]).sort(),
    );
  });

  test("with a transport each mail is sent once and its own row marked (a failure only its own)", async () => {
    const sent = vi.fn(async (m: { to: string }) => {
      if (m.to === "b@example.com") throw new Error("550 No such user");
      return {};
    });
    const results = await sendMails(mails, { sendMail: sent } as never);
    expect(sent).toHaveBeenCalledTimes(3);
    expect(results.map((r) => r.status)).toEqual(["sent", "failed", "sent"]);
    const rows = await db.select().from(outbox);
    const byTo = new Map(rows.map((r) => [r.to, r]));
    expect(byTo.get("b@example.com")).toMatchObject({
      status: "failed",
      error: "550 No such user",
    });
    expect(byTo.get("a@example.com")).toMatchObject({
      id: results[0]!.id,
      status: "sent",
      attempts: 1,
    });
  });
});
