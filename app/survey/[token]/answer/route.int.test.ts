import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, test } from "vitest";
import { db } from "@/db";
import { findPublicSurvey } from "@/db/queries/surveys";
import {
  auditLog,
  notifications,
  serviceRequests,
  signInAttempts,
  surveyAnswers,
  surveyInvitations,
} from "@/db/schema";
import { seedBuiltIns } from "@/db/seed/built-ins";
import { createUser, truncateAll } from "@/db/testing/fixtures";
import { SURVEY_RATE } from "@/lib/surveys/rate-limit";
import { surveyAccount, surveyInvitation } from "@/lib/surveys/testing";
import { POST } from "./route";

const DAY = 86_400_000;
let owner: Awaited<ReturnType<typeof createUser>>;
let address = 0;

function post(token: string, fields: Record<string, string>, from = `198.51.100.${++address}`) {
  const body = new URLSearchParams(fields).toString();
  const request = new Request(`http://localhost/survey/${token}/answer`, {
    method: "POST",
    // A browser's form post says its length.
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      "content-length": String(Buffer.byteLength(body)),
      "x-forwarded-for": from,
    },
    body,
  });
  return POST(request, { params: Promise.resolve({ token }) });
}
const location = (response: Response) => [response.status, response.headers.get("location")];

beforeEach(async () => {
  await truncateAll();
  await seedBuiltIns(db);
  owner = await createUser("manager");
});

