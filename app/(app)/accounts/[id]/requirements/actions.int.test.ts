import { asc, eq } from "drizzle-orm";
import { beforeEach, describe, expect, test } from "vitest";
import { db } from "@/db";
import { requirementDocVersions, stakeholders } from "@/db/schema";
import { createUser, truncateAll } from "@/db/testing/fixtures";
import { signInAs } from "@/db/testing/session";
import type { RequirementDocInput } from "@/lib/validations/requirements";
import { moveStageAction } from "../../stage-actions";
import { auditActions, createAccountIn } from "@/db/testing/planning-fixtures";
import {
  decideRequirementDocAction,
  saveRequirementDocAction,
  submitRequirementDocAction,
} from "./actions";

beforeEach(async () => {
  await truncateAll();
  signInAs(null);
});

const sections = {
  objectives: "为客户新产线提供水性工业涂料",
  scopeStatement: "提供面漆与底漆，不含施工服务",
  customerDescription: "",
  customerCharacteristics: "",
  assumptions: "",
  constraints: "",
  relatedProjects: "",
};
const row = (id: string, extra: Partial<RequirementDocInput["requirements"][number]> = {}) => ({
  id,
  kind: "functional" as const,
  title: "耐候性达到 1000 小时盐雾",
  priority: "must" as const,
  acceptanceCriteria: "第三方检测报告",
  sourceStakeholderId: null,
  status: "proposed" as const,
  ...extra,
});
const doc = { sections, requirements: [row("r1")] };
const versions = (accountId: string) =>
  db
    .select()
    .from(requirementDocVersions)
    .where(eq(requirementDocVersions.accountId, accountId))
    .orderBy(asc(requirementDocVersions.number));

async function setup() {
  const manager = await createUser("manager");
  const director = await createUser("director");
  const account = await createAccountIn("requirements", manager.id);
  return { manager, director, account };
}

const fresh = (accountId: string, baseNumber = 0) => ({
  accountId,
  versionId: "",
  version: 0,
  baseNumber,
});

