import type { MoveKind } from "./machine";
import { nextStage, PIPELINE_STAGES, stageIndex, type Stage } from "./stages";

export type MoveTarget = { to: Stage; kind: MoveKind };

/** Kinds the server refuses without a written reason (or a churn type), so they open the dialog. */
export const needsInput = (kind: MoveKind) => kind !== "forward";

/**
 * The moves offered for an account in `from` (the account page's controls and the
 * board's menu and drops): the next stage, earlier stages for rework, drop or churn,
 * or reopening an outcome. `planMove` on the server still decides; this only keeps
 * impossible choices out of the UI (`move-targets.test.ts` checks the two agree).
 */
export function moveTargets(from: Stage): MoveTarget[] {
  if (from === "dropped" || from === "churned") return [{ to: "stakeholders", kind: "reopen" }];
  const targets: MoveTarget[] = [];
  const next = nextStage(from);
  if (next) targets.push({ to: next, kind: "forward" });
  for (const stage of PIPELINE_STAGES) {
    if (stageIndex(stage) < stageIndex(from)) targets.push({ to: stage, kind: "back" });
  }
  targets.push(
    from === "execution" ? { to: "churned", kind: "churn" } : { to: "dropped", kind: "drop" },
  );
  return targets;
}

/** The kind of a drop onto `to`, or null when the machine would refuse it outright (e.g. a skip). */
export const moveKindFor = (from: Stage, to: Stage): MoveKind | null =>
  moveTargets(from).find((t) => t.to === to)?.kind ?? null;
