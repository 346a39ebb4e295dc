import type { Stage } from "@/lib/stages/stages";

/**
 * A churn case (流失与赢回): at risk → churned → win-back → recovered or lost for
 * good. An at-risk account that stays is closed as recovered too. The step to
 * "churned" is the account's churn move (the stage machine), so a case is churned
 * exactly when its account is.
 */
export const CHURN_CASE_STATUSES = ["at_risk", "churned", "win_back", "recovered", "lost"] as const;
export type ChurnCaseStatus = (typeof CHURN_CASE_STATUSES)[number];

/** Statuses of a case still being worked; an account has at most one such case. */
export const OPEN_CHURN_STATUSES = ["at_risk", "churned", "win_back"] as const;
export type OpenChurnStatus = (typeof OPEN_CHURN_STATUSES)[number];

export const isOpenChurnStatus = (status: ChurnCaseStatus): status is OpenChurnStatus =>
  (OPEN_CHURN_STATUSES as readonly string[]).includes(status);

const NEXT: Record<ChurnCaseStatus, readonly ChurnCaseStatus[]> = {
  at_risk: ["churned", "recovered"],
  churned: ["win_back", "lost"],
  win_back: ["recovered", "lost"],
  recovered: [],
  lost: [],
};

/** The steps a case can take from `status`, in the order the panel offers them. */
export const nextChurnSteps = (status: ChurnCaseStatus): readonly ChurnCaseStatus[] => NEXT[status];

/** The steps a user takes on the case panel; "churned" goes through the churn move. */
export const PANEL_STEPS = ["win_back", "recovered", "lost"] as const;
export type PanelStep = (typeof PANEL_STEPS)[number];

export const CHURN_STEP_REASON_CODES = [
  "churn.refusal.notAllowed",
  "churn.refusal.noteRequired",
  "churn.refusal.reopenFirst",
  "churn.refusal.useChurnMove",
] as const;
export type ChurnStepReason = (typeof CHURN_STEP_REASON_CODES)[number];

export type ChurnStepRequest = {
  from: ChurnCaseStatus;
  to: ChurnCaseStatus;
  note: string;
  /** The account's current stage: a churned account is recovered by reopening it. */
  accountStage: Stage;
};

/**
 * Whether a case may take a step on its panel. "lost for good" and starting a
 * win-back need a note (what was tried, why it is over); recovering a churned
 * account is its reopen move, which closes the case itself.
 */
export function planChurnStep(
  request: ChurnStepRequest,
): { ok: true } | { ok: false; reason: ChurnStepReason } {
  const { from, to, note, accountStage } = request;
  if (to === "churned") return { ok: false, reason: "churn.refusal.useChurnMove" };
  if (!NEXT[from].includes(to)) return { ok: false, reason: "churn.refusal.notAllowed" };
  if (to === "recovered" && accountStage === "churned") {
    return { ok: false, reason: "churn.refusal.reopenFirst" };
  }
  if ((to === "lost" || to === "win_back") && note.trim() === "") {
    return { ok: false, reason: "churn.refusal.noteRequired" };
  }
  return { ok: true };
}

/** The date column a step stamps. */
export const STEP_DATE_COLUMN = {
  at_risk: "atRiskAt",
  churned: "churnedAt",
  win_back: "winBackAt",
  recovered: "closedAt",
  lost: "closedAt",
} as const satisfies Record<ChurnCaseStatus, string>;

/** What the churn move does to the account's open case. */
export type ChurnMoveEffect =
  | { kind: "open"; status: "churned" }
  | { kind: "advance"; status: "churned" }
  | { kind: "close"; status: "recovered" }
  | { kind: "none" };

/**
 * A churn move opens a churned case (or advances the at-risk one); reopening a
 * churned account (win-back) closes its open case as recovered.
 */
export function churnMoveEffect(
  move: { kind: string; from: Stage },
  open: { status: OpenChurnStatus } | null,
): ChurnMoveEffect {
  if (move.kind === "churn") {
    return open?.status === "at_risk"
      ? { kind: "advance", status: "churned" }
      : open
        ? { kind: "none" }
        : { kind: "open", status: "churned" };
  }
  if (move.kind === "reopen" && move.from === "churned" && open && open.status !== "at_risk") {
    return { kind: "close", status: "recovered" };
  }
  return { kind: "none" };
}
