import { asc, eq, sql } from "drizzle-orm";
import { beforeEach, describe, expect, test } from "vitest";
import { db } from "@/db";
import { accounts, auditLog, stageTransitions, stakeholders } from "@/db/schema";
import { createUser, truncateAll } from "@/db/testing/fixtures";
import { signInAs } from "@/db/testing/session";
import type { Stage } from "@/lib/stages/stages";
import { moveStageAction } from "./stage-actions";

type User = Awaited<ReturnType<typeof createUser>>;
let owner: User;
let serial = 0;
const DAY = 86_400_000;

/** An account in `stage` since `daysAgo`, with its entering transition, like the app creates it. */
async function account(stage: Stage = "stakeholders", daysAgo = 0) {
  const at = new Date(Date.now() - daysAgo * DAY);
  const [row] = await db
    .insert(accounts)
    .values({
      code: `n0101${++serial}`,
      name: `客户 ${serial}`,
      ownerId: owner.id,
      stage,
      stageEnteredAt: at,
    })
    .returning();
  await db
    .insert(stageTransitions)
    .values({ accountId: row!.id, toStage: stage, kind: "create", at });
  return row!.id;
}
const addPerson = (accountId: string, decisionRole: "decision_maker" | "influencer") =>
  db.insert(stakeholders).values({ accountId, side: "customer", name: "刘总", decisionRole });
const transitions = (accountId: string) =>
  db
    .select()
    .from(stageTransitions)
    .where(eq(stageTransitions.accountId, accountId))
    .orderBy(asc(stageTransitions.id));
const stageOf = async (id: string) =>
  (await db.select({ stage: accounts.stage }).from(accounts).where(eq(accounts.id, id)))[0]!.stage;
const move = (id: string, from: Stage, to: Stage, extra: Record<string, unknown> = {}) =>
  moveStageAction({ id, from, to, ...extra });

beforeEach(async () => {
  await truncateAll();
  owner = await createUser("manager");
  signInAs(owner.id);
});

describe("the stakeholders gate", () => {
  test("refuses with exactly what is missing, then passes once a decision maker is added", async () => {
    const id = await account();
    await addPerson(id, "influencer");
    const refused = await move(id, "stakeholders", "evaluation");
    expect(refused).toEqual({
      ok: false,
      error: "refused",
      message: "accounts.errors.moveRefused",
      details: [{ key: "stages.gate.stakeholders.noCustomerDecisionMaker" }],
    });
    expect(await stageOf(id)).toBe("stakeholders");
    expect(await transitions(id)).toHaveLength(1);

    await addPerson(id, "decision_maker");
    const moved = await move(id, "stakeholders", "evaluation", { reason: "首次拜访完成" });
    expect(moved).toMatchObject({
      ok: true,
      data: { stage: "evaluation", kind: "forward", override: false },
    });
    expect(await stageOf(id)).toBe("evaluation");
    const rows = await transitions(id);
    expect(rows.at(-1)).toMatchObject({
      fromStage: "stakeholders",
      toStage: "evaluation",
      byId: owner.id,
      note: "首次拜访完成",
      override: false,
    });
    const [entry] = await db.select().from(auditLog).where(eq(auditLog.accountId, id));
    expect(entry).toMatchObject({ entity: "account", action: "move", actorId: owner.id });
  });

  test("without an owner both reasons are listed", async () => {
    const id = await account();
    await db.update(accounts).set({ ownerId: null }).where(eq(accounts.id, id));
    const director = await createUser("director");
    signInAs(director.id);
    const result = await move(id, "stakeholders", "evaluation");
    expect(result.ok ? [] : result.details?.map((d) => d.key)).toEqual([
      "stages.gate.stakeholders.noOwner",
      "stages.gate.stakeholders.noCustomerDecisionMaker",
    ]);
  });
});

describe("moving back", () => {
  test("needs a reason; with one the account goes back", async () => {
    const id = await account("evaluation");
    expect(await move(id, "evaluation", "stakeholders")).toMatchObject({
      ok: false,
      error: "refused",
      details: [{ key: "stages.move.back.reasonRequired" }],
    });
    expect(await stageOf(id)).toBe("evaluation");
    const result = await move(id, "evaluation", "stakeholders", { reason: "联系人已离职" });
    expect(result).toMatchObject({ ok: true, data: { kind: "back" } });
    expect((await transitions(id)).at(-1)).toMatchObject({ kind: "back", note: "联系人已离职" });
  });
});

