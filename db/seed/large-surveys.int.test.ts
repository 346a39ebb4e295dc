import postgres from "postgres";
import { expect, test } from "vitest";
import { db } from "@/db";
import { accounts, stakeholders, surveyAnswers, surveyInvitations } from "@/db/schema";
import { seedBuiltIns } from "@/db/seed/built-ins";
import { createUser, truncateAll } from "@/db/testing/fixtures";
import { seedLargeSurveys } from "./large-surveys";
import { LARGE_CODE_PATTERN } from "./large";

test("seed:large surveys: links over four quarters, about six in ten answered, once", async () => {
  await truncateAll();
  await seedBuiltIns(db);
  const owner = await createUser("manager");
  const made = await db
    .insert(accounts)
    .values(
      Array.from({ length: 200 }, (_, i) => ({
        code: `n0101${String(i + 1).padStart(6, "0")}`,
        name: `Generated ${i}`,
        ownerId: owner.id,
      })),
    )
    .returning({ id: accounts.id });
  await db.insert(stakeholders).values(
    made.map((a) => ({
      accountId: a.id,
      side: "customer" as const,
      name: "联系人",
      decisionRole: "decision_maker" as const,
      isPrimary: true,
    })),
  );
  const sql = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
  try {
    const common = {
      pattern: LARGE_CODE_PATTERN,
      asOf: new Date("2026-12-03T00:00:00Z"),
      timeZone: "Asia/Shanghai",
      log: () => {},
    };
    const first = await seedLargeSurveys(sql, common);
    // 200 contacts × 4 quarters × ~0.6 sent; ~0.62 of those answered.
    expect(first.invitations).toBeGreaterThan(380);
    expect(first.invitations).toBeLessThan(580);
    expect(first.answers / first.invitations).toBeGreaterThan(0.45);
    expect(first.answers / first.invitations).toBeLessThan(0.75);
    expect(await seedLargeSurveys(sql, common)).toEqual({ invitations: 0, answers: 0 });
  } finally {
    await sql.end();
  }
  const invitations = await db.select().from(surveyInvitations);
  const quarters = new Set(invitations.map((i) => i.quarter));
  expect([...quarters].sort()).toEqual(["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"]);
  const answers = await db.select().from(surveyAnswers);
  expect(answers.every((a) => a.answeredAt < new Date("2026-12-03T00:00:00Z"))).toBe(true);
  expect(answers.every((a) => a.ownerId === owner.id)).toBe(true);
  const detractors = answers.filter((a) => a.nps <= 6).length / answers.length;
  expect(detractors).toBeGreaterThan(0.05);
  expect(detractors).toBeLessThan(0.3);
});
