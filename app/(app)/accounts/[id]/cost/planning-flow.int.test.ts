import { beforeEach, expect, test } from "vitest";
import { createUser, truncateAll } from "@/db/testing/fixtures";
import { signInAs } from "@/db/testing/session";
import type { Stage } from "@/lib/stages/stages";
import { moveStageAction } from "../../stage-actions";
import { generateScheduleAction, saveBaselineAction } from "../schedule/actions";
import { createScopeItemAction } from "../scope/actions";
import { createAccountIn, stageOf } from "@/db/testing/planning-fixtures";
import { createCostLineAction, reviewCostPlanAction, submitCostPlanAction } from "./actions";

beforeEach(async () => {
  await truncateAll();
  signInAs(null);
});

test("an account moves scope → schedule → cost plan → execution as its records satisfy each gate", async () => {
  const [manager, director] = await Promise.all([createUser("manager"), createUser("director")]);
  const account = await createAccountIn("scope", manager.id);
  const move = (from: Stage, to: Stage) =>
    moveStageAction({ id: account.id, from, to, reason: "", override: false });
  signInAs(manager.id);

  expect(await move("scope", "schedule")).toMatchObject({
    error: "refused",
    details: [{ key: "stages.gate.scope.missing" }],
  });
  await createScopeItemAction({
    accountId: account.id,
    type: "service",
    serviceKind: "after_sale",
    productKind: "",
    name: "售后技术支持",
    inScope: false,
    agreementRef: "",
    note: "本期不含",
  });
  expect(await move("scope", "schedule")).toMatchObject({
    details: [{ key: "stages.gate.scope.noInScopeItem" }],
  });
  await createScopeItemAction({
    accountId: account.id,
    type: "product",
    productKind: "custom",
    serviceKind: "",
    name: "定制防腐涂料",
    inScope: true,
    agreementRef: "HT-2024-031",
    note: "",
  });
  expect(await move("scope", "schedule")).toMatchObject({ ok: true });

  await generateScheduleAction({ accountId: account.id, templateId: "", startDate: "2024-03-01" });
  expect(await move("schedule", "cost_plan")).toMatchObject({
    details: [{ key: "stages.gate.schedule.noBaseline" }],
  });
  await saveBaselineAction({ accountId: account.id, name: "" });
  expect(await move("schedule", "cost_plan")).toMatchObject({ ok: true });

  expect(await move("cost_plan", "execution")).toMatchObject({
    details: [{ key: "stages.gate.costPlan.missing" }],
  });
  const line = await createCostLineAction({
    accountId: account.id,
    currency: "CNY",
    kind: "direct",
    category: "samples",
    description: "样品及运费",
    planned: "3000",
  });
  expect(line).toMatchObject({ ok: true });
  expect(await move("cost_plan", "execution")).toMatchObject({
    details: [{ key: "stages.gate.costPlan.notApproved" }],
  });
  await submitCostPlanAction({ accountId: account.id, version: 1 });
  signInAs(director.id);
  await reviewCostPlanAction({ accountId: account.id, version: 2, decision: "approved" });
  signInAs(manager.id);
  expect(await move("cost_plan", "execution")).toMatchObject({ ok: true });
  expect(await stageOf(account.id)).toBe("execution");
});
