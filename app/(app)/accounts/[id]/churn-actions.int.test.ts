import { asc, eq } from "drizzle-orm";
import { beforeEach, describe, expect, test } from "vitest";
import { db } from "@/db";
import { accounts, auditLog, churnCases, stageTransitions } from "@/db/schema";
import { createUser, truncateAll } from "@/db/testing/fixtures";
import { signInAs } from "@/db/testing/session";
import type { Stage } from "@/lib/stages/stages";
import { moveStageAction } from "../stage-actions";
import { churnStepAction, flagAtRiskAction } from "./churn-actions";

type User = Awaited<ReturnType<typeof createUser>>;
let owner: User;
let serial = 0;

async function account(stage: Stage = "execution", ownerId = owner.id) {
  const [row] = await db
    .insert(accounts)
    .values({ code: `n0101${++serial}`, name: `客户 ${serial}`, ownerId, stage })
    .returning();
  await db.insert(stageTransitions).values({ accountId: row!.id, toStage: stage, kind: "create" });
  return row!.id;
}
const casesOf = (accountId: string) =>
  db
    .select()
    .from(churnCases)
    .where(eq(churnCases.accountId, accountId))
    .orderBy(asc(churnCases.createdAt));
const auditOf = (accountId: string) =>
  db
    .select({ entity: auditLog.entity, action: auditLog.action, after: auditLog.after })
    .from(auditLog)
    .where(eq(auditLog.accountId, accountId))
    .orderBy(asc(auditLog.id));
const flag = (accountId: string, evidence = "三个月没有下单") =>
  flagAtRiskAction({
    accountId,
    fields: { churnType: "lured_by_competitor", lostYearlyRevenue: "120,000.50", evidence },
  });

beforeEach(async () => {
  await truncateAll();
  owner = await createUser("manager");
  signInAs(owner.id);
});

describe("churn and win-back as a process", () => {
  test("at risk → churned → win-back → recovered, each step dated and audited", async () => {
    const id = await account();
    const flagged = await flag(id);
    expect(flagged.ok).toBe(true);
    let [c] = await casesOf(id);
    expect(c).toMatchObject({
      status: "at_risk",
      churnType: "lured_by_competitor",
      lostYearlyRevenueMinor: 12_000_050,
      evidence: "三个月没有下单",
    });
    expect(c!.atRiskAt).toBeInstanceOf(Date);

    // The churn move advances the same case, with the revenue lost and evidence it names.
    const churned = await moveStageAction({
      id,
      from: "execution",
      to: "churned",
      churnType: "price_seeker",
      reason: "客户转向低价供应商",
      lostYearlyRevenue: "98,000",
      evidence: "采购经理来电告知",
    });
    expect(churned.ok).toBe(true);
    [c] = await casesOf(id);
    expect(c).toMatchObject({
      status: "churned",
      churnType: "price_seeker",
      lostYearlyRevenueMinor: 9_800_000,
      evidence: "采购经理来电告知",
    });
    expect(c!.churnedAt).toBeInstanceOf(Date);

    const refused = await churnStepAction({
      id: c!.id,
      version: c!.version,
      to: "win_back",
      fields: { note: " " },
    });
    expect(refused).toMatchObject({
      ok: false,
      error: "validation",
      fieldErrors: { "fields.note": ["value.churn.refusal.noteRequired"] },
    });

    const winBack = await churnStepAction({
      id: c!.id,
      version: c!.version,
      to: "win_back",
      fields: { note: "总经理拜访，提供年度价格" },
    });
    expect(winBack).toMatchObject({ ok: true, data: { status: "win_back" } });
    [c] = await casesOf(id);
    expect(c!.winBackAt).toBeInstanceOf(Date);

    // Recovered is the reopen move while the account is churned.
    const early = await churnStepAction({
      id: c!.id,
      version: c!.version,
      to: "recovered",
      fields: { note: "" },
    });
    expect(early).toMatchObject({
      ok: false,
      error: "refused",
      message: "value.churn.refusal.reopenFirst",
    });
    const reopened = await moveStageAction({
      id,
      from: "churned",
      to: "stakeholders",
      reason: "客户回来询价",
    });
    expect(reopened.ok).toBe(true);
    [c] = await casesOf(id);
    expect(c).toMatchObject({ status: "recovered", note: "客户回来询价" });
    expect(c!.closedAt).toBeInstanceOf(Date);

    expect(
      (await auditOf(id)).filter((a) => a.entity === "churnCase").map((a) => a.action),
    ).toEqual(["flag", "churn", "winBack", "recover"]);
  });

  test("a churn move without a case opens a churned one; lost for good closes it", async () => {
    const id = await account();
    await moveStageAction({
      id,
      from: "execution",
      to: "churned",
      churnType: "lost_conditions",
      reason: "客户破产",
    });
    const [c] = await casesOf(id);
    expect(c).toMatchObject({
      status: "churned",
      churnType: "lost_conditions",
      lostYearlyRevenueMinor: null,
    });
    const lost = await churnStepAction({
      id: c!.id,
      version: c!.version,
      to: "lost",
      fields: { note: "已清算" },
    });
    expect(lost).toMatchObject({ ok: true, data: { status: "lost" } });
    // Closed: a new flag may open the next case once the account is active again.
    expect(
      await churnStepAction({
        id: c!.id,
        version: c!.version + 1,
        to: "win_back",
        fields: { note: "再试" },
      }),
    ).toMatchObject({
      ok: false,
      error: "refused",
      message: "value.churn.refusal.notAllowed",
    });
  });

  test("one open case per account; a stale version is a conflict", async () => {
    const id = await account();
    expect((await flag(id)).ok).toBe(true);
    expect(await flag(id, "又一次")).toMatchObject({
      ok: false,
      error: "conflict",
      message: "value.churn.errors.alreadyOpen",
    });
    const [c] = await casesOf(id);
    const kept = await churnStepAction({
      id: c!.id,
      version: c!.version,
      to: "recovered",
      fields: { note: "续签" },
    });
    expect(kept.ok).toBe(true);
    expect(
      await churnStepAction({ id: c!.id, version: c!.version, to: "lost", fields: { note: "x" } }),
    ).toMatchObject({
      ok: false,
      error: "conflict",
    });
    expect(await casesOf(id)).toHaveLength(1);
  });
});

