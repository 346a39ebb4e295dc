import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/db";
import { seedBuiltIns } from "@/db/seed/built-ins";
import { escalationLog, escalationSteps, serviceRequests } from "@/db/schema";
import { createUser, truncateAll } from "@/db/testing/fixtures";
import type { Actor } from "@/lib/policy";
import { answerSurvey } from "@/lib/surveys/answer";
import { surveyAccount, surveyInvitation } from "@/lib/surveys/testing";
import { getAccount } from "./accounts";
import { serviceReportAnswers, serviceReportRequests } from "./service-report";

let director: Actor, mine: Actor, other: Actor;
let accountId: string;
// The fourth quarter in Asia/Shanghai: 2026-09-30T16:00Z is 1 October, 00:00 local.
const q4 = { from: "2026-10-01", to: "2026-12-31" };

beforeAll(async () => {
  await truncateAll();
  await seedBuiltIns(db);
  [director, mine, other] = [
    await createUser("director"),
    await createUser("manager"),
    await createUser("manager"),
  ];
  const account = await surveyAccount(mine.id);
  accountId = account.accountId;
  const request = (subject: string, receivedAt: string) => ({
    accountId,
    subject,
    receivedAt: new Date(receivedAt),
    channel: "phone" as const,
    type: "complaint" as const,
    slaFirstResponseHours: 4,
    slaResolutionHours: 16,
    firstResponseDueAt: new Date(new Date(receivedAt).getTime() + 4 * 3600_000),
  });
  const rows = await db
    .insert(serviceRequests)
    .values([
      request("九月最后一单", "2026-09-30T15:59:59Z"),
      request("十月第一单", "2026-09-30T16:00:00Z"),
      request("涂层起泡投诉", "2026-11-10T02:00:00Z"),
      request("明年的单", "2026-12-31T16:00:00Z"),
    ])
    .returning();
  const [step] = await db.select().from(escalationSteps).orderBy(escalationSteps.position);
  await db.insert(escalationLog).values({
    requestId: rows[2]!.id,
    accountId,
    stepId: step!.id,
    target: step!.target,
    clock: step!.clock,
    firedAt: new Date("2026-11-11T02:00:00Z"),
    usedSeconds: 3600,
  });
  const answered = new Date("2026-11-20T02:00:00Z");
  const { token } = await surveyInvitation(account, answered);
  await answerSurvey(token, { csat: "5", nps: "10" }, answered);
});

describe("service report queries", () => {
  test("the account's manager gets the period's requests in local days, oldest first, with escalations", async () => {
    const rows = await serviceReportRequests({ actor: mine, accountId, period: q4 });
    expect(rows.map((r) => [r.subject, r.escalations])).toEqual([
      ["十月第一单", 0],
      ["涂层起泡投诉", 1],
    ]);
    const answers = await serviceReportAnswers({ actor: mine, accountId, period: q4 });
    expect(answers.map((a) => [a.contactName, a.csat, a.nps])).toEqual([["刘建国", 5, 10]]);
  });

  test("a director sees the same report", async () => {
    const rows = await serviceReportRequests({ actor: director, accountId, period: q4 });
    expect(rows).toHaveLength(2);
  });

  test("another manager gets nothing, and the account itself is not found (the page's 404)", async () => {
    expect(await getAccount({ actor: other, id: accountId })).toBeNull();
    expect(await serviceReportRequests({ actor: other, accountId, period: q4 })).toEqual([]);
    expect(await serviceReportAnswers({ actor: other, accountId, period: q4 })).toEqual([]);
  });

  test("a period without requests or answers is empty", async () => {
    const period = { from: "2027-01-02", to: "2027-03-31" };
    expect(await serviceReportRequests({ actor: mine, accountId, period })).toEqual([]);
    expect(await serviceReportAnswers({ actor: mine, accountId, period })).toEqual([]);
  });
});
