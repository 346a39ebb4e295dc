import { describe, expect, test } from "vitest";
import { planMove, type MoveRequest } from "./machine";
import { CHURN_TYPES, OUTCOMES, PIPELINE_STAGES, STAGES } from "./stages";
import { passingFacts } from "./test-facts";

const move = (request: Partial<MoveRequest> & Pick<MoveRequest, "from" | "to">) =>
  planMove({ facts: passingFacts(), actor: { role: "manager" }, ...request });
const refused = (...codes: string[]) => ({ ok: false, reasons: codes.map((code) => ({ code })) });
const BEFORE_EXECUTION = PIPELINE_STAGES.filter((s) => s !== "execution");

describe("drop", () => {
  test.each(BEFORE_EXECUTION)("from %s with a reason", (from) => {
    expect(move({ from, to: "dropped", reason: "no-go evaluation" })).toEqual({
      ok: true,
      kind: "drop",
      override: false,
    });
  });

  test.each(BEFORE_EXECUTION)("from %s without a reason is refused", (from) => {
    expect(move({ from, to: "dropped", reason: "" })).toEqual(refused("move.drop.reasonRequired"));
  });

  test("not from execution: that is churn", () => {
    expect(move({ from: "execution", to: "dropped", reason: "gone" })).toEqual(
      refused("move.drop.fromExecution"),
    );
  });
});

describe("churn", () => {
  test.each(CHURN_TYPES)("from execution as %s", (churnType) => {
    expect(
      move({ from: "execution", to: "churned", churnType, reason: "lost the tender" }),
    ).toEqual({
      ok: true,
      kind: "churn",
      override: false,
    });
  });

  test("needs a churn type", () => {
    expect(move({ from: "execution", to: "churned", reason: "lost" })).toEqual(
      refused("move.churn.typeRequired"),
    );
    const bogus = "bored" as unknown as MoveRequest["churnType"];
    expect(move({ from: "execution", to: "churned", reason: "lost", churnType: bogus })).toEqual(
      refused("move.churn.typeRequired"),
    );
  });

  test("needs a reason", () => {
    expect(
      move({ from: "execution", to: "churned", churnType: "price_seeker", reason: " " }),
    ).toEqual(refused("move.churn.reasonRequired"));
  });

  test("lists both when both are missing", () => {
    expect(move({ from: "execution", to: "churned" })).toEqual(
      refused("move.churn.typeRequired", "move.churn.reasonRequired"),
    );
  });

  test.each(BEFORE_EXECUTION)("not from %s: that is a drop", (from) => {
    expect(move({ from, to: "churned", churnType: "lured_by_competitor", reason: "x" })).toEqual(
      refused("move.churn.onlyFromExecution"),
    );
  });
});

describe("terminal outcomes and reopening", () => {
  test.each(OUTCOMES)("%s reopens to stakeholders with a reason", (from) => {
    expect(move({ from, to: "stakeholders", reason: "new buyer at the customer" })).toEqual({
      ok: true,
      kind: "reopen",
      override: false,
    });
  });

  test.each(OUTCOMES)("%s reopening without a reason is refused", (from) => {
    expect(move({ from, to: "stakeholders", reason: "\t" })).toEqual(
      refused("move.reopen.reasonRequired"),
    );
  });

  const ELSEWHERE = OUTCOMES.flatMap((from) =>
    STAGES.filter((to) => to !== from && to !== "stakeholders").map((to) => [from, to] as const),
  );
  test.each(ELSEWHERE)("%s → %s is refused", (from, to) => {
    expect(move({ from, to, reason: "win-back", churnType: "price_seeker" })).toEqual(
      refused("move.reopen.onlyToStakeholders"),
    );
  });

  test("a reopen as director with override flag is still a plain reopen", () => {
    expect(
      move({
        from: "churned",
        to: "stakeholders",
        actor: { role: "director" },
        override: true,
        reason: "x",
      }),
    ).toEqual({ ok: true, kind: "reopen", override: false });
  });
});

describe("refusals that apply to every move", () => {
  test.each(STAGES)("%s → %s is refused as the same stage", (stage) => {
    expect(move({ from: stage, to: stage, reason: "x" })).toEqual(refused("move.sameStage"));
  });

  const ALL_PAIRS = STAGES.flatMap((from) => STAGES.map((to) => [from, to] as const));
  test("executives can never move, whatever the move", () => {
    for (const [from, to] of ALL_PAIRS) {
      const plan = move({
        from,
        to,
        actor: { role: "executive" },
        reason: "x",
        override: true,
        churnType: "price_seeker",
      });
      expect(plan).toEqual(refused("move.readOnly"));
    }
  });

  test("an unknown role or stage from untrusted input is refused", () => {
    const role = "guest" as unknown as "manager";
    expect(move({ from: "stakeholders", to: "evaluation", actor: { role } })).toEqual(
      refused("move.readOnly"),
    );
    const stage = "won" as unknown as "execution";
    expect(move({ from: "execution", to: stage, reason: "x" })).toEqual(
      refused("move.unknownStage"),
    );
    expect(move({ from: stage, to: "stakeholders", reason: "x" })).toEqual(
      refused("move.unknownStage"),
    );
  });

  test("every pair of stages gets a definite answer for a manager with a reason and churn type", () => {
    const kinds = ALL_PAIRS.map(([from, to]) => {
      const plan = move({ from, to, reason: "x", churnType: "lost_conditions" });
      return plan.ok ? plan.kind : plan.reasons.map((r) => r.code).join("+");
    });
    const tally = kinds.reduce<Record<string, number>>(
      (acc, k) => ({ ...acc, [k]: (acc[k] ?? 0) + 1 }),
      {},
    );
    expect(tally).toEqual({
      forward: 6,
      back: 21,
      "move.skip": 15,
      "move.sameStage": 9,
      drop: 6,
      "move.drop.fromExecution": 1,
      churn: 1,
      "move.churn.onlyFromExecution": 6,
      reopen: 2,
      "move.reopen.onlyToStakeholders": 14,
    });
  });
});
