"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useOptimistic, useState, useTransition } from "react";
import { moveStageAction } from "@/app/(app)/accounts/stage-actions";
import { useErrorText } from "@/components/ui/use-error-text";
import type { ActionResult } from "@/lib/actions/action";
import type { Stage } from "@/lib/stages/stages";
import type { BoardCard } from "./board-types";
import { moveKindFor, needsInput } from "@/lib/stages/move-targets";

export type MoveNotice =
  | { tone: "success"; card: BoardCard; to: Stage }
  | {
      tone: "error";
      card: BoardCard;
      to: Stage;
      refused: boolean;
      lines: string[];
      /** A director may push past the refused gate with a written reason. */
      overridable: boolean;
    };

type Failure = Extract<ActionResult, { ok: false }>;

/**
 * Moving cards: forward moves go straight to `moveStageAction` (the card shows in
 * its new column at once and goes back with a visible message if refused); moves
 * that need a reason open the dialog. Both paths end in `router.refresh()`.
 */
export function useBoardMove(cards: BoardCard[], canOverride: boolean) {
  const t = useTranslations();
  const errorText = useErrorText("pipeline");
  const router = useRouter();
  const [optimistic, applyMove] = useOptimistic(cards, (state, move: { id: string; to: Stage }) =>
    state.map((c) => (c.id === move.id ? { ...c, stage: move.to, days: 0, overdue: false } : c)),
  );
  const [pendingId, setPendingId] = useState<string | null>(null);
  const [, startTransition] = useTransition();
  const [notice, setNotice] = useState<MoveNotice | null>(null);
  const [dialog, setDialog] = useState<{ card: BoardCard; to: Stage } | null>(null);

  const describe = (card: BoardCard, to: Stage, result: Failure): MoveNotice => {
    const details = result.details ?? [];
    const lines = details.length
      ? details.map((d) => (t.has(d.key) ? t(d.key, d.params) : (errorText(d.key, d.params) ?? "")))
      : [errorText(result.message, result.params) ?? ""];
    const gateRefusal =
      result.error === "refused" && details.some((d) => d.key.startsWith("stages.gate."));
    return {
      tone: "error",
      card,
      to,
      refused: result.error === "refused",
      lines,
      overridable: gateRefusal && canOverride && moveKindFor(card.stage, to) === "forward",
    };
  };

  const request = (card: BoardCard, to: Stage) => {
    if (to === card.stage) return;
    setNotice(null);
    const kind = moveKindFor(card.stage, to);
    if (kind && needsInput(kind)) {
      setDialog({ card, to });
      return;
    }
    setPendingId(card.id);
    startTransition(async () => {
      applyMove({ id: card.id, to });
      const result = await moveStageAction({ id: card.id, from: card.stage, to });
      setPendingId(null);
      if (result.ok) {
        setNotice({ tone: "success", card, to });
        router.refresh();
      } else {
        setNotice(describe(card, to, result));
        // A conflict means the board is stale: show the account where it really is.
        if (result.error === "conflict" || result.error === "not_found") router.refresh();
      }
    });
  };

  // The dialog refreshes the page data itself before calling back.
  const dialogDone = () => {
    if (dialog) setNotice({ tone: "success", card: dialog.card, to: dialog.to });
    setDialog(null);
  };

  return {
    cards: optimistic,
    pendingId,
    notice,
    dismiss: () => setNotice(null),
    request,
    override: (card: BoardCard, to: Stage) => {
      setNotice(null);
      setDialog({ card, to });
    },
    dialog,
    dialogDone,
    dialogCancel: () => setDialog(null),
  };
}
