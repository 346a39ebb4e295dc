import { beforeEach, describe, expect, test } from "vitest";
import { createUser, truncateAll } from "@/db/testing/fixtures";
import { signInAs } from "@/db/testing/session";
import { moveStageAction } from "../../stage-actions";
import { auditActions, createAccountIn, stageOf } from "@/db/testing/planning-fixtures";
import {
  decideEvaluationAction,
  saveEvaluationDraftAction,
  startEvaluationAction,
  submitEvaluationAction,
} from "./actions";
import { answersAll, evaluationRow, startEvaluation } from "@/db/testing/evaluation-fixtures";

beforeEach(async () => {
  await truncateAll();
  signInAs(null);
});

async function submitted(accountId: string, score = 5) {
  const id = await startEvaluation(accountId);
  const result = await submitEvaluationAction({
    accountId,
    evaluationId: id,
    version: 1,
    answers: answersAll(score),
  });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return { id, version: result.data.version };
}

describe("filling an evaluation", () => {
  test("the owner saves a partial draft, cannot submit it incomplete, then submits", async () => {
    const manager = await createUser("manager");
    const account = await createAccountIn("evaluation", manager.id);
    signInAs(manager.id);
    const id = await startEvaluation(account.id);

    const draft = await saveEvaluationDraftAction({
      accountId: account.id,
      evaluationId: id,
      version: 1,
      answers: { purchaseIntent: { score: 5, evidence: "已发询价单" } },
    });
    expect(draft).toEqual({ ok: true, data: { version: 2 } });
    // The total previews the scored criteria; a recommendation needs every criterion.
    expect(await evaluationRow(id)).toMatchObject({
      status: "draft",
      total: "100.0",
      recommendation: null,
      complete: false,
    });

    const incomplete = await submitEvaluationAction({
      accountId: account.id,
      evaluationId: id,
      version: 2,
      answers: { purchaseIntent: { score: 5, evidence: "" } },
    });
    expect(incomplete).toMatchObject({ ok: false, error: "validation" });
    if (incomplete.ok) return;
    expect(incomplete.fieldErrors?.["answers.purchaseIntent.evidence"]).toEqual([
      "validation.evidenceRequired",
    ]);
    expect(incomplete.fieldErrors?.["answers.productFit.score"]).toEqual([
      "validation.scoreRequired",
    ]);
    expect((await evaluationRow(id)).status).toBe("draft");

    const offScale = await saveEvaluationDraftAction({
      accountId: account.id,
      evaluationId: id,
      version: 2,
      answers: { purchaseIntent: { score: 9, evidence: "" } },
    });
    expect(offScale).toMatchObject({
      ok: false,
      fieldErrors: { "answers.purchaseIntent.score": ["validation.scoreOutOfRange"] },
    });

    const done = await submitEvaluationAction({
      accountId: account.id,
      evaluationId: id,
      version: 2,
      answers: answersAll(4),
    });
    expect(done).toEqual({ ok: true, data: { version: 3 } });
    expect(await evaluationRow(id)).toMatchObject({
      status: "submitted",
      total: "75.0",
      recommendation: "go",
      complete: true,
      submittedById: manager.id,
    });
    expect(await auditActions(account.id)).toEqual([
      "evaluation.create",
      "evaluation.saveDraft",
      "evaluation.submit",
    ]);
  });

  test("a stale version is a conflict and keeps the first save", async () => {
    const manager = await createUser("manager");
    const account = await createAccountIn("evaluation", manager.id);
    signInAs(manager.id);
    const id = await startEvaluation(account.id);
    const answers = { purchaseIntent: { score: 2, evidence: "" } };
    const ref = { accountId: account.id, evaluationId: id, version: 1 };
    expect((await saveEvaluationDraftAction({ ...ref, answers })).ok).toBe(true);
    const stale = await saveEvaluationDraftAction({
      ...ref,
      answers: { purchaseIntent: { score: 5, evidence: "" } },
    });
    expect(stale).toMatchObject({
      ok: false,
      error: "conflict",
      message: "common.errors.conflict",
    });
    expect((await evaluationRow(id)).answers).toEqual(answers);
  });

  test("others cannot write: another manager does not see it, the executive only reads", async () => {
    const owner = await createUser("manager");
    const account = await createAccountIn("evaluation", owner.id);
    signInAs(owner.id);
    const id = await startEvaluation(account.id);
    const save = { accountId: account.id, evaluationId: id, version: 1, answers: answersAll(3) };

    signInAs(null);
    expect(await saveEvaluationDraftAction(save)).toMatchObject({ error: "unauthenticated" });
    signInAs((await createUser("manager")).id);
    expect(await startEvaluationAction({ accountId: account.id })).toMatchObject({
      error: "not_found",
    });
    expect(await submitEvaluationAction(save)).toMatchObject({ error: "not_found" });
    signInAs((await createUser("executive")).id);
    expect(await saveEvaluationDraftAction(save)).toMatchObject({ error: "forbidden" });
    expect((await evaluationRow(id)).version).toBe(1);
  });

  test("a dropped account cannot be evaluated", async () => {
    const manager = await createUser("manager");
    const account = await createAccountIn("dropped", manager.id);
    signInAs(manager.id);
    expect(await startEvaluationAction({ accountId: account.id })).toMatchObject({
      ok: false,
      error: "refused",
      message: "scorecard.errors.accountClosed",
    });
  });
});

