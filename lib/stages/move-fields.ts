import type { MoveKind } from "./machine";
import { isChurnType } from "./stages";

/** The fields of a stage move the user fills in, and the message (key under `stages`) each lacks. */
export type MoveFieldErrors = Partial<Record<"reason" | "churnType", string>>;

/**
 * Everything missing from a move's form at once (a reason where the move needs one,
 * the churn type of a churn), so the dialog shows each beside its field in one round.
 */
export function moveFieldErrors(input: {
  kind: MoveKind;
  override: boolean;
  reason: string;
  churnType: string;
}): MoveFieldErrors {
  const errors: MoveFieldErrors = {};
  if (input.kind === "churn" && !isChurnType(input.churnType)) {
    errors.churnType = "move.churn.typeRequired";
  }
  if ((input.kind !== "forward" || input.override) && input.reason.trim() === "") {
    errors.reason = input.override
      ? "move.override.reasonRequired"
      : `move.${input.kind}.reasonRequired`;
  }
  return errors;
}

/** Which field a refusal of the server is about, so it shows there rather than in a banner. */
export function moveFieldOf(key: string): keyof MoveFieldErrors | null {
  const code = key.replace(/^stages\./, "");
  if (code === "move.churn.typeRequired") return "churnType";
  if (/^move\.[a-z]+\.reasonRequired$/.test(code)) return "reason";
  return null;
}
