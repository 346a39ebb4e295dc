import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, test } from "vitest";
import { db } from "@/db";
import {
  auditLog,
  surveyAnswers,
  surveyCampaignSettings,
  surveyInvitations,
  surveyTemplates,
} from "@/db/schema";
import { seedBuiltIns } from "@/db/seed/built-ins";
import { createUser, truncateAll } from "@/db/testing/fixtures";
import { signInAs } from "@/db/testing/session";
import { answerSurvey } from "@/lib/surveys/answer";
import { surveyAccount, surveyInvitation } from "@/lib/surveys/testing";
import type { SurveyTemplateInput } from "@/lib/validations/surveys";
import { saveSurveyCampaignAction, saveSurveyTemplateAction } from "./actions";

type User = Awaited<ReturnType<typeof createUser>>;
let admin: User;
let director: User;
let manager: User;
let executive: User;

const template = (
  basedOn: number,
  extra: Partial<SurveyTemplateInput> = {},
): SurveyTemplateInput => ({
  basedOn,
  titleZh: "顾客满意度调查表（新）",
  titleEn: "Customer satisfaction survey (new)",
  introZh: "",
  introEn: "",
  csatZh: "您是否满意？",
  csatEn: "How satisfied are you?",
  npsZh: "您是否愿意推荐我们？",
  npsEn: "Would you recommend us?",
  commentZh: "其他意见",
  commentEn: "Anything else?",
  questions: [
    { key: "delivery", kind: "scale", zh: "交货是否及时？", en: "Was delivery on time?" },
  ],
  ...extra,
});
const versions = async () =>
  (await db.select().from(surveyTemplates).orderBy(surveyTemplates.version)).map((t) => [
    t.version,
    t.isCurrent,
  ]);

beforeEach(async () => {
  await truncateAll();
  await seedBuiltIns(db);
  signInAs(null);
  [admin, director, manager, executive] = await Promise.all([
    createUser("admin"),
    createUser("director"),
    createUser("manager"),
    createUser("executive"),
  ]);
});

describe("editing the survey template", () => {
  test("a director's edit is a new current version; an answer to a link sent before keeps the old version", async () => {
    const account = await surveyAccount(manager.id);
    const { token, invitation } = await surveyInvitation(account, new Date());
    signInAs(director.id);
    expect(await saveSurveyTemplateAction(template(1))).toEqual({ ok: true, data: { version: 2 } });
    expect(await versions()).toEqual([
      [1, false],
      [2, true],
    ]);
    await answerSurvey(token, { csat: "5", nps: "10" }, new Date());
    const [answer] = await db.select().from(surveyAnswers);
    expect(answer!.templateId).toBe(invitation.templateId);
    const [audit] = await db.select().from(auditLog).where(eq(auditLog.entity, "surveyTemplate"));
    expect(audit).toMatchObject({ action: "newVersion", actorId: director.id });
    // An admin edits from version 2; an edit still based on version 1 is a conflict.
    signInAs(admin.id);
    expect((await saveSurveyTemplateAction(template(2))).ok).toBe(true);
    expect(await saveSurveyTemplateAction(template(2))).toMatchObject({
      ok: false,
      error: "conflict",
    });
    expect((await versions()).length).toBe(3);
  });

  test("a duplicate question key or a bad key is a field error", async () => {
    signInAs(director.id);
    const q = { key: "a", kind: "text" as const, zh: "甲", en: "A" };
    expect(await saveSurveyTemplateAction(template(1, { questions: [q, q] }))).toMatchObject({
      ok: false,
      fieldErrors: { questions: ["duplicateQuestionKey"] },
    });
    expect(
      await saveSurveyTemplateAction(template(1, { questions: [{ ...q, key: "Bad key" }] })),
    ).toMatchObject({ ok: false, fieldErrors: { "questions.0.key": ["questionKey"] } });
    expect(await versions()).toEqual([[1, true]]);
  });

  test("a manager and an executive are refused; nothing saved, nothing audited", async () => {
    for (const user of [manager, executive]) {
      signInAs(user.id);
      expect(await saveSurveyTemplateAction(template(1))).toMatchObject({
        ok: false,
        error: "forbidden",
      });
      expect(
        await saveSurveyCampaignAction({ version: 1, enabled: false, audience: "all_contacts" }),
      ).toMatchObject({ ok: false, error: "forbidden" });
    }
    expect(await versions()).toEqual([[1, true]]);
    const [settings] = await db.select().from(surveyCampaignSettings);
    expect(settings).toMatchObject({ enabled: true, audience: "primary", version: 1 });
    expect(await db.select().from(auditLog)).toHaveLength(0);
    expect(await db.select().from(surveyInvitations)).toHaveLength(0);
  });
});

describe("the campaign settings", () => {
  test("a director switches it off and picks the audience; a stale save is a conflict", async () => {
    signInAs(director.id);
    expect(
      await saveSurveyCampaignAction({ version: 1, enabled: false, audience: "decision_makers" }),
    ).toEqual({ ok: true, data: { version: 2 } });
    const [settings] = await db.select().from(surveyCampaignSettings);
    expect(settings).toMatchObject({ enabled: false, audience: "decision_makers" });
    expect(
      await saveSurveyCampaignAction({ version: 1, enabled: true, audience: "primary" }),
    ).toMatchObject({ ok: false, error: "conflict" });
    const [audit] = await db.select().from(auditLog).where(eq(auditLog.entity, "surveyCampaign"));
    expect(audit).toMatchObject({ action: "update", actorId: director.id });
  });
});