describe("approval", () => {
  test("managers and executives cannot decide; a director approves", async () => {
    const manager = await createUser("manager");
    const account = await createAccountIn("evaluation", manager.id);
    signInAs(manager.id);
    const { id, version } = await submitted(account.id);
    const approve = {
      accountId: account.id,
      evaluationId: id,
      version,
      decision: "approved" as const,
    };
    expect(await decideEvaluationAction(approve)).toMatchObject({ error: "forbidden" });
    signInAs((await createUser("executive")).id);
    expect(await decideEvaluationAction(approve)).toMatchObject({ error: "forbidden" });
    expect((await evaluationRow(id)).status).toBe("submitted");

    const director = await createUser("director");
    signInAs(director.id);
    expect(await decideEvaluationAction(approve)).toEqual({
      ok: true,
      data: { status: "approved" },
    });
    expect(await evaluationRow(id)).toMatchObject({ status: "approved", decidedById: director.id });
    expect(await decideEvaluationAction({ ...approve, version: version + 1 })).toMatchObject({
      error: "refused",
      message: "scorecard.errors.notSubmitted",
    });
  });

  test("nobody approves their own submission; another director or an admin may", async () => {
    const director = await createUser("director");
    const account = await createAccountIn("evaluation", director.id);
    signInAs(director.id);
    const { id, version } = await submitted(account.id);
    const approve = {
      accountId: account.id,
      evaluationId: id,
      version,
      decision: "approved" as const,
    };
    expect(await decideEvaluationAction(approve)).toMatchObject({
      ok: false,
      error: "refused",
      message: "scorecard.errors.ownSubmission",
    });
    expect((await evaluationRow(id)).status).toBe("submitted");
    signInAs((await createUser("admin")).id);
    expect(await decideEvaluationAction(approve)).toMatchObject({ ok: true });
  });

  test("returning needs a comment; the owner revises and resubmits", async () => {
    const manager = await createUser("manager");
    const account = await createAccountIn("evaluation", manager.id);
    signInAs(manager.id);
    const { id, version } = await submitted(account.id, 3);
    signInAs((await createUser("director")).id);
    const ret = { accountId: account.id, evaluationId: id, version, decision: "returned" as const };
    expect(await decideEvaluationAction(ret)).toMatchObject({
      error: "validation",
      fieldErrors: { comment: ["validation.commentRequired"] },
    });
    expect(
      await decideEvaluationAction({ ...ret, comment: "信用评分缺少依据，请补充财报" }),
    ).toMatchObject({ ok: true, data: { status: "returned" } });
    expect(await evaluationRow(id)).toMatchObject({
      status: "returned",
      decisionComment: "信用评分缺少依据，请补充财报",
    });

    signInAs(manager.id);
    const again = await submitEvaluationAction({
      accountId: account.id,
      evaluationId: id,
      version: version + 1,
      answers: answersAll(4),
    });
    expect(again).toMatchObject({ ok: true });
    expect(await evaluationRow(id)).toMatchObject({ status: "submitted", decisionComment: "" });
  });
});