describe("who may", () => {
  test("another manager gets not found, an executive is forbidden, nothing is written", async () => {
    const id = await account();
    const other = await createUser("manager");
    signInAs(other.id);
    expect(await flag(id)).toMatchObject({ ok: false, error: "not_found" });
    const executive = await createUser("executive");
    signInAs(executive.id);
    expect(await flag(id)).toMatchObject({ ok: false, error: "forbidden" });
    expect(await casesOf(id)).toHaveLength(0);

    signInAs(owner.id);
    await flag(id);
    const [c] = await casesOf(id);
    signInAs(other.id);
    expect(
      await churnStepAction({
        id: c!.id,
        version: c!.version,
        to: "recovered",
        fields: { note: "" },
      }),
    ).toMatchObject({
      ok: false,
      error: "not_found",
    });
    signInAs(executive.id);
    expect(
      await churnStepAction({
        id: c!.id,
        version: c!.version,
        to: "recovered",
        fields: { note: "" },
      }),
    ).toMatchObject({
      ok: false,
      error: "forbidden",
    });
    expect((await casesOf(id))[0]).toMatchObject({ status: "at_risk", version: c!.version });
    expect((await auditOf(id)).map((a) => a.action)).toEqual(["flag"]);
  });

  test("a director works any account's case", async () => {
    const id = await account();
    const director = await createUser("director");
    signInAs(director.id);
    expect((await flag(id)).ok).toBe(true);
  });

  test("a churned account cannot be flagged at risk", async () => {
    const id = await account("churned");
    expect(await flag(id)).toMatchObject({
      ok: false,
      error: "refused",
      message: "value.churn.errors.notActive",
    });
  });

  test("a bad amount is a field error, not a crash", async () => {
    const id = await account();
    const result = await flagAtRiskAction({
      accountId: id,
      fields: { lostYearlyRevenue: "abc", evidence: "x" },
    });
    expect(result).toMatchObject({
      ok: false,
      error: "validation",
      fieldErrors: { "fields.lostYearlyRevenue": ["cost.validation.moneyInvalid"] },
    });
  });
});
