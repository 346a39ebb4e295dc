import { describe, expect, test } from "vitest";
import { moveFieldErrors, moveFieldOf } from "./move-fields";

describe("stage move form", () => {
  test("a churn without type and reason reports both fields at once", () => {
    expect(moveFieldErrors({ kind: "churn", override: false, reason: " ", churnType: "" })).toEqual(
      { churnType: "move.churn.typeRequired", reason: "move.churn.reasonRequired" },
    );
    expect(
      moveFieldErrors({ kind: "churn", override: false, reason: "", churnType: "price_seeker" }),
    ).toEqual({ reason: "move.churn.reasonRequired" });
    expect(
      moveFieldErrors({ kind: "churn", override: false, reason: "x", churnType: "price_seeker" }),
    ).toEqual({});
  });

  test("forward needs nothing unless it overrides the gate; other moves need a reason", () => {
    expect(
      moveFieldErrors({ kind: "forward", override: false, reason: "", churnType: "" }),
    ).toEqual({});
    expect(moveFieldErrors({ kind: "forward", override: true, reason: "", churnType: "" })).toEqual(
      {
        reason: "move.override.reasonRequired",
      },
    );
    expect(moveFieldErrors({ kind: "drop", override: false, reason: "", churnType: "" })).toEqual({
      reason: "move.drop.reasonRequired",
    });
  });

  test("the server's field refusals map to their fields; gate refusals stay in the list", () => {
    expect(moveFieldOf("stages.move.churn.typeRequired")).toBe("churnType");
    expect(moveFieldOf("stages.move.back.reasonRequired")).toBe("reason");
    expect(moveFieldOf("stages.gate.scope.missing")).toBeNull();
  });
});