describe("the evaluation gate and re-evaluation", () => {
  test("an unfinished draft is reported as incomplete and unapproved, not as a no-go", async () => {
    const manager = await createUser("manager");
    const account = await createAccountIn("evaluation", manager.id);
    signInAs(manager.id);
    await startEvaluation(account.id);
    const refused = await moveStageAction({
      id: account.id,
      from: "evaluation",
      to: "requirements",
    });
    expect(refused.ok ? [] : refused.details?.map((d) => d.key)).toEqual([
      "stages.gate.evaluation.incomplete",
      "stages.gate.evaluation.notApproved",
    ]);
  });

  test("the gate passes only after an approved go; a re-evaluation keeps the history", async () => {
    const manager = await createUser("manager");
    const account = await createAccountIn("evaluation", manager.id);
    const move = { id: account.id, from: "evaluation" as const, to: "requirements" as const };
    signInAs(manager.id);
    expect(await moveStageAction(move)).toMatchObject({
      error: "refused",
      details: [{ key: "stages.gate.evaluation.missing" }],
    });
    const { id, version } = await submitted(account.id);
    const refused = await moveStageAction(move);
    expect(refused).toMatchObject({ error: "refused" });
    if (refused.ok) return;
    expect(refused.details?.map((d) => d.key)).toEqual(["stages.gate.evaluation.notApproved"]);

    expect(await startEvaluationAction({ accountId: account.id })).toMatchObject({
      error: "refused",
      message: "scorecard.errors.evaluationOpen",
    });
    signInAs((await createUser("director")).id);
    const approve = { accountId: account.id, evaluationId: id, version, decision: "approved" };
    expect(await decideEvaluationAction(approve as never)).toMatchObject({ ok: true });

    signInAs(manager.id);
    const second = await startEvaluation(account.id);
    expect(second).not.toBe(id);
    // The re-evaluation starts from the approved answers, and the first one is untouched.
    expect((await evaluationRow(second)).answers).toEqual(answersAll(5));
    expect(await evaluationRow(id)).toMatchObject({ status: "approved", total: "100.0" });
    expect(await moveStageAction(move)).toMatchObject({
      error: "refused",
      details: [{ key: "stages.gate.evaluation.notApproved", params: { status: "draft" } }],
    });
  });

  test("an approved go passes the gate; an approved no-go can drop the account", async () => {
    const manager = await createUser("manager");
    const director = await createUser("director");
    const go = await createAccountIn("evaluation", manager.id);
    const noGo = await createAccountIn("evaluation", manager.id);
    signInAs(manager.id);
    const first = await submitted(go.id, 5);
    const second = await submitted(noGo.id, 1);
    signInAs(director.id);
    for (const [account, e] of [
      [go, first],
      [noGo, second],
    ] as const) {
      const decided = await decideEvaluationAction({
        accountId: account.id,
        evaluationId: e.id,
        version: e.version,
        decision: "approved",
      });
      expect(decided.ok).toBe(true);
    }
    signInAs(manager.id);
    expect(
      await moveStageAction({ id: go.id, from: "evaluation", to: "requirements" }),
    ).toMatchObject({ ok: true, data: { stage: "requirements" } });
    expect(
      await moveStageAction({ id: noGo.id, from: "evaluation", to: "requirements" }),
    ).toMatchObject({
      error: "refused",
      details: [{ key: "stages.gate.evaluation.notGo", params: { recommendation: "no_go" } }],
    });
    expect(
      await moveStageAction({
        id: noGo.id,
        from: "evaluation",
        to: "dropped",
        reason: "评估结论：不开发（总分 0）",
      }),
    ).toMatchObject({ ok: true, data: { kind: "drop" } });
    expect(await stageOf(noGo.id)).toBe("dropped");
  });
});
