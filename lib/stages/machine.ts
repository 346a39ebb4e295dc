import type { Role } from "@/db/schema/users";
import { overridesGates, worksOnAccounts } from "@/lib/policy";
import { checkGate, GATE_REASON_CODES, type GateFacts, type GateReason } from "./gates";
import {
  isChurnType,
  isStage,
  isTerminal,
  stageIndex,
  type ChurnType,
  type PipelineStage,
  type Stage,
} from "./stages";

export const MOVE_KINDS = ["forward", "back", "drop", "churn", "reopen"] as const;
export type MoveKind = (typeof MOVE_KINDS)[number];

export const MOVE_REASON_CODES = [
  "move.readOnly",
  "move.unknownStage",
  "move.sameStage",
  "move.skip",
  "move.back.reasonRequired",
  "move.drop.fromExecution",
  "move.drop.reasonRequired",
  "move.churn.onlyFromExecution",
  "move.churn.typeRequired",
  "move.churn.reasonRequired",
  "move.reopen.onlyToStakeholders",
  "move.reopen.reasonRequired",
  "move.override.notAllowed",
  "move.override.reasonRequired",
] as const;
export type MoveReasonCode = (typeof MOVE_REASON_CODES)[number];

/** Every code `checkGate` and `planMove` can emit; each is a key in messages/stages. */
export const ALL_REASON_CODES = [...GATE_REASON_CODES, ...MOVE_REASON_CODES] as const;
export type ReasonCode = (typeof ALL_REASON_CODES)[number];

export type MoveRequest = {
  from: Stage;
  to: Stage;
  facts: GateFacts;
  actor: { role: Role };
  reason?: string;
  override?: boolean;
  churnType?: ChurnType;
};

export type MovePlan =
  { ok: true; kind: MoveKind; override: boolean } | { ok: false; reasons: GateReason[] };

const refuse = (...codes: MoveReasonCode[]): MovePlan => ({
  ok: false,
  reasons: codes.map((code) => ({ code })),
});
const allow = (kind: MoveKind, override = false): MovePlan => ({ ok: true, kind, override });

/** A move that needs a reason: allowed with one, refused with `code` without. */
const needsReason = (kind: MoveKind, hasReason: boolean, code: MoveReasonCode) =>
  hasReason ? allow(kind) : refuse(code);

/**
 * Decides whether a stage move may happen and what kind it is. Authorization by
 * ownership is the policy's job (`can(actor, "stage.move", account)`); this
 * only knows the rules of the stage machine itself.
 */
export function planMove(request: MoveRequest): MovePlan {
  const { from, to, actor } = request;
  // Roles come from the session, stages from form input: check both at runtime too.
  if (!worksOnAccounts(actor)) return refuse("move.readOnly");
  if (!isStage(from) || !isStage(to)) return refuse("move.unknownStage");
  if (from === to) return refuse("move.sameStage");
  const hasReason = (request.reason ?? "").trim() !== "";

  if (isTerminal(from)) {
    if (to !== "stakeholders") return refuse("move.reopen.onlyToStakeholders");
    return needsReason("reopen", hasReason, "move.reopen.reasonRequired");
  }
  if (to === "dropped") {
    if (from === "execution") return refuse("move.drop.fromExecution");
    return needsReason("drop", hasReason, "move.drop.reasonRequired");
  }
  if (to === "churned") {
    if (from !== "execution") return refuse("move.churn.onlyFromExecution");
    const missing: MoveReasonCode[] = [];
    if (!isChurnType(request.churnType)) missing.push("move.churn.typeRequired");
    if (!hasReason) missing.push("move.churn.reasonRequired");
    return missing.length > 0 ? refuse(...missing) : allow("churn");
  }

  const step = stageIndex(to) - stageIndex(from);
  if (step < 0) return needsReason("back", hasReason, "move.back.reasonRequired");
  if (step > 1) return refuse("move.skip");
  return planForward(from, request, hasReason);
}

function planForward(from: PipelineStage, request: MoveRequest, hasReason: boolean): MovePlan {
  const gate = checkGate(from, request.facts);
  if (gate.length === 0) return allow("forward");
  if (!request.override) return { ok: false, reasons: gate };

  const problems: GateReason[] = [];
  if (!overridesGates(request.actor)) problems.push({ code: "move.override.notAllowed" });
  if (!hasReason) problems.push({ code: "move.override.reasonRequired" });
  // The gate reasons stay in the refusal: they say what the override would have skipped.
  return problems.length > 0
    ? { ok: false, reasons: [...gate, ...problems] }
    : allow("forward", true);
}