describe("requirements document", () => {
  test("drafted, submitted, approved by a director, then edited into version 2", async () => {
    const { manager, director, account } = await setup();
    signInAs(manager.id);
    const created = await saveRequirementDocAction({ ...fresh(account.id), ...doc });
    expect(created).toMatchObject({ ok: true, data: { number: 1, version: 1 } });
    if (!created.ok) return;
    const ref = { accountId: account.id, versionId: created.data.versionId, baseNumber: 1 };

    const submitted = await submitRequirementDocAction({ ...ref, version: 1, ...doc });
    expect(submitted).toMatchObject({ ok: true, data: { number: 1, version: 2 } });
    expect(await saveRequirementDocAction({ ...ref, version: 2, ...doc })).toMatchObject({
      error: "refused",
      message: "requirements.errors.notEditable",
    });

    signInAs(director.id);
    expect(
      await decideRequirementDocAction({ ...ref, version: 2, decision: "approved" }),
    ).toMatchObject({ ok: true, data: { status: "approved" } });
    expect((await versions(account.id))[0]).toMatchObject({
      status: "approved",
      approvedById: director.id,
      submittedById: manager.id,
    });

    signInAs(manager.id);
    const edited = {
      sections: { ...sections, constraints: "预算不超过 50 万元" },
      requirements: [row("r1", { priority: "should" }), row("r2", { kind: "technical" })],
    };
    // Editing the approved version directly is refused; a new draft version is started instead.
    expect(await saveRequirementDocAction({ ...ref, version: 3, ...edited })).toMatchObject({
      error: "refused",
    });
    const v2 = await saveRequirementDocAction({ ...fresh(account.id, 1), ...edited });
    expect(v2).toMatchObject({ ok: true, data: { number: 2, version: 1 } });
    const again = await saveRequirementDocAction({ ...fresh(account.id, 1), ...edited });
    expect(again).toMatchObject({ error: "conflict" });

    const all = await versions(account.id);
    expect(all.map((v) => [v.number, v.status])).toEqual([
      [1, "approved"],
      [2, "draft"],
    ]);
    expect(all[0]!.content.requirements).toEqual([row("r1")]);
    expect(await auditActions(account.id)).toEqual([
      "requirementDoc.createVersion",
      "requirementDoc.submit",
      "requirementDoc.approve",
      "requirementDoc.createVersion",
    ]);
  });

  test("approving version 2 freezes version 1", async () => {
    const { manager, director, account } = await setup();
    for (const base of [0, 1]) {
      signInAs(manager.id);
      const saved = await submitRequirementDocAction({ ...fresh(account.id, base), ...doc });
      if (!saved.ok) throw new Error(JSON.stringify(saved));
      signInAs(director.id);
      const decided = await decideRequirementDocAction({
        accountId: account.id,
        versionId: saved.data.versionId,
        version: saved.data.version,
        decision: "approved",
      });
      expect(decided.ok).toBe(true);
    }
    expect((await versions(account.id)).map((v) => v.status)).toEqual(["frozen", "approved"]);
  });

  test("a version conflict keeps the first writer's text", async () => {
    const { manager, account } = await setup();
    signInAs(manager.id);
    const created = await saveRequirementDocAction({ ...fresh(account.id), ...doc });
    if (!created.ok) throw new Error();
    const ref = { accountId: account.id, versionId: created.data.versionId, baseNumber: 1 };
    const first = { ...doc, sections: { ...sections, objectives: "第一次修改" } };
    expect(await saveRequirementDocAction({ ...ref, version: 1, ...first })).toMatchObject({
      ok: true,
    });
    const stale = await saveRequirementDocAction({
      ...ref,
      version: 1,
      ...doc,
      sections: { ...sections, objectives: "第二次修改" },
    });
    expect(stale).toMatchObject({ error: "conflict", message: "common.errors.conflict" });
    expect((await versions(account.id))[0]!.content.sections.objectives).toBe("第一次修改");
  });

  test("submission needs objectives, a scope statement and a planned requirement", async () => {
    const { manager, account } = await setup();
    signInAs(manager.id);
    const result = await submitRequirementDocAction({
      ...fresh(account.id),
      sections: { ...sections, objectives: " ", scopeStatement: "" },
      requirements: [row("r1", { priority: "wont" }), row("r2", { title: "" })],
    });
    expect(result).toMatchObject({ ok: false, error: "validation" });
    if (result.ok) return;
    expect(result.fieldErrors).toMatchObject({
      "sections.objectives": ["validation.objectivesRequired"],
      "sections.scopeStatement": ["validation.scopeStatementRequired"],
      "requirements.1.title": ["validation.titleRequired"],
    });
    expect(await versions(account.id)).toHaveLength(0);
  });

  test("the source stakeholder must belong to the account", async () => {
    const { manager, account } = await setup();
    const other = await createAccountIn("requirements", manager.id);
    const [stranger] = await db
      .insert(stakeholders)
      .values({ accountId: other.id, side: "customer", name: "王芳", decisionRole: "user" })
      .returning();
    signInAs(manager.id);
    const result = await saveRequirementDocAction({
      ...fresh(account.id),
      sections,
      requirements: [row("r1", { sourceStakeholderId: stranger!.id })],
    });
    expect(result).toMatchObject({
      error: "validation",
      fieldErrors: { "requirements.0.sourceStakeholderId": ["validation.stakeholderUnknown"] },
    });
  });

  test("approval rules: only directors and admins, never one's own submission", async () => {
    const { manager, director, account } = await setup();
    signInAs(director.id);
    const saved = await submitRequirementDocAction({ ...fresh(account.id), ...doc });
    if (!saved.ok) throw new Error(JSON.stringify(saved));
    const decide = {
      accountId: account.id,
      versionId: saved.data.versionId,
      version: saved.data.version,
      decision: "approved" as const,
    };
    expect(await decideRequirementDocAction(decide)).toMatchObject({
      error: "refused",
      message: "requirements.errors.ownSubmission",
    });
    signInAs(manager.id);
    expect(await decideRequirementDocAction(decide)).toMatchObject({ error: "forbidden" });
    signInAs((await createUser("executive")).id);
    expect(await decideRequirementDocAction(decide)).toMatchObject({ error: "forbidden" });
    expect(await saveRequirementDocAction({ ...fresh(account.id), ...doc })).toMatchObject({
      error: "forbidden",
    });
    signInAs((await createUser("manager")).id);
    expect(await decideRequirementDocAction(decide)).toMatchObject({ error: "not_found" });
    expect(await saveRequirementDocAction({ ...fresh(account.id), ...doc })).toMatchObject({
      error: "not_found",
    });

    signInAs((await createUser("admin")).id);
    expect(
      await decideRequirementDocAction({ ...decide, decision: "returned", comment: "" }),
    ).toMatchObject({
      error: "validation",
      fieldErrors: { comment: ["validation.commentRequired"] },
    });
    expect(
      await decideRequirementDocAction({
        ...decide,
        decision: "returned",
        comment: "补充验收标准",
      }),
    ).toMatchObject({ ok: true, data: { status: "draft" } });
    expect((await versions(account.id))[0]).toMatchObject({ status: "draft", submittedById: null });
  });

  test("the requirements gate passes after an approved version with what it needs", async () => {
    const { manager, director, account } = await setup();
    const move = { id: account.id, from: "requirements" as const, to: "scope" as const };
    signInAs(manager.id);
    expect(await moveStageAction(move)).toMatchObject({
      details: [{ key: "stages.gate.requirements.missing" }],
    });
    const saved = await submitRequirementDocAction({ ...fresh(account.id), ...doc });
    if (!saved.ok) throw new Error(JSON.stringify(saved));
    const waiting = await moveStageAction(move);
    expect(waiting.ok ? [] : waiting.details?.map((d) => d.key)).toEqual([
      "stages.gate.requirements.notApproved",
    ]);
    signInAs(director.id);
    await decideRequirementDocAction({
      accountId: account.id,
      versionId: saved.data.versionId,
      version: saved.data.version,
      decision: "approved",
    });
    signInAs(manager.id);
    // A newer draft does not take the approved version away from the gate.
    await saveRequirementDocAction({ ...fresh(account.id, 1), sections, requirements: [] });
    expect(await moveStageAction(move)).toMatchObject({ ok: true, data: { stage: "scope" } });
  });
});
