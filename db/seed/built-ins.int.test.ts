import { readdirSync, readFileSync } from "node:fs";
import { beforeEach, describe, expect, test } from "vitest";
import { db } from "@/db";
import {
  escalationSteps,
  returnVisitTriggers,
  scheduleTemplates,
  scorecardTemplates,
  slaPolicies,
} from "@/db/schema";
import { truncateAll } from "@/db/testing/fixtures";
import { seedBuiltIns } from "./built-ins";

beforeEach(truncateAll);

describe("built-in templates", () => {
  test("are seeded once, even by concurrent callers", async () => {
    await Promise.all([seedBuiltIns(db), seedBuiltIns(db), seedBuiltIns(db)]);
    await seedBuiltIns(db);
    const scorecards = await db.select().from(scorecardTemplates);
    expect(scorecards.filter((t) => t.isDefault)).toHaveLength(1);
    const schedules = await db.select().from(scheduleTemplates);
    expect(schedules.filter((t) => t.isDefault)).toHaveLength(1);
  });

  test("every return-visit trigger is a row (7 days, on), and a saved window survives a re-seed", async () => {
    await seedBuiltIns(db);
    const rows = await db.select().from(returnVisitTriggers);
    expect(rows.map((r) => [r.key, r.windowDays, r.enabled]).sort()).toEqual([
      ["account_entered_execution", 7, true],
      ["complaint_closed", 7, true],
      ["order_delivered", 7, true],
      ["reception_logged", 7, true],
      ["visit_logged", 7, true],
    ]);
    await db.update(returnVisitTriggers).set({ windowDays: 3 });
    await seedBuiltIns(db);
    const again = await db.select().from(returnVisitTriggers);
    expect(again.map((r) => r.windowDays)).toEqual([3, 3, 3, 3, 3]);
  });

  test("the SLA policy (type × priority) and the escalation ladder are seeded once; saved budgets survive", async () => {
    await Promise.all([seedBuiltIns(db), seedBuiltIns(db)]);
    const policies = await db.select().from(slaPolicies);
    expect(policies).toHaveLength(16);
    const urgentComplaint = policies.find((p) => p.type === "complaint" && p.priority === "urgent");
    expect(urgentComplaint).toMatchObject({ firstResponseHours: 1, resolutionHours: 4 });
    const ladder = await db.select().from(escalationSteps).orderBy(escalationSteps.position);
    expect(ladder.map((s) => [s.clock, s.thresholdPercent, s.extraHours, s.target])).toEqual([
      ["first_response", 100, 0, "director"],
      ["resolution", 50, 0, "owner"],
      ["resolution", 100, 0, "director"],
      ["resolution", 100, 8, "executive"],
    ]);
    await db.update(slaPolicies).set({ resolutionHours: 99 });
    await seedBuiltIns(db);
    const again = await db.select().from(slaPolicies);
    expect(again.every((p) => p.resolutionHours === 99)).toBe(true);
    expect(await db.select().from(escalationSteps)).toHaveLength(4);
  });

  test("no page writes them while it renders (pages never reach the seeders)", () => {
    const pages = (readdirSync("app", { recursive: true }) as string[]).filter((f) =>
      /(^|\/)(page|layout)\.tsx$/.test(f),
    );
    expect(pages.length).toBeGreaterThan(10);
    const writers = pages.filter((f) =>
      /@\/db\/seed|ensure[A-Z]\w*\(/.test(readFileSync(`app/${f}`, "utf8")),
    );
    expect(writers).toEqual([]);
  });
});