describe("overrides", () => {
  test("a director overrides a refused gate with a reason; the transition is marked", async () => {
    const id = await account();
    const director = await createUser("director");
    signInAs(director.id);
    expect(await move(id, "stakeholders", "evaluation", { override: true })).toMatchObject({
      ok: false,
      details: [
        { key: "stages.gate.stakeholders.noCustomerDecisionMaker" },
        { key: "stages.move.override.reasonRequired" },
      ],
    });
    const result = await move(id, "stakeholders", "evaluation", {
      override: true,
      reason: "客户高层已口头确认",
    });
    expect(result).toMatchObject({ ok: true, data: { override: true } });
    expect((await transitions(id)).at(-1)).toMatchObject({
      override: true,
      note: "客户高层已口头确认",
      byId: director.id,
    });
  });

  test("a manager's override is refused and the account stays", async () => {
    const id = await account();
    const result = await move(id, "stakeholders", "evaluation", { override: true, reason: "急" });
    expect(result).toMatchObject({ ok: false, error: "refused" });
    expect(result.ok ? [] : result.details?.map((d) => d.key)).toContain(
      "stages.move.override.notAllowed",
    );
    expect(await stageOf(id)).toBe("stakeholders");
  });

  test("the evaluation gate refuses without an approved scorecard unless a director overrides", async () => {
    const id = await account("evaluation");
    expect(await move(id, "evaluation", "requirements")).toEqual({
      ok: false,
      error: "refused",
      message: "accounts.errors.moveRefused",
      details: [{ key: "stages.gate.evaluation.missing" }],
    });
    const director = await createUser("director");
    signInAs(director.id);
    const result = await move(id, "evaluation", "requirements", {
      override: true,
      reason: "评估表线下已审批",
    });
    expect(result).toMatchObject({ ok: true, data: { stage: "requirements", override: true } });
  });
});

describe("who may move", () => {
  test("an executive is forbidden; another manager gets not_found", async () => {
    const id = await account("evaluation");
    const [executive, other] = await Promise.all([createUser("executive"), createUser("manager")]);
    signInAs(executive.id);
    expect(await move(id, "evaluation", "dropped", { reason: "x" })).toMatchObject({
      ok: false,
      error: "forbidden",
    });
    signInAs(other.id);
    expect(await move(id, "evaluation", "dropped", { reason: "x" })).toMatchObject({
      ok: false,
      error: "not_found",
    });
    expect(await stageOf(id)).toBe("evaluation");
    expect(await transitions(id)).toHaveLength(1);
  });
});

describe("conflicts", () => {
  test("a stale `from` is a conflict", async () => {
    const id = await account("requirements");
    expect(await move(id, "evaluation", "stakeholders", { reason: "返工" })).toEqual({
      ok: false,
      error: "conflict",
      message: "accounts.errors.stageChanged",
      params: { stage: "requirements" },
    });
    expect(await stageOf(id)).toBe("requirements");
  });

  test("two concurrent moves: exactly one wins and one transition is written", async () => {
    const id = await account();
    await addPerson(id, "decision_maker");
    const results = await Promise.all([
      move(id, "stakeholders", "evaluation"),
      move(id, "stakeholders", "dropped", { reason: "不值得开发" }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toMatchObject([{ error: "conflict" }]);
    const rows = await transitions(id);
    expect(rows).toHaveLength(2);
    expect(rows.filter((r) => r.exitedAt === null)).toHaveLength(1);
  });
});

describe("time in stage", () => {
  test("the row leaving a stage gets its exit time and duration", async () => {
    const id = await account("stakeholders", 3);
    await addPerson(id, "decision_maker");
    await move(id, "stakeholders", "evaluation");
    // Two days in evaluation, set back in time like the first stage.
    const twoDaysAgo = new Date(Date.now() - 2 * DAY);
    await db
      .update(stageTransitions)
      .set({ at: twoDaysAgo })
      .where(
        sql`${stageTransitions.accountId} = ${id} and ${stageTransitions.toStage} = 'evaluation'`,
      );
    await move(id, "evaluation", "stakeholders", { reason: "补充干系人" });
    const [created, evaluation, back] = await transitions(id);
    expect(created!.exitedAt).not.toBeNull();
    expect(created!.durationDays).toBeCloseTo(3, 2);
    expect(evaluation!.exitedAt).not.toBeNull();
    expect(evaluation!.durationDays).toBeCloseTo(2, 2);
    expect(evaluation!.exitedAt!.getTime()).toBe(back!.at.getTime());
    expect(back!.exitedAt).toBeNull();
    expect(back!.durationDays).toBeNull();
  });
});
