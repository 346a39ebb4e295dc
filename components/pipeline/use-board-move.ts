"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useOptimistic, useRef, useState, useTransition } from "react";
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

const moveCard = (cards: BoardCard[], id: string, to: Stage) =>
  // The P50 was for the stay the card left; the refresh brings the new stay's.
  cards.map((c) => (c.id === id ? { ...c, stage: to, days: 0, overdue: false, p50: null } : c));

/**
 * Moving cards: forward moves go straight to `moveStageAction` (the card shows in
 * its new column at once and goes back with a visible message if refused); moves
 * that need a reason open the dialog. The action answers with its result only, so
 * the board keeps a moved card in its new column itself until its refresh
 * (`router.refresh()`, which brings the exact counts) arrives with new cards.
 */
export function useBoardMove(cards: BoardCard[], canOverride: boolean) {
  const t = useTranslations();
  const errorText = useErrorText("pipeline");
  const router = useRouter();
  // Moves made here since the server rendered `cards`; new cards from the server replace them.
  const latest = useRef(cards);
  useEffect(() => {
    latest.current = cards;
  }, [cards]);
  const [moved, setMoved] = useState<{ base: BoardCard[]; to: Record<string, Stage> }>({
    base: cards,
    to: {},
  });
  const shown = useMemo(
    () =>
      moved.base === cards
        ? Object.entries(moved.to).reduce((all, [id, to]) => moveCard(all, id, to), cards)
        : cards,
    [cards, moved],
  );
  const keep = (id: string, to: Stage) =>
    setMoved((prev) => {
      const base = latest.current;
      return { base, to: { ...(prev.base === base ? prev.to : {}), [id]: to } };
    });
  const [optimistic, applyMove] = useOptimistic(shown, (state, move: { id: string; to: Stage }) =>
    moveCard(state, move.id, move.to),
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
        keep(card.id, to);
        setNotice({ tone: "success", card, to });
        router.refresh();
      } else {
        setNotice(describe(card, to, result));
        // A conflict means the board is stale: show the account where it really is.
        if (result.error === "conflict" || result.error === "not_found") router.refresh();
      }
    });
  };

  const dialogDone = () => {
    if (dialog) {
      keep(dialog.card.id, dialog.to);
      setNotice({ tone: "success", card: dialog.card, to: dialog.to });
    }
    setDialog(null);
    router.refresh();
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
