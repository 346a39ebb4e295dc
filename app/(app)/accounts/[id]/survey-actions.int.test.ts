import { eq, sql } from "drizzle-orm";
import { beforeEach, describe, expect, test } from "vitest";
import { db } from "@/db";
import { auditLog, outbox, stakeholders, surveyInvitations } from "@/db/schema";
import { seedBuiltIns } from "@/db/seed/built-ins";
import { createUser, truncateAll } from "@/db/testing/fixtures";
import { signInAs } from "@/db/testing/session";
import { surveyAccount } from "@/lib/surveys/testing";
import { sendSurveyAction } from "./survey-actions";

type User = Awaited<ReturnType<typeof createUser>>;
let owner: User;
let other: User;
let director: User;
let executive: User;
let account: { accountId: string; contactId: string };

const send = (as: User, extra: Partial<{ contactId: string; locale: "en" | "zh-CN" }> = {}) => {
  signInAs(as.id);
  return sendSurveyAction({ ...account, locale: "zh-CN", ...extra });
};
const nothingWritten = async () => {
  expect(await db.select().from(surveyInvitations)).toHaveLength(0);
  expect(await db.select().from(outbox)).toHaveLength(0);
  expect(
    await db.select().from(auditLog).where(eq(auditLog.entity, "surveyInvitation")),
  ).toHaveLength(0);
};

beforeEach(async () => {
  await truncateAll();
  await seedBuiltIns(db);
  signInAs(null);
  [owner, other, director, executive] = await Promise.all([
    createUser("manager"),
    createUser("manager"),
    createUser("director"),
    createUser("executive"),
  ]);
  account = await surveyAccount(owner.id);
});

describe("sending a survey by hand", () => {
  test("the account's manager sends one: a link for the contact this quarter, mailed through the outbox, audited", async () => {
    const result = await send(owner, { locale: "en" });
    expect(result).toMatchObject({ ok: true, data: { mailed: true } });
    const [invitation] = await db.select().from(surveyInvitations);
    expect(invitation).toMatchObject({
      contactId: account.contactId,
      source: "manual",
      sentById: owner.id,
      locale: "en",
      answeredAt: null,
    });
    const [mail] = await db.select().from(outbox);
    expect(mail!.subject).toBe("Customer satisfaction survey");
    expect(mail!.text).toMatch(/\/survey\/[A-Za-z0-9_-]{43}/);
    const [audit] = await db.select().from(auditLog).where(eq(auditLog.entity, "surveyInvitation"));
    expect(audit).toMatchObject({
      action: "send",
      actorId: owner.id,
      accountId: account.accountId,
    });
  });

  test("a director may send too; a second link in the same quarter is refused beside the contact", async () => {
    expect((await send(director)).ok).toBe(true);
    const again = await send(owner);
    expect(again).toMatchObject({
      ok: false,
      error: "validation",
      fieldErrors: { contactId: ["quietPeriod"] },
    });
    expect(await db.select().from(surveyInvitations)).toHaveLength(1);
    expect(await db.select().from(outbox)).toHaveLength(1);
  });

  test("a contact without e-mail gets a link (for the QR code) and no mail", async () => {
    await db.update(stakeholders).set({ email: "" }).where(eq(stakeholders.id, account.contactId));
    expect(await send(owner)).toMatchObject({ ok: true, data: { mailed: false } });
    expect(await db.select().from(outbox)).toHaveLength(0);
  });

  test("when the transaction fails after the link is written (here at commit), no link and no mail exist", async () => {
    // A deferred trigger fails the commit itself: after the action's work, sendMail included.
    await db.execute(sql`
      create function pcrm_test_fail_commit() returns trigger language plpgsql as
        $$ begin raise exception 'commit refused (test)'; end $$;
      create constraint trigger pcrm_test_fail_commit after insert on survey_invitations
        deferrable initially deferred for each row execute function pcrm_test_fail_commit();
    `);
    try {
      await expect(send(owner, { locale: "en" })).rejects.toThrow(/commit refused/);
      await nothingWritten();
    } finally {
      await db.execute(sql`
        drop trigger pcrm_test_fail_commit on survey_invitations;
        drop function pcrm_test_fail_commit();
      `);
    }
  });

  test("another manager gets not found, an executive forbidden, a signed-out caller unauthenticated; nothing written", async () => {
    expect(await send(other)).toMatchObject({ ok: false, error: "not_found" });
    expect(await send(executive)).toMatchObject({ ok: false, error: "forbidden" });
    signInAs(null);
    expect(await sendSurveyAction({ ...account, locale: "zh-CN" })).toMatchObject({
      ok: false,
      error: "unauthenticated",
    });
    await nothingWritten();
  });

  test("a contact of another account, or one of our side, is refused beside the contact", async () => {
    const elsewhere = await surveyAccount(owner.id, "别的客户");
    const [ours] = await db
      .insert(stakeholders)
      .values({
        accountId: account.accountId,
        side: "ours",
        name: "我方",
        decisionRole: "salesperson",
      })
      .returning();
    for (const contactId of [elsewhere.contactId, ours!.id]) {
      expect(await send(owner, { contactId })).toMatchObject({
        ok: false,
        fieldErrors: { contactId: ["contactNotOnAccount"] },
      });
    }
    await nothingWritten();
  });
});
