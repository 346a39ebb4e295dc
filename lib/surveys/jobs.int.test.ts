import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, test } from "vitest";
import { db } from "@/db";
import {
  accounts,
  outbox,
  stakeholders,
  surveyCampaignSettings,
  surveyInvitations,
} from "@/db/schema";
import { seedBuiltIns } from "@/db/seed/built-ins";
import { createUser, truncateAll } from "@/db/testing/fixtures";
import { runSurveyCampaign, runSurveyReminders } from "./jobs";
import { jobOrigin } from "./links";
import { surveyAccount, surveyInvitation } from "./testing";

const DAY = 86_400_000;
// 1 Oct 2026 09:00 in Shanghai: the campaign's cron moment.
const QUARTER_START = new Date("2026-10-01T01:00:00Z");
let ownerId: string;

beforeEach(async () => {
  await truncateAll();
  await seedBuiltIns(db);
  ownerId = (await createUser("manager")).id;
});

describe("the quarterly campaign", () => {
  test("invites each live account's primary contact exactly once, even when two runs overlap", async () => {
    const live = await surveyAccount(ownerId, "活跃客户");
    const second = await surveyAccount(ownerId, "第二个客户");
    // Another customer contact of the first account: not the primary one, not surveyed.
    await db.insert(stakeholders).values({
      accountId: live.accountId,
      side: "customer",
      name: "王芳",
      decisionRole: "user",
      email: "wang@customer.example",
    });
    const dropped = await surveyAccount(ownerId, "已放弃客户");
    await db.update(accounts).set({ stage: "dropped" }).where(eq(accounts.id, dropped.accountId));
    const archived = await surveyAccount(ownerId, "已归档客户");
    await db
      .update(accounts)
      .set({ archivedAt: new Date() })
      .where(eq(accounts.id, archived.accountId));

    const [a, b] = await Promise.all([
      runSurveyCampaign(QUARTER_START),
      runSurveyCampaign(QUARTER_START),
    ]);
    expect(a.invited + b.invited).toBe(2);
    const again = await runSurveyCampaign(new Date(QUARTER_START.getTime() + 3 * DAY));
    expect(again).toMatchObject({ invited: 0, mailed: 0 });

    const rows = await db.select().from(surveyInvitations);
    expect(rows.map((r) => r.contactId).sort()).toEqual([live.contactId, second.contactId].sort());
    expect(rows.every((r) => r.quarter === "2026-Q4" && r.source === "campaign")).toBe(true);
    const mails = await db.select().from(outbox);
    expect(mails).toHaveLength(2);
    expect(mails[0]!.subject).toBe("顾客满意度调查");
    expect(mails[0]!.text).toMatch(/\/survey\/[A-Za-z0-9_-]{43}/);
  });

  test("the quiet period: a contact a manager surveyed this quarter is skipped; next quarter they are due", async () => {
    const account = await surveyAccount(ownerId);
    await surveyInvitation(account, new Date("2026-11-20T02:00:00Z"));
    expect((await runSurveyCampaign(new Date("2026-12-01T02:00:00Z"))).invited).toBe(0);
    expect((await runSurveyCampaign(new Date("2027-01-01T01:00:00Z"))).invited).toBe(1);
  });

  test("switched off by a director, it sends nothing; the audience setting is followed", async () => {
    const account = await surveyAccount(ownerId);
    await db.update(surveyCampaignSettings).set({ enabled: false });
    expect(await runSurveyCampaign(QUARTER_START)).toMatchObject({ skipped: true, invited: 0 });
    await db.insert(stakeholders).values({
      accountId: account.accountId,
      side: "customer",
      name: "王芳",
      decisionRole: "user",
    });
    await db.update(surveyCampaignSettings).set({ enabled: true, audience: "all_contacts" });
    expect(await runSurveyCampaign(QUARTER_START)).toMatchObject({ invited: 2, mailed: 1 });
  });
});

describe("reminders", () => {
  test("day 7 and day 14, once each however often the job runs; none once answered or expired", async () => {
    const account = await surveyAccount(ownerId);
    const { invitation } = await surveyInvitation(account, QUARTER_START);
    const at = (days: number) => new Date(QUARTER_START.getTime() + days * DAY);
    const countMails = async () => (await db.select().from(outbox)).length;
    expect((await runSurveyReminders(at(6))).reminded).toBe(0);
    const [r1, r2] = await Promise.all([runSurveyReminders(at(7)), runSurveyReminders(at(7))]);
    expect(r1.reminded + r2.reminded).toBe(1);
    expect((await runSurveyReminders(at(8))).reminded).toBe(0);
    expect((await runSurveyReminders(at(14))).reminded).toBe(1);
    expect((await runSurveyReminders(at(20))).reminded).toBe(0);
    expect(await countMails()).toBe(2);
    const [row] = await db
      .select()
      .from(surveyInvitations)
      .where(eq(surveyInvitations.id, invitation.id));
    expect(row!.remindersSent).toBe(2);

    const other = await surveyAccount(ownerId);
    await surveyInvitation(other, QUARTER_START);
    await db
      .update(surveyInvitations)
      .set({ answeredAt: at(1) })
      .where(eq(surveyInvitations.contactId, other.contactId));
    expect((await runSurveyReminders(at(7))).reminded).toBe(0);
    expect((await runSurveyReminders(at(31))).reminded).toBe(0);
  });
});

describe("the origin jobs mail links with", () => {
  test("in production without PCRM_PUBLIC_URL there is none (no dead localhost links to customers)", () => {
    expect(process.env.PCRM_PUBLIC_URL).toBeUndefined();
    expect(jobOrigin(true)).toBeNull();
    expect(jobOrigin(false)).toMatch(/^http:\/\/localhost:\d+$/);
  });
});
