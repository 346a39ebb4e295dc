import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, test } from "vitest";
import { db } from "@/db";
import { accounts, scopeChangeRequests, scopeItems } from "@/db/schema";
import { createUser, truncateAll } from "@/db/testing/fixtures";
import { signInAs } from "@/db/testing/session";
import type { ScopeItemValues } from "@/components/scope/scope-item-fields";
import { moveStageAction } from "../../stage-actions";
import {
  createChangeRequestAction,
  createScopeItemAction,
  decideChangeRequestAction,
  updateScopeItemAction,
} from "./actions";
import { auditActions, createAccountIn, stageOf } from "@/db/testing/planning-fixtures";

const product: ScopeItemValues = {
  type: "product",
  productKind: "standard",
  serviceKind: "",
  name: "水性工业面漆 WB-200",
  inScope: true,
  agreementRef: "",
  note: "",
};
const impacts = {
  change: "增加定制色浆",
  reason: "客户新产线需要专用颜色",
  costImpact: "样品费用增加约 3,000 元",
  scheduleImpact: "样品阶段延长 10 天",
  riskImpact: "配色失败需重新打样",
};

const items = (accountId: string) =>
  db.select().from(scopeItems).where(eq(scopeItems.accountId, accountId));
const requestRow = async (id: string) =>
  (await db.select().from(scopeChangeRequests).where(eq(scopeChangeRequests.id, id)))[0]!;

async function addItem(accountId: string, extra: Partial<typeof product> = {}) {
  const result = await createScopeItemAction({ ...product, ...extra, accountId });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data.id;
}

beforeEach(async () => {
  await truncateAll();
  signInAs(null);
});

