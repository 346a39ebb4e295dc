import { asc, eq } from "drizzle-orm";
import { beforeEach, describe, expect, test } from "vitest";
import { db } from "@/db";
import { referenceItems, scheduleBaselines, schedules, scheduleSteps } from "@/db/schema";
import { seedScheduleTemplates } from "@/db/seed/schedule-templates";
import { createUser, truncateAll } from "@/db/testing/fixtures";
import { signInAs } from "@/db/testing/session";
import { moveStageAction } from "../../stage-actions";
import { auditActions, createAccountIn, stageOf } from "@/db/testing/planning-fixtures";
import { addStepAction, removeStepAction } from "./step-actions";
import { generateScheduleAction, saveBaselineAction, updateStepAction } from "./actions";

const stepsOf = (accountId: string) =>
  db
    .select()
    .from(scheduleSteps)
    .where(eq(scheduleSteps.accountId, accountId))
    .orderBy(asc(scheduleSteps.position));
const baselinesOf = (accountId: string) =>
  db
    .select()
    .from(scheduleBaselines)
    .where(eq(scheduleBaselines.accountId, accountId))
    .orderBy(asc(scheduleBaselines.number));

async function plan(accountId: string, startDate = "2024-02-26") {
  const result = await generateScheduleAction({ accountId, templateId: "", startDate });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return stepsOf(accountId);
}

beforeEach(async () => {
  await truncateAll();
  signInAs(null);
});

describe("planning a schedule from a template", () => {
  test("without any template the default is created and laid out finish-to-start", async () => {
    const manager = await createUser("manager");
    const account = await createAccountIn("schedule", manager.id);
    signInAs(manager.id);
    const steps = await plan(account.id);
    expect(steps.map((s) => s.key)).toEqual([
      "customerDevelopment",
      "evaluation",
      "requirementsSurvey",
      "requirementsConfirmation",
      "samples",
      "orderConfirmation",
      "production",
      "shipping",
      "afterSalesService",
    ]);
    expect(steps[0]).toMatchObject({
      label: "新客户开发",
      durationDays: 30,
      plannedStart: "2024-02-26",
      plannedFinish: "2024-03-26",
    });
    expect(steps[1]).toMatchObject({ plannedStart: "2024-03-27", plannedFinish: "2024-04-05" });
    const [schedule] = await db.select().from(schedules).where(eq(schedules.accountId, account.id));
    expect(schedule).toMatchObject({ startDate: "2024-02-26", targetDaysToOrder: 120 });
  });

  test("the account's industry picks its template (coatings: 90 days to order)", async () => {
    const manager = await createUser("manager");
    const [coatings] = await db
      .insert(referenceItems)
      .values({ kind: "industry", code: "coatings", nameEn: "Coatings", nameZh: "涂料" })
      .returning();
    await seedScheduleTemplates(db);
    await seedScheduleTemplates(db);
    const account = await createAccountIn("schedule", manager.id, { industryId: coatings!.id });
    signInAs(manager.id);
    const steps = await plan(account.id, "2024-01-01");
    expect(steps[0]).toMatchObject({ durationDays: 14, plannedFinish: "2024-01-14" });
    const [schedule] = await db.select().from(schedules).where(eq(schedules.accountId, account.id));
    expect(schedule!.targetDaysToOrder).toBe(90);
  });

  test("planning again needs the current version and replaces the steps", async () => {
    const manager = await createUser("manager");
    const account = await createAccountIn("schedule", manager.id);
    signInAs(manager.id);
    await plan(account.id);
    const again = await generateScheduleAction({
      accountId: account.id,
      templateId: "",
      startDate: "2024-05-01",
    });
    expect(again).toMatchObject({
      ok: false,
      error: "conflict",
      message: "schedule.errors.exists",
    });
    const replaced = await generateScheduleAction({
      accountId: account.id,
      templateId: "",
      startDate: "2024-05-01",
      version: 1,
    });
    expect(replaced.ok).toBe(true);
    const steps = await stepsOf(account.id);
    expect(steps).toHaveLength(9);
    expect(steps[0]!.plannedStart).toBe("2024-05-01");
    expect(await auditActions(account.id)).toEqual(["schedule.create", "schedule.replan"]);
  });

  test("others cannot plan: another manager does not see the account, an executive may not", async () => {
    const [owner, other, executive] = await Promise.all([
      createUser("manager"),
      createUser("manager"),
      createUser("executive"),
    ]);
    const account = await createAccountIn("schedule", owner.id);
    const input = { accountId: account.id, templateId: "", startDate: "2024-01-01" };
    signInAs(other.id);
    expect(await generateScheduleAction(input)).toMatchObject({ error: "not_found" });
    signInAs(executive.id);
    expect(await generateScheduleAction(input)).toMatchObject({ error: "forbidden" });
    expect(await stepsOf(account.id)).toHaveLength(0);
    signInAs(owner.id);
    expect(await generateScheduleAction({ ...input, startDate: "2023-02-29" })).toMatchObject({
      error: "validation",
      fieldErrors: { startDate: ["validation.dateInvalid"] },
    });
  });
});

