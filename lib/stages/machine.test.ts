import { describe, expect, test } from "vitest";
import type { Role } from "@/db/schema/users";
import { checkGate, type GateFacts } from "./gates";
import { planMove, type MoveRequest } from "./machine";
import { PIPELINE_STAGES, nextStage, type PipelineStage } from "./stages";
import { passingFacts } from "./test-facts";

const manager = { role: "manager" } as const;
const move = (request: Partial<MoveRequest> & Pick<MoveRequest, "from" | "to">) =>
  planMove({ facts: passingFacts(), actor: manager, ...request });
const refused = (...codes: string[]) => ({ ok: false, reasons: codes.map((code) => ({ code })) });

const FORWARD = PIPELINE_STAGES.flatMap((from) => {
  const to = nextStage(from);
  return to ? [[from, to] as const] : [];
});

/** One way to make each stage's gate fail. */
const FAILING_FACTS: Record<Exclude<PipelineStage, "execution">, Partial<GateFacts>> = {
  stakeholders: { ownerId: null },
  evaluation: { evaluation: { status: "submitted", recommendation: "go", complete: true } },
  requirements: { requirements: null },
  scope: { scope: { inScopeCount: 1, customProductsMissingAgreement: 0, openChangeRequests: 2 } },
  schedule: { schedule: undefined },
  cost_plan: { costPlan: { lineCount: 3, approved: false } },
};

const failing = (stage: PipelineStage) =>
  passingFacts(stage === "execution" ? {} : FAILING_FACTS[stage]);

describe("forward moves", () => {
  test("there are six, one per stage before execution", () => {
    expect(FORWARD.map(([from]) => from)).toEqual(PIPELINE_STAGES.slice(0, 6));
  });

  test.each(FORWARD)("%s → %s when its gate passes", (from, to) => {
    expect(move({ from, to })).toEqual({ ok: true, kind: "forward", override: false });
  });

  test.each(FORWARD)("%s → %s is refused with the gate's reasons", (from, to) => {
    const facts = failing(from);
    const expected = checkGate(from, facts);
    expect(expected.length).toBeGreaterThan(0);
    expect(move({ from, to, facts })).toEqual({ ok: false, reasons: expected });
  });

  test("refusal names exactly what is missing", () => {
    expect(move({ from: "scope", to: "schedule", facts: failing("scope") })).toEqual({
      ok: false,
      reasons: [{ code: "gate.scope.openChangeRequests", params: { count: 2 } }],
    });
    expect(move({ from: "schedule", to: "cost_plan", facts: failing("schedule") })).toEqual(
      refused("gate.notAvailable"),
    );
  });

  test("a note on a normal forward move is fine", () => {
    expect(move({ from: "stakeholders", to: "evaluation", reason: "met the CEO" })).toEqual({
      ok: true,
      kind: "forward",
      override: false,
    });
  });

  test.each([
    ["stakeholders", "requirements"],
    ["stakeholders", "execution"],
    ["evaluation", "scope"],
    ["schedule", "execution"],
  ] as const)("skipping %s → %s is refused", (from, to) => {
    expect(move({ from, to })).toEqual(refused("move.skip"));
    expect(move({ from, to, actor: { role: "admin" }, override: true, reason: "urgent" })).toEqual(
      refused("move.skip"),
    );
  });
});

describe("gate overrides", () => {
  const evaluationOnHold = passingFacts({
    evaluation: { status: "approved", recommendation: "hold", complete: true },
  });
  const holdReason = { code: "gate.evaluation.notGo", params: { recommendation: "hold" } };
  const overrideMove = (role: Role, reason?: string, facts = evaluationOnHold) =>
    move({
      from: "evaluation",
      to: "requirements",
      facts,
      actor: { role },
      override: true,
      reason,
    });

  test.each(["director", "admin"] as const)("%s overrides with a reason", (role) => {
    expect(overrideMove(role, "strategic account")).toEqual({
      ok: true,
      kind: "forward",
      override: true,
    });
  });

  test("a manager cannot override", () => {
    expect(overrideMove("manager", "please")).toEqual({
      ok: false,
      reasons: [holdReason, { code: "move.override.notAllowed" }],
    });
  });

  test.each([undefined, "", "   \n\t"])("an override needs a non-blank reason (%j)", (reason) => {
    expect(overrideMove("director", reason)).toEqual({
      ok: false,
      reasons: [holdReason, { code: "move.override.reasonRequired" }],
    });
  });

  test("a manager without a reason gets both problems", () => {
    expect(overrideMove("manager", " ")).toEqual({
      ok: false,
      reasons: [
        holdReason,
        { code: "move.override.notAllowed" },
        { code: "move.override.reasonRequired" },
      ],
    });
  });

  test("an override when the gate passes is a normal forward move", () => {
    expect(overrideMove("director", "anyway", passingFacts())).toEqual({
      ok: true,
      kind: "forward",
      override: false,
    });
    expect(overrideMove("manager", undefined, passingFacts())).toEqual({
      ok: true,
      kind: "forward",
      override: false,
    });
  });

  test("a director can override a gate whose feature is not built yet", () => {
    const facts = passingFacts({ costPlan: undefined });
    const request = {
      from: "cost_plan",
      to: "execution",
      facts,
      actor: { role: "director" },
    } as const;
    expect(move(request)).toEqual(refused("gate.notAvailable"));
    expect(move({ ...request, override: true, reason: "costs agreed offline" })).toEqual({
      ok: true,
      kind: "forward",
      override: true,
    });
  });

  test("without the override flag even a director is held by the gate", () => {
    expect(
      move({
        from: "evaluation",
        to: "requirements",
        facts: evaluationOnHold,
        actor: { role: "director" },
        reason: "x",
      }),
    ).toEqual({ ok: false, reasons: [holdReason] });
  });
});

describe("back moves (rework)", () => {
  const BACK = PIPELINE_STAGES.flatMap((from, i) =>
    PIPELINE_STAGES.slice(0, i).map((to) => [from, to] as const),
  );

  test("every earlier pipeline stage can be reached: 21 pairs", () => {
    expect(BACK).toHaveLength(21);
  });

  test.each(BACK)("%s → %s with a reason", (from, to) => {
    expect(move({ from, to, reason: "customer changed requirements" })).toEqual({
      ok: true,
      kind: "back",
      override: false,
    });
  });

  test.each(BACK)("%s → %s without a reason is refused", (from, to) => {
    expect(move({ from, to })).toEqual(refused("move.back.reasonRequired"));
    expect(move({ from, to, reason: "  " })).toEqual(refused("move.back.reasonRequired"));
  });

  test("back moves ignore failing gates", () => {
    const facts = { ownerId: null, stakeholders: [] };
    expect(move({ from: "execution", to: "stakeholders", facts, reason: "restart" })).toMatchObject(
      {
        ok: true,
        kind: "back",
      },
    );
  });
});