describe("change requests", () => {
  test("past the scope stage, edits are refused and go through an approved change request", async () => {
    const [manager, director] = await Promise.all([createUser("manager"), createUser("director")]);
    const account = await createAccountIn("scope", manager.id);
    signInAs(manager.id);
    const id = await addItem(account.id);
    await db.update(accounts).set({ stage: "schedule" }).where(eq(accounts.id, account.id));

    const direct = await updateScopeItemAction({
      ...product,
      accountId: account.id,
      id,
      version: 1,
    });
    expect(direct).toMatchObject({ ok: false, error: "refused", message: "scope.errors.locked" });
    expect(await createScopeItemAction({ ...product, accountId: account.id })).toMatchObject({
      error: "refused",
    });

    const created = await createChangeRequestAction({
      ...impacts,
      ...product,
      op: "update",
      itemId: id,
      productKind: "custom",
      agreementRef: "HT-2024-018",
      accountId: account.id,
    });
    expect(created.ok).toBe(true);
    const requestId = created.ok ? created.data.id : "";
    expect(await requestRow(requestId)).toMatchObject({ status: "open", createdById: manager.id });

    // A manager cannot approve, not even their own request.
    const selfApproval = await decideChangeRequestAction({
      accountId: account.id,
      id: requestId,
      version: 1,
      decision: "approved",
    });
    expect(selfApproval).toMatchObject({ ok: false, error: "forbidden" });
    expect((await items(account.id))[0]).toMatchObject({ productKind: "standard" });

    signInAs(director.id);
    const approved = await decideChangeRequestAction({
      accountId: account.id,
      id: requestId,
      version: 1,
      decision: "approved",
      comment: "同意",
    });
    expect(approved).toEqual({ ok: true, data: { status: "approved" } });
    expect((await items(account.id))[0]).toMatchObject({
      productKind: "custom",
      agreementRef: "HT-2024-018",
      version: 2,
    });
    const decided = await requestRow(requestId);
    expect(decided).toMatchObject({ status: "approved", decidedById: director.id });
    // The history keeps what the item was before the change.
    expect(decided.proposal).toMatchObject({
      op: "update",
      before: { productKind: "standard", name: product.name },
    });

    const again = await decideChangeRequestAction({
      accountId: account.id,
      id: requestId,
      version: 2,
      decision: "rejected",
      comment: "改主意了",
    });
    expect(again).toMatchObject({ ok: false, message: "scope.errors.alreadyDecided" });
    expect(await auditActions(account.id)).toContain("scopeChangeRequest.approve");
  });

  test("a rejection needs a reason and leaves the scope as it was; removals apply on approval", async () => {
    const [manager, director] = await Promise.all([createUser("manager"), createUser("director")]);
    const account = await createAccountIn("execution", manager.id);
    signInAs(director.id);
    await db
      .insert(scopeItems)
      .values({ ...product, productKind: "standard", serviceKind: null, accountId: account.id });
    const [item] = await items(account.id);
    signInAs(manager.id);
    const add = await createChangeRequestAction({
      ...impacts,
      ...product,
      name: "售后驻场服务",
      type: "service",
      serviceKind: "after_sale",
      op: "add",
      itemId: "",
      accountId: account.id,
    });
    const remove = await createChangeRequestAction({
      ...impacts,
      ...product,
      op: "remove",
      itemId: item!.id,
      accountId: account.id,
    });
    expect(add.ok && remove.ok).toBe(true);
    signInAs(director.id);
    const noReason = await decideChangeRequestAction({
      accountId: account.id,
      id: add.ok ? add.data.id : "",
      version: 1,
      decision: "rejected",
      comment: " ",
    });
    expect(noReason).toMatchObject({
      error: "validation",
      fieldErrors: { comment: ["validation.rejectionReasonRequired"] },
    });
    await decideChangeRequestAction({
      accountId: account.id,
      id: add.ok ? add.data.id : "",
      version: 1,
      decision: "rejected",
      comment: "超出本期合同范围",
    });
    await decideChangeRequestAction({
      accountId: account.id,
      id: remove.ok ? remove.data.id : "",
      version: 1,
      decision: "approved",
    });
    expect(await items(account.id)).toHaveLength(0);
    expect(await requestRow(add.ok ? add.data.id : "")).toMatchObject({
      status: "rejected",
      decisionComment: "超出本期合同范围",
    });
  });

  test("a request must name an item of this account to change or remove", async () => {
    const manager = await createUser("manager");
    const account = await createAccountIn("schedule", manager.id);
    signInAs(manager.id);
    const missing = await createChangeRequestAction({
      ...impacts,
      ...product,
      op: "remove",
      itemId: "",
      accountId: account.id,
    });
    expect(missing).toMatchObject({ fieldErrors: { itemId: ["validation.itemRequired"] } });
    const foreign = await createChangeRequestAction({
      ...impacts,
      ...product,
      op: "remove",
      itemId: crypto.randomUUID(),
      accountId: account.id,
    });
    expect(foreign).toMatchObject({ fieldErrors: { itemId: ["validation.itemRequired"] } });
    const noImpact = await createChangeRequestAction({
      ...impacts,
      ...product,
      riskImpact: "",
      op: "add",
      itemId: "",
      accountId: account.id,
    });
    expect(noImpact).toMatchObject({ fieldErrors: { riskImpact: ["required"] } });
  });

  test("an open change request blocks the scope gate until it is decided", async () => {
    const [manager, director] = await Promise.all([createUser("manager"), createUser("director")]);
    const account = await createAccountIn("scope", manager.id);
    signInAs(manager.id);
    const move = () =>
      moveStageAction({
        id: account.id,
        from: "scope",
        to: "schedule",
        reason: "",
        override: false,
      });
    expect(await move()).toMatchObject({
      ok: false,
      error: "refused",
      details: [{ key: "stages.gate.scope.missing" }],
    });
    await addItem(account.id, { productKind: "custom", agreementRef: "HT-1" });
    const request = await createChangeRequestAction({
      ...impacts,
      ...product,
      name: "水性底漆 WB-100",
      op: "add",
      itemId: "",
      accountId: account.id,
    });
    expect(request.ok).toBe(true);
    expect(await move()).toMatchObject({
      ok: false,
      details: [{ key: "stages.gate.scope.openChangeRequests", params: { count: 1 } }],
    });
    signInAs(director.id);
    await decideChangeRequestAction({
      accountId: account.id,
      id: request.ok ? request.data.id : "",
      version: 1,
      decision: "rejected",
      comment: "暂不增加",
    });
    signInAs(manager.id);
    expect(await move()).toMatchObject({ ok: true });
    expect(await stageOf(account.id)).toBe("schedule");
  });
});
