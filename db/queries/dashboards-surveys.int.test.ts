import { beforeEach, expect, test } from "vitest";
import { db } from "@/db";
import { seedBuiltIns } from "@/db/seed/built-ins";
import { createUser, truncateAll } from "@/db/testing/fixtures";
import { answerSurvey } from "@/lib/surveys/answer";
import { surveyAccount, surveyInvitation } from "@/lib/surveys/testing";
import { surveyScores } from "./dashboards-surveys";

const filters = { from: "2026-01-01", to: "2027-12-31" } as const;

beforeEach(async () => {
  await truncateAll();
  await seedBuiltIns(db);
});

test("CSAT and NPS per quarter and manager, each manager seeing only their own accounts", async () => {
  const [mine, theirs, director] = await Promise.all([
    createUser("manager", { name: "王经理" }),
    createUser("manager", { name: "李经理" }),
    createUser("director"),
  ]);
  const at = new Date("2026-11-10T02:00:00Z");
  const answer = async (ownerId: string, csat: number, nps: number) => {
    const { token } = await surveyInvitation(await surveyAccount(ownerId), at);
    await answerSurvey(token, { csat: String(csat), nps: String(nps) }, at);
  };
  await answer(mine.id, 5, 10);
  await answer(mine.id, 4, 8);
  await answer(mine.id, 2, 3);
  await answer(theirs.id, 5, 9);

  const all = await surveyScores({ actor: director, filters: { ...filters } });
  expect(all.map((r) => [r.quarter, r.ownerName, r.answers, r.csat, r.nps])).toEqual([
    ["2026-Q4", "李经理", 1, 5, 100],
    ["2026-Q4", "王经理", 3, 3.7, 0],
  ]);
  const own = await surveyScores({ actor: mine, filters: { ...filters } });
  expect(own).toHaveLength(1);
  expect(own[0]).toMatchObject({ ownerName: "王经理", promoters: 1, passives: 1, detractors: 1 });
  expect(
    await surveyScores({ actor: director, filters: { from: "2027-01-01", to: "2027-03-31" } }),
  ).toEqual([]);
});