describe("the public survey answer", () => {
  test("a passive answer is stored once, the link is then used up; no complaint", async () => {
    const account = await surveyAccount(owner.id);
    const { token, invitation } = await surveyInvitation(account, new Date(), "en");
    expect((await findPublicSurvey(token, new Date())).status).toBe("open");

    const first = await post(token, { csat: "4", nps: "8", comment: "Good", q_after_sales: "5" });
    expect(location(first)).toEqual([303, "/survey/thanks?lang=en"]);
    const [answer] = await db.select().from(surveyAnswers);
    expect(answer).toMatchObject({
      invitationId: invitation.id,
      accountId: account.accountId,
      ownerId: owner.id,
      csat: 4,
      nps: 8,
      comment: "Good",
      extra: { after_sales: 5 },
      serviceRequestId: null,
    });
    expect(await db.select().from(serviceRequests)).toHaveLength(0);

    // Reused: the same "not valid or used" page, and nothing more written.
    const again = await post(token, { csat: "1", nps: "0" });
    expect(location(again)).toEqual([303, "/survey/invalid"]);
    expect(await db.select().from(surveyAnswers)).toHaveLength(1);
    expect((await findPublicSurvey(token, new Date())).status).toBe("invalid");
  });

  test("expired and forged links are refused with the same page, writing nothing", async () => {
    const account = await surveyAccount(owner.id);
    const { token } = await surveyInvitation(account, new Date(Date.now() - 31 * DAY));
    expect(location(await post(token, { csat: "5", nps: "10" }))).toEqual([303, "/survey/invalid"]);
    expect((await findPublicSurvey(token, new Date())).status).toBe("invalid");

    const forged = `${token.slice(0, 42)}${token.endsWith("A") ? "B" : "A"}`;
    for (const bad of [forged, "not-a-token", "A".repeat(43)]) {
      expect(location(await post(bad, { csat: "5", nps: "10" }))).toEqual([303, "/survey/invalid"]);
      expect((await findPublicSurvey(bad, new Date())).status).toBe("invalid");
    }
    expect(await db.select().from(surveyAnswers)).toHaveLength(0);
    const [invitation] = await db.select().from(surveyInvitations);
    expect(invitation!.answeredAt).toBeNull();
  });

  test("a body without a length (chunked) is refused unread, the link still open", async () => {
    const account = await surveyAccount(owner.id);
    const { token } = await surveyInvitation(account, new Date());
    const chunked = new Request(`http://localhost/survey/${token}/answer`, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        "x-forwarded-for": "198.51.100.250",
      },
      body: new Blob(["csat=5&nps=10"]).stream(),
      duplex: "half",
    } as RequestInit);
    expect(chunked.headers.get("content-length")).toBeNull();
    const response = await POST(chunked, { params: Promise.resolve({ token }) });
    expect(location(response)).toEqual([303, "/survey/invalid"]);
    expect(await db.select().from(surveyAnswers)).toHaveLength(0);
    expect((await findPublicSurvey(token, new Date())).status).toBe("open");
  });

  test("missing or out-of-range scores go back to the form, the link still open", async () => {
    const account = await surveyAccount(owner.id);
    const { token } = await surveyInvitation(account, new Date());
    const cases: Record<string, string>[] = [
      { nps: "5" },
      { csat: "6", nps: "5" },
      { csat: "3", nps: "11" },
      { csat: "3", nps: "5", q_after_sales: "9" },
      { csat: "x", nps: "5" },
    ];
    for (const fields of cases) {
      expect(location(await post(token, fields))).toEqual([303, `/survey/${token}?error=missing`]);
    }
    expect(await db.select().from(surveyAnswers)).toHaveLength(0);
    expect((await findPublicSurvey(token, new Date())).status).toBe("open");
  });

  test("a detractor answer opens a high-priority complaint owned by the account's manager, with its SLA clock", async () => {
    const account = await surveyAccount(owner.id);
    const { token } = await surveyInvitation(account, new Date());
    expect(location(await post(token, { csat: "4", nps: "3", comment: "交货太慢" }))).toEqual([
      303,
      "/survey/thanks?lang=zh-CN",
    ]);
    const [request] = await db.select().from(serviceRequests);
    expect(request).toMatchObject({
      accountId: account.accountId,
      contactId: account.contactId,
      type: "complaint",
      priority: "high",
      channel: "web",
      status: "new",
      ownerId: owner.id,
      description: "交货太慢",
      // The link was sent in Chinese: the subject is in Chinese only.
      subject: "满意度调查不满意（NPS 3，CSAT 4）",
    });
    // Complaint × high from the seeded SLA policy, clock running from the answer.
    expect(request!.slaResolutionHours).toBeGreaterThan(0);
    expect(request!.slaRunningSince).toEqual(request!.receivedAt);
    expect(request!.nextEscalationAt).not.toBeNull();
    const [answer] = await db.select().from(surveyAnswers);
    expect(answer!.serviceRequestId).toBe(request!.id);
    const audit = await db.select().from(auditLog).where(eq(auditLog.entityId, request!.id));
    expect(audit.map((a) => [a.entity, a.action, a.actorId])).toEqual([
      ["serviceRequest", "create", null],
    ]);
    const bell = await db.select().from(notifications).where(eq(notifications.userId, owner.id));
    expect(bell.map((n) => [n.kind, n.link])).toEqual([
      ["surveyDetractor", `/service/${request!.id}`],
    ]);
  });

  test("CSAT ≤ 2 alone is a detractor answer too; an English link's complaint subject is English only", async () => {
    const account = await surveyAccount(owner.id);
    const { token } = await surveyInvitation(account, new Date(), "en");
    await post(token, { csat: "2", nps: "9" });
    expect(
      (await db.select({ subject: serviceRequests.subject }).from(serviceRequests)).map(
        (r) => r.subject,
      ),
    ).toEqual(["Detractor survey answer (NPS 9, CSAT 2)"]);
  });

  test("an address over the limit is refused before anything is read or written", async () => {
    const account = await surveyAccount(owner.id);
    const { token } = await surveyInvitation(account, new Date());
    const from = "203.0.113.77";
    for (let i = 0; i < SURVEY_RATE.points; i++) await post("A".repeat(43), { csat: "5" }, from);
    expect(location(await post(token, { csat: "5", nps: "10" }, from))).toEqual([
      303,
      "/survey/limited",
    ]);
    expect(await db.select().from(surveyAnswers)).toHaveLength(0);
    const [count] = await db
      .select()
      .from(signInAttempts)
      .where(eq(signInAttempts.key, `survey:${from}`));
    expect(count!.points).toBe(SURVEY_RATE.points + 1);
    // Another address still answers.
    expect(location(await post(token, { csat: "5", nps: "10" }))).toEqual([
      303,
      "/survey/thanks?lang=zh-CN",
    ]);
  });
});
