"use client";
import { useDraggable } from "@dnd-kit/core";
import { CSS } from "@dnd-kit/utilities";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { GradeBadge } from "@/components/accounts/grade-badge";
import { Badge } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import type { Stage } from "@/lib/stages/stages";
import type { BoardCard as Card } from "./board-types";
import { MoveMenu } from "./move-menu";

/** What a card shows; also used for the drag overlay. */
export function CardBody({ card, compact }: { card: Card; compact?: boolean }) {
  const t = useTranslations("pipeline");
  return (
    <>
      <div className="flex items-start justify-between gap-2">
        <Link
          href={`/accounts/${card.id}`}
          className="font-medium text-slate-900 hover:text-brand-700 hover:underline"
        >
          {card.name}
        </Link>
        {card.overdue ? (
          <span className="shrink-0 whitespace-nowrap">
            <Badge tone="red">{t("card.overdue")}</Badge>
          </span>
        ) : null}
      </div>
      <div className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-600">
        <span className="font-mono">{card.code}</span>
        {compact ? null : <GradeBadge grade={card.grade} label={t(`grade.${card.grade}`)} />}
      </div>
      {compact ? null : (
        <div className="mt-1 text-xs text-slate-600">
          {card.ownerName ? t("card.owner", { name: card.ownerName }) : t("card.noOwner")}
        </div>
      )}
      <div
        className={cn("mt-1 text-xs", card.overdue ? "font-medium text-red-700" : "text-slate-500")}
      >
        {t("card.days", { days: card.days })}
      </div>
    </>
  );
}

/** A card on the board: draggable by mouse or touch when `canMove`, with a Move menu for the keyboard. */
export function BoardCard({
  card,
  canMove,
  pending,
  compact,
  onMove,
}: {
  card: Card;
  canMove: boolean;
  pending: boolean;
  compact?: boolean;
  onMove: (card: Card, to: Stage) => void;
}) {
  const t = useTranslations("pipeline.card");
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
      title={canMove ? t("dragHint") : undefined}
      className={cn(
        "rounded-md border bg-white p-2 text-sm shadow-sm",
        card.overdue ? "border-l-4 border-red-300 border-l-red-600" : "border-slate-200",
        canMove && "cursor-grab touch-manipulation",
        isDragging && "opacity-40",
        pending && "animate-pulse opacity-70",
      )}
    >
      <CardBody card={card} compact={compact} />
      {canMove ? (
        <div className="mt-2">
          <MoveMenu card={card} disabled={pending} onMove={(to) => onMove(card, to)} />
        </div>
      ) : null}
    </li>
  );
}
