import type { MoveKind } from "@/lib/stages/machine";
import { isTerminal, stageIndex, type Stage } from "@/lib/stages/stages";

/** What kind of move `from → to` is, as the stage machine will classify it. */
export function moveKindOf(from: Stage, to: Stage): MoveKind {
  if (isTerminal(from)) return "reopen";
  if (to === "dropped") return "drop";
  if (to === "churned") return "churn";
  return stageIndex(to) < stageIndex(from) ? "back" : "forward";
}

export type MessageRef = { key: string; params?: Record<string, string | number> };

/** A refusal's details, or its message when it has none, as message references. */
export const refusalLines = (result: {
  message: string;
  params?: Record<string, string | number>;
  details?: MessageRef[];
}): MessageRef[] =>
  result.details?.length ? result.details : [{ key: result.message, params: result.params }];