describe("editing steps and baselines", () => {
  test("an edited finish moves later steps when asked to, and actuals are recorded", async () => {
    const manager = await createUser("manager");
    const account = await createAccountIn("schedule", manager.id);
    signInAs(manager.id);
    const [first, second, third] = await plan(account.id);
    const edit = {
      accountId: account.id,
      id: first!.id,
      version: 1,
      plannedStart: "2024-02-26",
      plannedFinish: "2024-04-04",
      actualStart: "2024-02-27",
      actualFinish: "",
    };
    expect(await updateStepAction({ ...edit, reflow: true })).toEqual({
      ok: true,
      data: { version: 2, moved: 8 },
    });
    const after = await stepsOf(account.id);
    expect(after[0]).toMatchObject({
      durationDays: 39,
      actualStart: "2024-02-27",
      actualFinish: null,
    });
    expect(after[1]).toMatchObject({ plannedStart: "2024-04-05", plannedFinish: "2024-04-14" });
    expect(after[2]!.plannedStart).toBe("2024-04-15");

    const alone = await updateStepAction({
      accountId: account.id,
      id: second!.id,
      version: after[1]!.version,
      plannedStart: "2024-04-05",
      plannedFinish: "2024-04-30",
      reflow: false,
    });
    expect(alone.ok).toBe(true);
    expect((await stepsOf(account.id))[2]!.plannedStart).toBe("2024-04-15");

    const stale = await updateStepAction({ ...edit, reflow: false });
    expect(stale).toMatchObject({ ok: false, error: "conflict" });
    const backwards = await updateStepAction({
      ...edit,
      id: third!.id,
      version: 3,
      plannedFinish: "2024-01-01",
      reflow: false,
    });
    expect(backwards).toMatchObject({
      fieldErrors: { plannedFinish: ["validation.finishBeforeStart"] },
    });
  });

  test("a saved baseline stays frozen while the plan changes", async () => {
    const manager = await createUser("manager");
    const account = await createAccountIn("schedule", manager.id);
    signInAs(manager.id);
    const [first] = await plan(account.id);
    expect(await saveBaselineAction({ accountId: account.id, name: "与客户确认" })).toEqual({
      ok: true,
      data: { number: 1 },
    });
    const [frozen] = await baselinesOf(account.id);
    await updateStepAction({
      accountId: account.id,
      id: first!.id,
      version: 1,
      plannedStart: "2024-03-01",
      plannedFinish: "2024-05-01",
      reflow: true,
    });
    const [unchanged] = await baselinesOf(account.id);
    expect(unchanged!.steps).toEqual(frozen!.steps);
    expect(unchanged!.steps[0]).toMatchObject({
      key: "customerDevelopment",
      plannedStart: "2024-02-26",
      plannedFinish: "2024-03-26",
    });
    expect(await saveBaselineAction({ accountId: account.id })).toEqual({
      ok: true,
      data: { number: 2 },
    });
    const [, second] = await baselinesOf(account.id);
    expect(second!.steps[0]).toMatchObject({ plannedStart: "2024-03-01" });
  });

  test("a baseline needs a schedule, and only people who may change the account save one", async () => {
    const [owner, executive] = await Promise.all([createUser("manager"), createUser("executive")]);
    const account = await createAccountIn("schedule", owner.id);
    signInAs(owner.id);
    expect(await saveBaselineAction({ accountId: account.id })).toMatchObject({
      error: "refused",
      message: "schedule.errors.noSchedule",
    });
    await plan(account.id);
    signInAs(executive.id);
    expect(await saveBaselineAction({ accountId: account.id })).toMatchObject({
      error: "forbidden",
    });
    expect(await baselinesOf(account.id)).toHaveLength(0);
  });

  test("the schedule gate needs a plan and a baseline", async () => {
    const manager = await createUser("manager");
    const account = await createAccountIn("schedule", manager.id);
    signInAs(manager.id);
    const move = () =>
      moveStageAction({
        id: account.id,
        from: "schedule",
        to: "cost_plan",
        reason: "",
        override: false,
      });
    expect(await move()).toMatchObject({ details: [{ key: "stages.gate.schedule.missing" }] });
    await plan(account.id);
    expect(await move()).toMatchObject({ details: [{ key: "stages.gate.schedule.noBaseline" }] });
    await saveBaselineAction({ accountId: account.id });
    expect(await move()).toMatchObject({ ok: true });
    expect(await stageOf(account.id)).toBe("cost_plan");
  });
});

