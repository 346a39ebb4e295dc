"use client";
import { useDraggable } from "@dnd-kit/core";
import { CSS } from "@dnd-kit/utilities";
import Link from "next/link";
import { GradeBadge } from "@/components/accounts/grade-badge";
import { Badge } from "@/components/ui/card";
import { AbcBadge } from "@/components/value/abc-badge";
import { cn } from "@/components/ui/cn";
import type { Stage } from "@/lib/stages/stages";
import type { BoardCard as Card } from "./board-types";
import type { CardLabels } from "./card-labels";
import { MoveMenu } from "./move-menu";

/**
 * The styles of each card's link and Move button, given once to the list of cards (and
 * the drag overlay) instead of to each of a board's hundreds of cards. Full class names:
 * Tailwind finds them in the source.
 */
export const cardParts = [
  "[&_a]:font-medium [&_a]:text-slate-900 [&_a:hover]:text-brand-700 [&_a:hover]:underline",
  "[&_[aria-haspopup=menu]]:rounded [&_[aria-haspopup=menu]]:border",
  "[&_[aria-haspopup=menu]]:border-slate-300 [&_[aria-haspopup=menu]]:bg-white",
  "[&_[aria-haspopup=menu]]:px-2 [&_[aria-haspopup=menu]]:py-0.5 [&_[aria-haspopup=menu]]:text-xs",
  "[&_[aria-haspopup=menu]]:font-medium [&_[aria-haspopup=menu]]:text-slate-800",
  "[&_[aria-haspopup=menu]:hover]:bg-slate-100",
  "[&_[aria-haspopup=menu]:disabled]:cursor-not-allowed [&_[aria-haspopup=menu]:disabled]:text-slate-400",
].join(" ");

/** What a card shows; also used for the drag overlay. */
export function CardBody({
  card,
  compact,
  labels,
}: {
  card: Card;
  compact?: boolean;
  labels: CardLabels;
}) {
  return (
    <>
      <div className="flex items-start justify-between gap-2">
        <Link href={`/accounts/${card.id}`} prefetch={false}>
          {card.name}
        </Link>
        {card.overdue ? (
          <span className="shrink-0 whitespace-nowrap">
            <Badge tone="red">{labels.overdue}</Badge>
          </span>
        ) : null}
      </div>
      <div className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-600">
        <span className="font-mono">{card.code}</span>
        {compact ? null : <GradeBadge grade={card.grade} label={labels.grade(card.grade)} />}
        {card.abcClass ? (
          <AbcBadge abcClass={card.abcClass} label={labels.abc(card.abcClass)} />
        ) : null}
      </div>
      {compact ? null : (
        <div className="mt-1 text-xs text-slate-600">{labels.owner(card.ownerName)}</div>
      )}
      <div
        className={cn("mt-1 text-xs", card.overdue ? "font-medium text-red-700" : "text-slate-500")}
      >
        {labels.days(card.days)}
      </div>
      {card.p50 ? (
        <div className="mt-1 text-xs text-slate-500" data-testid="card-p50">
          <time dateTime={card.p50}>{labels.p50(card.p50)}</time>
        </div>
      ) : null}
    </>
  );
}

/** A card on the board: draggable by mouse or touch when `canMove`, with a Move menu for the keyboard. */
export function BoardCard({
  card,
  canMove,
  pending,
  compact,
  labels,
  onMove,
}: {
  card: Card;
  canMove: boolean;
  pending: boolean;
  compact?: boolean;
  labels: CardLabels;
  onMove: (card: Card, to: Stage) => void;
}) {
  const { setNodeRef, listeners, transform, isDragging } = useDraggable({
    id: card.id,
    data: { card },
    disabled: !canMove || pending,
  });
  // No `attributes`: the whole card is not a button (it holds a link); keyboard users use the menu.
  return (
    <li
      ref={setNodeRef}
      {...(canMove ? listeners : {})}
      style={{ transform: CSS.Translate.toString(transform) }}
      data-testid={`card-${card.id}`}
      data-stage={card.stage}
      title={canMove ? labels.dragHint : undefined}
      className={cn(
        "rounded-md border bg-white p-2 text-sm shadow-sm",
        card.overdue ? "border-l-4 border-red-300 border-l-red-600" : "border-slate-200",
        canMove && "cursor-grab touch-manipulation",
        isDragging && "opacity-40",
        pending && "animate-pulse opacity-70",
      )}
    >
      <CardBody card={card} compact={compact} labels={labels} />
      {canMove ? (
        <MoveMenu
          className="mt-2"
          card={card}
          label={labels.moveLabel(card.name)}
          text={labels.move}
          disabled={pending}
          onMove={(to) => onMove(card, to)}
        />
      ) : null}
    </li>
  );
}
