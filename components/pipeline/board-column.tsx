"use client";
import { useDroppable } from "@dnd-kit/core";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { cn } from "@/components/ui/cn";
import type { Stage } from "@/lib/stages/stages";
import { BoardCard, cardParts } from "./board-card";
import type { BoardCard as Card, BoardColumn as Column } from "./board-types";
import type { CardLabels } from "./card-labels";

/** One stage: header with count, overdue count and time limit, then its longest-waiting cards. */
export function BoardColumn({
  column,
  cards,
  canMove,
  pendingId,
  filtered,
  compact,
  dropState,
  labels,
  onMove,
}: {
  column: Column;
  cards: Card[];
  canMove: boolean;
  pendingId: string | null;
  filtered: boolean;
  compact?: boolean;
  /** While a card is dragged: whether this column is a move the card may make. */
  dropState: "idle" | "allowed" | "blocked";
  labels: CardLabels;
  onMove: (card: Card, to: Stage) => void;
}) {
  const t = useTranslations("pipeline.column");
  const ts = useTranslations("stages.stage");
  const { setNodeRef, isOver } = useDroppable({
    id: `column-${column.stage}`,
    data: { stage: column.stage },
    disabled: !canMove,
  });
  const headingId = `column-${column.stage}-heading`;
  return (
    <section
      ref={setNodeRef}
      aria-labelledby={headingId}
      data-testid={`column-${column.stage}`}
      className={cn(
        "flex shrink-0 flex-col rounded-lg border bg-slate-50 p-2 transition-colors",
        compact ? "w-48" : "w-60",
        dropState === "blocked" && "opacity-60",
        isOver && dropState !== "blocked"
          ? "border-brand-600 bg-brand-50"
          : isOver
            ? "border-red-400"
            : "border-slate-200",
      )}
    >
      <header className="mb-2 px-1">
        <h2 id={headingId} className="text-sm font-semibold text-slate-900">
          {ts(column.stage)}
        </h2>
        <p className="mt-0.5 flex flex-wrap gap-x-2 text-xs text-slate-600">
          <span data-testid="column-count">{t("count", { count: column.count })}</span>
          {column.overdue > 0 ? (
            <span className="font-medium text-red-700" data-testid="column-overdue">
              {t("overdue", { count: column.overdue })}
            </span>
          ) : null}
        </p>
        {compact ? null : (
          <p className="text-xs text-slate-500">
            {column.expectedDays == null ? t("noLimit") : t("limit", { days: column.expectedDays })}
          </p>
        )}
      </header>
      {cards.length === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 px-2 py-4 text-center text-xs text-slate-500">
          {filtered ? t("emptyFiltered") : t("empty")}
        </p>
      ) : (
        <ul className={cn("flex flex-col gap-2", cardParts)}>
          {cards.map((card) => (
            <BoardCard
              key={card.id}
              card={card}
              canMove={canMove}
              pending={card.id === pendingId}
              compact={compact}
              labels={labels}
              onMove={onMove}
            />
          ))}
        </ul>
      )}
      {column.count > cards.length ? (
        <p className="mt-2 px-1 text-xs text-slate-600">
          {t("more", { shown: cards.length, count: column.count })}{" "}
          <Link href={column.listHref} className="text-brand-700 underline">
            {t("seeAll")}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
