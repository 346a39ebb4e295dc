import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, test } from "vitest";
import { db } from "@/db";
import { costLines, costPlans } from "@/db/schema";
import { createUser, truncateAll } from "@/db/testing/fixtures";
import { signInAs } from "@/db/testing/session";
import { auditActions, createAccountIn } from "@/db/testing/planning-fixtures";
import {
  createCostLineAction,
  deleteCostLineAction,
  reviewCostPlanAction,
  saveCostPlanHeaderAction,
  submitCostPlanAction,
  updateCostLineAction,
} from "./actions";
import type { CostLineFormInput } from "@/lib/validations/cost";

const travel: CostLineFormInput = {
  kind: "direct",
  category: "travel",
  description: "上海拜访差旅",
  planned: "1,234.50",
  actual: "",
  hours: "",
  rate: "",
  date: "2024-03-05",
  note: "",
};

const planOf = async (accountId: string) =>
  (await db.select().from(costPlans).where(eq(costPlans.accountId, accountId)))[0];
const linesOf = (accountId: string) =>
  db.select().from(costLines).where(eq(costLines.accountId, accountId));

async function addLine(accountId: string, extra: Partial<CostLineFormInput> = {}) {
  const result = await createCostLineAction({ ...travel, ...extra, accountId, currency: "CNY" });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data;
}

beforeEach(async () => {
  await truncateAll();
  signInAs(null);
});

describe("cost lines", () => {
  test("amounts are stored exactly in minor units; staff time is hours × rate", async () => {
    const manager = await createUser("manager");
    const account = await createAccountIn("cost_plan", manager.id);
    signInAs(manager.id);
    await addLine(account.id);
    await addLine(account.id, {
      kind: "indirect",
      category: "staff",
      description: "技术支持工时",
      planned: "",
      hours: "７.５",
      rate: "¥200.10",
    });
    const lines = await linesOf(account.id);
    expect(lines.map((l) => l.plannedMinor).sort((a, b) => a - b)).toEqual([123450, 150075]);
    expect(lines.find((l) => l.category === "staff")).toMatchObject({
      hoursHundredths: 750,
      rateMinor: 20010,
    });
    expect(await planOf(account.id)).toMatchObject({ currency: "CNY", status: "draft" });
  });

  test("invalid amounts are reported on their field in message keys", async () => {
    const manager = await createUser("manager");
    const account = await createAccountIn("cost_plan", manager.id);
    signInAs(manager.id);
    const result = await createCostLineAction({
      ...travel,
      planned: "12.345",
      actual: "-5",
      date: "2024-02-30",
      accountId: account.id,
      currency: "CNY",
    });
    expect(result).toMatchObject({
      ok: false,
      error: "validation",
      fieldErrors: {
        planned: ["validation.moneyTooManyDecimals"],
        actual: ["validation.moneyNegative"],
        date: ["validation.dateInvalid"],
      },
    });
    expect(await linesOf(account.id)).toHaveLength(0);
  });

  test("only people who may change the account touch its cost lines", async () => {
    const [owner, other, executive] = await Promise.all([
      createUser("manager"),
      createUser("manager"),
      createUser("executive"),
    ]);
    const account = await createAccountIn("cost_plan", owner.id);
    signInAs(owner.id);
    const { id } = await addLine(account.id);
    signInAs(other.id);
    expect(
      await createCostLineAction({ ...travel, accountId: account.id, currency: "CNY" }),
    ).toMatchObject({ error: "not_found" });
    expect(await deleteCostLineAction({ accountId: account.id, id, version: 1 })).toMatchObject({
      error: "not_found",
    });
    signInAs(executive.id);
    expect(
      await updateCostLineAction({
        ...travel,
        planned: "1",
        accountId: account.id,
        currency: "CNY",
        id,
        version: 1,
      }),
    ).toMatchObject({ error: "forbidden" });
    expect((await linesOf(account.id))[0]!.plannedMinor).toBe(123450);
  });

  test("the currency is fixed once there are lines, and a stale currency is a conflict", async () => {
    const manager = await createUser("manager");
    const account = await createAccountIn("cost_plan", manager.id);
    signInAs(manager.id);
    expect(
      await saveCostPlanHeaderAction({ accountId: account.id, currency: "USD", budget: "5000" }),
    ).toMatchObject({ ok: true });
    expect(await planOf(account.id)).toMatchObject({ currency: "USD", budgetMinor: 500000 });
    const stale = await createCostLineAction({ ...travel, accountId: account.id, currency: "CNY" });
    expect(stale).toMatchObject({ error: "conflict", message: "cost.errors.currencyChanged" });
    await createCostLineAction({ ...travel, accountId: account.id, currency: "USD" });
    const plan = (await planOf(account.id))!;
    const change = await saveCostPlanHeaderAction({
      accountId: account.id,
      version: plan.version,
      currency: "JPY",
      budget: "5000",
    });
    expect(change).toMatchObject({ fieldErrors: { currency: ["validation.currencyLocked"] } });
  });
});

