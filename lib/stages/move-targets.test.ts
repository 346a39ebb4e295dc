import { describe, expect, test } from "vitest";
import { planMove } from "./machine";
import { moveKindFor, moveTargets } from "@/lib/stages/move-targets";
import { STAGES } from "./stages";

const facts = {
  ownerId: "u1",
  stakeholders: [{ side: "customer" as const, decisionRole: "decision_maker", isPrimary: true }],
};

describe("moveTargets", () => {
  test("offers the next stage first, then rework targets, then drop", () => {
    expect(moveTargets("requirements")).toEqual([
      { to: "scope", kind: "forward" },
      { to: "stakeholders", kind: "back" },
      { to: "evaluation", kind: "back" },
      { to: "dropped", kind: "drop" },
    ]);
  });

  test("execution can only go back or churn; outcomes only reopen", () => {
    expect(moveTargets("execution").map((t) => t.kind)).not.toContain("forward");
    expect(moveTargets("execution").at(-1)).toEqual({ to: "churned", kind: "churn" });
    expect(moveTargets("dropped")).toEqual([{ to: "stakeholders", kind: "reopen" }]);
    expect(moveTargets("churned")).toEqual([{ to: "stakeholders", kind: "reopen" }]);
  });

  test("a skip is not offered", () => {
    expect(moveKindFor("stakeholders", "requirements")).toBeNull();
  });

  test("every offered target is a move the stage machine allows with a reason", () => {
    for (const from of STAGES) {
      for (const { to, kind } of moveTargets(from)) {
        const plan = planMove({
          from,
          to,
          facts,
          actor: { role: "director" },
          reason: "because",
          churnType: "price_seeker",
        });
        if (kind === "forward") continue; // gates depend on records the facts above lack
        expect(plan, `${from} → ${to}`).toMatchObject({ ok: true, kind });
      }
    }
  });
});
