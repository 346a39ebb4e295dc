import { describe, expect, it } from "vitest";
import { churnMoveEffect, nextChurnSteps, planChurnStep } from "./flow";

describe("planChurnStep", () => {
  it("starts a win-back on a churned case with a note", () => {
    expect(
      planChurnStep({
        from: "churned",
        to: "win_back",
        note: "call the buyer",
        accountStage: "churned",
      }),
    ).toEqual({ ok: true });
  });

  it("asks for a note before a win-back or lost for good", () => {
    for (const to of ["win_back", "lost"] as const) {
      expect(planChurnStep({ from: "churned", to, note: "  ", accountStage: "churned" })).toEqual({
        ok: false,
        reason: "churn.refusal.noteRequired",
      });
    }
  });

  it("refuses steps outside the flow", () => {
    expect(
      planChurnStep({ from: "at_risk", to: "win_back", note: "x", accountStage: "execution" }),
    ).toEqual({ ok: false, reason: "churn.refusal.notAllowed" });
    expect(
      planChurnStep({ from: "lost", to: "recovered", note: "x", accountStage: "churned" }),
    ).toEqual({ ok: false, reason: "churn.refusal.notAllowed" });
    expect(
      planChurnStep({ from: "recovered", to: "lost", note: "x", accountStage: "execution" }),
    ).toEqual({ ok: false, reason: "churn.refusal.notAllowed" });
  });

  it("sends the churned step to the churn move", () => {
    expect(
      planChurnStep({ from: "at_risk", to: "churned", note: "x", accountStage: "execution" }),
    ).toEqual({ ok: false, reason: "churn.refusal.useChurnMove" });
  });

  it("recovers a churned account only once it is reopened", () => {
    expect(
      planChurnStep({ from: "win_back", to: "recovered", note: "", accountStage: "churned" }),
    ).toEqual({ ok: false, reason: "churn.refusal.reopenFirst" });
    expect(
      planChurnStep({ from: "win_back", to: "recovered", note: "", accountStage: "stakeholders" }),
    ).toEqual({ ok: true });
    expect(
      planChurnStep({ from: "at_risk", to: "recovered", note: "", accountStage: "execution" }),
    ).toEqual({ ok: true });
  });

  it("offers nothing after a case is closed", () => {
    expect(nextChurnSteps("recovered")).toEqual([]);
    expect(nextChurnSteps("lost")).toEqual([]);
  });
});

describe("churnMoveEffect", () => {
  it("opens a churned case when none is open and advances an at-risk one", () => {
    expect(churnMoveEffect({ kind: "churn", from: "execution" }, null)).toEqual({
      kind: "open",
      status: "churned",
    });
    expect(churnMoveEffect({ kind: "churn", from: "execution" }, { status: "at_risk" })).toEqual({
      kind: "advance",
      status: "churned",
    });
  });

  it("closes a churned or win-back case as recovered when the account is reopened", () => {
    expect(churnMoveEffect({ kind: "reopen", from: "churned" }, { status: "win_back" })).toEqual({
      kind: "close",
      status: "recovered",
    });
    expect(churnMoveEffect({ kind: "reopen", from: "churned" }, { status: "churned" })).toEqual({
      kind: "close",
      status: "recovered",
    });
    expect(churnMoveEffect({ kind: "reopen", from: "dropped" }, null)).toEqual({ kind: "none" });
    expect(churnMoveEffect({ kind: "forward", from: "scope" }, { status: "at_risk" })).toEqual({
      kind: "none",
    });
  });
});