describe("approval", () => {
  test("submit, director approves; changing the plan sends it back to draft, actuals do not", async () => {
    const [manager, director] = await Promise.all([createUser("manager"), createUser("director")]);
    const account = await createAccountIn("cost_plan", manager.id);
    signInAs(manager.id);
    expect(await submitCostPlanAction({ accountId: account.id, version: 1 })).toMatchObject({
      error: "refused",
      message: "cost.errors.noPlan",
    });
    const { id } = await addLine(account.id);
    const submitted = await submitCostPlanAction({ accountId: account.id, version: 1 });
    expect(submitted).toMatchObject({ ok: true, data: { version: 2 } });

    const selfApproval = await reviewCostPlanAction({
      accountId: account.id,
      version: 2,
      decision: "approved",
    });
    expect(selfApproval).toMatchObject({ ok: false, error: "forbidden" });
    expect((await planOf(account.id))!.status).toBe("submitted");

    signInAs(director.id);
    expect(
      await reviewCostPlanAction({ accountId: account.id, version: 2, decision: "approved" }),
    ).toEqual({ ok: true, data: { status: "approved" } });
    expect(await planOf(account.id)).toMatchObject({
      status: "approved",
      decidedById: director.id,
    });

    signInAs(manager.id);
    const actual = await updateCostLineAction({
      ...travel,
      actual: "1,100",
      accountId: account.id,
      currency: "CNY",
      id,
      version: 1,
    });
    expect(actual).toMatchObject({ ok: true, data: { reopened: false } });
    expect((await planOf(account.id))!.status).toBe("approved");

    const replanned = await updateCostLineAction({
      ...travel,
      planned: "2,000",
      actual: "1,100",
      accountId: account.id,
      currency: "CNY",
      id,
      version: 2,
    });
    expect(replanned).toMatchObject({ ok: true, data: { reopened: true } });
    expect((await planOf(account.id))!.status).toBe("draft");
    expect(await auditActions(account.id)).toEqual(
      expect.arrayContaining(["costPlan.submit", "costPlan.approve", "costLine.update"]),
    );
  });

  test("returning needs a comment; only a submitted plan can be reviewed", async () => {
    const [manager, admin] = await Promise.all([createUser("manager"), createUser("admin")]);
    const account = await createAccountIn("cost_plan", manager.id);
    signInAs(manager.id);
    await addLine(account.id);
    signInAs(admin.id);
    expect(
      await reviewCostPlanAction({ accountId: account.id, version: 1, decision: "approved" }),
    ).toMatchObject({ error: "refused", message: "cost.errors.notSubmitted" });
    signInAs(manager.id);
    await submitCostPlanAction({ accountId: account.id, version: 1 });
    expect(await submitCostPlanAction({ accountId: account.id, version: 2 })).toMatchObject({
      message: "cost.errors.notDraft",
    });
    signInAs(admin.id);
    expect(
      await reviewCostPlanAction({ accountId: account.id, version: 2, decision: "returned" }),
    ).toMatchObject({ fieldErrors: { comment: ["validation.returnCommentRequired"] } });
    await reviewCostPlanAction({
      accountId: account.id,
      version: 2,
      decision: "returned",
      comment: "样品费用偏高，请说明依据",
    });
    expect(await planOf(account.id)).toMatchObject({
      status: "returned",
      decisionComment: "样品费用偏高，请说明依据",
    });
  });
});