describe("adding and removing steps", () => {
  test("a step of the account's own goes in finish-to-start; removing it closes the gap", async () => {
    const manager = await createUser("manager");
    const account = await createAccountIn("schedule", manager.id);
    signInAs(manager.id);
    const planned = await plan(account.id);
    const dates = (steps: typeof planned) =>
      steps.map((s) => [s.label, s.plannedStart, s.plannedFinish, s.position]);

    const added = await addStepAction({
      accountId: account.id,
      after: planned[0]!.id,
      label: "工厂审核",
      durationDays: 5,
    });
    expect(added).toMatchObject({ ok: true, data: { moved: 8 } });
    let steps = await stepsOf(account.id);
    expect(steps).toHaveLength(10);
    expect(steps[1]).toMatchObject({
      label: "工厂审核",
      durationDays: 5,
      plannedStart: "2024-03-27",
      plannedFinish: "2024-03-31",
      position: 1,
    });
    expect(steps[1]!.key).toMatch(/^own-/);
    // Evaluation (10 days) now follows the audit, and so on down the chain.
    expect(steps[2]).toMatchObject({
      key: "evaluation",
      plannedStart: "2024-04-01",
      plannedFinish: "2024-04-10",
    });
    expect(steps.map((s) => s.position)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);

    // A milestone first: it sits on the schedule's start and moves nothing.
    const kickOff = await addStepAction({
      accountId: account.id,
      after: "",
      label: "Kick-off",
      durationDays: 0,
    });
    expect(kickOff).toMatchObject({ ok: true, data: { moved: 0 } });
    steps = await stepsOf(account.id);
    expect(dates(steps.slice(0, 2))).toEqual([
      ["Kick-off", "2024-02-26", "2024-02-26", 0],
      ["新客户开发", "2024-02-26", "2024-03-26", 1],
    ]);

    const removed = await removeStepAction({
      accountId: account.id,
      id: steps[2]!.id,
      version: steps[2]!.version,
    });
    expect(removed).toMatchObject({ ok: true, data: { moved: 8 } });
    steps = await stepsOf(account.id);
    expect(dates(steps.slice(1)).map(([, start, finish]) => [start, finish])).toEqual(
      dates(planned).map(([, start, finish]) => [start, finish]),
    );
    expect(steps.map((s) => s.position)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    // Removing the first step: the next one starts on the schedule's start date.
    const first = await removeStepAction({
      accountId: account.id,
      id: steps[0]!.id,
      version: steps[0]!.version,
    });
    expect(first).toMatchObject({ ok: true, data: { moved: 0 } });
    steps = await stepsOf(account.id);
    expect(dates(steps.slice(0, 1))).toEqual([["新客户开发", "2024-02-26", "2024-03-26", 0]]);
    const audit = await addStepAction({
      accountId: account.id,
      after: "",
      label: "A",
      durationDays: 3,
    });
    expect(audit).toMatchObject({ ok: true, data: { moved: 9 } });
    steps = await stepsOf(account.id);
    expect(
      (
        await removeStepAction({
          accountId: account.id,
          id: steps[0]!.id,
          version: steps[0]!.version,
        })
      ).ok,
    ).toBe(true);
    expect(dates(await stepsOf(account.id))).toEqual(dates(planned));
    expect(await auditActions(account.id)).toEqual([
      "schedule.create",
      "scheduleStep.create",
      "scheduleStep.create",
      "scheduleStep.delete",
      "scheduleStep.delete",
      "scheduleStep.create",
      "scheduleStep.delete",
    ]);
  });

  test("bad input, a started step, the last step and other people are refused", async () => {
    const [owner, other, executive, director] = await Promise.all([
      createUser("manager"),
      createUser("manager"),
      createUser("executive"),
      createUser("director"),
    ]);
    const account = await createAccountIn("schedule", owner.id);
    signInAs(owner.id);
    const steps = await plan(account.id);
    const add = { accountId: account.id, after: steps[0]!.id, label: "Audit", durationDays: 3 };

    expect(await addStepAction({ ...add, label: " ", durationDays: 400 })).toMatchObject({
      error: "validation",
      fieldErrors: { label: ["required"], durationDays: ["validation.durationInvalid"] },
    });
    expect(
      await addStepAction({ ...add, after: "7f1c6a3e-3b7e-4a53-9d3f-2a4f7f0b9c11" }),
    ).toMatchObject({ error: "not_found" });

    signInAs(other.id);
    expect(await addStepAction(add)).toMatchObject({ error: "not_found" });
    expect(
      await removeStepAction({
        accountId: account.id,
        id: steps[1]!.id,
        version: steps[1]!.version,
      }),
    ).toMatchObject({
      error: "not_found",
    });
    signInAs(executive.id);
    expect(await addStepAction(add)).toMatchObject({ error: "forbidden" });
    expect(
      await removeStepAction({
        accountId: account.id,
        id: steps[1]!.id,
        version: steps[1]!.version,
      }),
    ).toMatchObject({
      error: "forbidden",
    });
    expect(await stepsOf(account.id)).toHaveLength(9);

    // A director may change any account's plan.
    signInAs(director.id);
    expect((await addStepAction(add)).ok).toBe(true);

    signInAs(owner.id);
    const [first] = await stepsOf(account.id);
    await updateStepAction({
      accountId: account.id,
      id: first!.id,
      version: first!.version,
      plannedStart: first!.plannedStart!,
      plannedFinish: first!.plannedFinish!,
      actualStart: "2024-02-26",
      reflow: false,
    });
    expect(
      await removeStepAction({ accountId: account.id, id: first!.id, version: first!.version }),
    ).toMatchObject({
      ok: false,
      error: "refused",
      message: "schedule.errors.stepStarted",
    });
    for (const { id } of (await stepsOf(account.id)).slice(1)) {
      // Each removal moves the later steps (a new version each): read them again.
      const step = (await stepsOf(account.id)).find((s) => s.id === id)!;
      const removed = await removeStepAction({ accountId: account.id, id, version: step.version });
      expect(removed.ok).toBe(true);
    }
    const [only] = await stepsOf(account.id);
    await db
      .update(scheduleSteps)
      .set({ plannedFinish: null })
      .where(eq(scheduleSteps.id, only!.id));
    expect(await addStepAction({ ...add, after: only!.id })).toMatchObject({
      error: "refused",
      message: "schedule.errors.undatedSteps",
    });
    await db
      .update(scheduleSteps)
      .set({ plannedFinish: only!.plannedFinish })
      .where(eq(scheduleSteps.id, only!.id));
    await db.update(scheduleSteps).set({ actualStart: null }).where(eq(scheduleSteps.id, only!.id));
    expect(
      await removeStepAction({ accountId: account.id, id: only!.id, version: only!.version }),
    ).toMatchObject({
      error: "refused",
      message: "schedule.errors.lastStep",
    });
  });
});
