import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, test } from "vitest";
import { db } from "@/db";
import { seedSurveyDefaults } from "@/db/seed/built-ins";
import { listAtRiskAccounts } from "@/db/queries/churn";
import { accountHealth, accounts, activities, churnCases, surveyAnswers, tasks } from "@/db/schema";
import { createUser, truncateAll } from "@/db/testing/fixtures";
import type { Actor } from "@/lib/policy";
import type { Stage } from "@/lib/stages/stages";
import { surveyAccount, surveyInvitation } from "@/lib/surveys/testing";
import { refreshAccountHealth } from "./account-health";

const now = new Date("2026-12-03T02:40:00+08:00");
const DAY = 86_400_000;
const ago = (days: number) => new Date(now.getTime() - days * DAY);
let serial = 0;

async function account(ownerId: string, name: string, stage: Stage = "execution") {
  const [row] = await db
    .insert(accounts)
    .values({ code: `n0101${++serial}`, name, ownerId, stage, createdAt: ago(100) })
    .returning();
  return row!.id;
}
const overdueTask = (accountId: string) =>
  db.insert(tasks).values({
    kind: "return_visit",
    accountId,
    windowStart: ago(20),
    windowEndsOn: "2026-11-20",
    dueDate: "2026-11-20",
  });
const unhappyVisit = (accountId: string) =>
  db.insert(tasks).values({
    kind: "return_visit",
    accountId,
    windowStart: ago(30),
    windowEndsOn: "2026-11-10",
    dueDate: "2026-11-10",
    status: "done",
    satisfaction: 1,
    completedAt: ago(25),
  });

/** A satisfaction survey answered `at` by a new account's contact. */
async function surveyed(
  ownerId: string,
  name: string,
  scores: { csat: number; nps: number },
  at: Date,
) {
  const account = await surveyAccount(ownerId, name);
  const { invitation } = await surveyInvitation(account, at);
  await db.insert(surveyAnswers).values({
    invitationId: invitation.id,
    accountId: account.accountId,
    contactId: account.contactId,
    templateId: invitation.templateId,
    ownerId,
    quarter: invitation.quarter,
    ...scores,
    answeredAt: at,
  });
  return account.accountId;
}

beforeEach(truncateAll);

describe("account health job and the at-risk lists", () => {
  test("scores open accounts from their signals and lists the at-risk ones by visibility", async () => {
    const [mine, theirs, director] = await Promise.all([
      createUser("manager"),
      createUser("manager"),
      createUser("director"),
    ]);
    // Idle 100 days, an overdue return visit, satisfaction 1: 100 − 30 − 20 − 25 = 25.
    const risky = await account(mine.id, "甲公司");
    await overdueTask(risky);
    await unhappyVisit(risky);
    // Idle only: 70, watch.
    const idle = await account(mine.id, "乙公司");
    // Active yesterday: healthy, but a person flagged it at risk.
    const flagged = await account(theirs.id, "丙公司");
    await db.insert(activities).values({
      accountId: flagged,
      type: "call",
      occurredAt: ago(1),
      subject: "电话",
    });
    await db
      .insert(churnCases)
      .values({ accountId: flagged, status: "at_risk", evidence: "询价竞品" });
    const otherRisky = await account(theirs.id, "丁公司");
    await overdueTask(otherRisky);
    await unhappyVisit(otherRisky);
    // Churned accounts have no health row.
    const gone = await account(theirs.id, "戊公司", "churned");

    expect(await refreshAccountHealth(now)).toEqual({ accounts: 4, atRisk: 2 });
    const rows = await db.select().from(accountHealth);
    const byId = new Map(rows.map((r) => [r.accountId, r]));
    expect(byId.get(risky)).toMatchObject({ score: 25, level: "at_risk" });
    expect(byId.get(risky)!.signals.map((s) => s.code)).toEqual([
      "noActivity",
      "overdueReturnVisits",
      "lowSatisfaction",
    ]);
    expect(byId.get(idle)).toMatchObject({ score: 70, level: "watch" });
    expect(byId.get(flagged)).toMatchObject({ score: 100, level: "healthy" });
    expect(byId.has(gone)).toBe(false);

    const names = async (actor: Actor, ownerId?: string) =>
      (await listAtRiskAccounts({ actor, ownerId })).map((r) => r.name);
    expect(await names(mine)).toEqual(["甲公司"]);
    expect((await names(theirs)).sort()).toEqual(["丁公司", "丙公司"]);
    expect(await names(director)).toHaveLength(3);
    expect((await names(director, theirs.id)).sort()).toEqual(["丁公司", "丙公司"]);
    // A manager's owner filter cannot widen what they see.
    expect(await names(mine, theirs.id)).toEqual([]);

    // An account that closes drops out at the next run.
    await db.update(accounts).set({ stage: "churned" }).where(eq(accounts.id, risky));
    expect(await refreshAccountHealth(new Date(now.getTime() + DAY))).toMatchObject({
      accounts: 3,
    });
    expect(await names(mine)).toEqual([]);
  });

  test("low satisfaction counts survey answers of the last 180 days, CSAT and recommendation", async () => {
    const manager = await createUser("manager");
    await seedSurveyDefaults(db);
    const unhappy = await surveyed(manager.id, "己公司", { csat: 1, nps: 9 }, ago(10));
    const detractor = await surveyed(manager.id, "庚公司", { csat: 4, nps: 3 }, ago(10));
    const happy = await surveyed(manager.id, "辛公司", { csat: 5, nps: 10 }, ago(10));
    const longAgo = await surveyed(manager.id, "壬公司", { csat: 1, nps: 0 }, ago(181));
    await db.update(accounts).set({ createdAt: ago(5) });

    await refreshAccountHealth(now);
    const rows = await db.select().from(accountHealth);
    const signals = (id: string) => rows.find((r) => r.accountId === id)?.signals;
    expect(signals(unhappy)).toEqual([
      { code: "lowSatisfaction", weight: 25, params: { average: 1, answers: 1 } },
    ]);
    expect(signals(detractor)).toEqual([
      {
        code: "lowSatisfaction",
        weight: 25,
        params: { nps: 3, surveys: 1 },
        reason: "lowRecommendation",
      },
    ]);
    expect(signals(happy)).toEqual([]);
    expect(signals(longAgo)).toEqual([]);
  });

  test("pages by score then id", async () => {
    const manager = await createUser("manager");
    for (let i = 0; i < 3; i++) {
      const id = await account(manager.id, `客户${i}`);
      await overdueTask(id);
      await unhappyVisit(id);
    }
    await refreshAccountHealth(now);
    const first = await listAtRiskAccounts({ actor: manager, limit: 2 });
    const last = first.at(-1)!;
    const rest = await listAtRiskAccounts({
      actor: manager,
      after: { score: last.score, id: last.id },
    });
    expect(first).toHaveLength(2);
    expect(rest).toHaveLength(1);
    expect(new Set([...first, ...rest].map((r) => r.id)).size).toBe(3);
  });
});
