"use client";
import {
  DndContext,
  DragOverlay,
  MouseSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type DragStartEvent,
} from "@dnd-kit/core";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { cn } from "@/components/ui/cn";
import { MoveStageDialog } from "@/components/account/move-stage-dialog";
import { OUTCOMES, PIPELINE_STAGES, type Stage } from "@/lib/stages/stages";
import { CardBody, cardParts } from "./board-card";
import { BoardColumn } from "./board-column";
import type { BoardCard, BoardColumn as Column } from "./board-types";
import { useCardLabels } from "./card-labels";
import { moveKindFor } from "@/lib/stages/move-targets";
import { BoardScroller } from "./board-scroller";
import { MoveNotice } from "./move-notice";
import { useBoardMove } from "./use-board-move";

type DragData = { card?: BoardCard; stage?: Stage };
const cardOf = (data: unknown) => (data as DragData | undefined)?.card;
const stageOf = (data: unknown) => (data as DragData | undefined)?.stage;

/** The board: one column per pipeline stage, then compact outcome columns. */
export function PipelineBoard({
  columns,
  cards: serverCards,
  canMove,
  canOverride,
  filtered,
}: {
  columns: Column[];
  cards: BoardCard[];
  canMove: boolean;
  canOverride: boolean;
  filtered: boolean;
}) {
  const t = useTranslations("pipeline");
  const ts = useTranslations("stages.stage");
  const labels = useCardLabels();
  const move = useBoardMove(serverCards, canOverride);
  const [active, setActive] = useState<BoardCard | null>(null);
  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 250, tolerance: 8 } }),
  );

  // Counts come from the server; shift them by the card that is moving optimistically.
  const shift = (stage: Stage) =>
    move.cards.filter((c) => c.stage === stage).length -
    serverCards.filter((c) => c.stage === stage).length;

  const announcements: Announcements = {
    onDragStart: ({ active: a }) => t("dnd.pickedUp", { name: cardOf(a.data.current)?.name ?? "" }),
    onDragOver: ({ active: a, over }) => {
      const name = cardOf(a.data.current)?.name ?? "";
      const stage = stageOf(over?.data.current);
      return stage ? t("dnd.over", { name, stage: ts(stage) }) : t("dnd.overNothing", { name });
    },
    onDragEnd: ({ active: a, over }) => {
      const name = cardOf(a.data.current)?.name ?? "";
      const stage = stageOf(over?.data.current);
      return stage ? t("dnd.released", { name, stage: ts(stage) }) : t("dnd.cancelled", { name });
    },
    onDragCancel: ({ active: a }) =>
      t("dnd.cancelled", { name: cardOf(a.data.current)?.name ?? "" }),
  };

  const onDragStart = ({ active: a }: DragStartEvent) => setActive(cardOf(a.data.current) ?? null);
  const onDragEnd = ({ active: a, over }: DragEndEvent) => {
    setActive(null);
    const card = cardOf(a.data.current);
    const to = stageOf(over?.data.current);
    if (card && to) move.request(card, to);
  };

  const dropState = (stage: Stage) =>
    !active || active.stage === stage
      ? "idle"
      : moveKindFor(active.stage, stage)
        ? "allowed"
        : "blocked";

  const renderColumn = (column: Column, compact = false) => (
    <BoardColumn
      key={column.stage}
      column={{ ...column, count: column.count + shift(column.stage) }}
      cards={move.cards.filter((c) => c.stage === column.stage)}
      canMove={canMove}
      pendingId={move.pendingId}
      filtered={filtered}
      compact={compact}
      dropState={dropState(column.stage)}
      labels={labels}
      onMove={move.request}
    />
  );
  const pipeline = columns.filter((c) => (PIPELINE_STAGES as readonly Stage[]).includes(c.stage));
  const outcomes = columns.filter((c) => (OUTCOMES as readonly Stage[]).includes(c.stage));

  return (
    <>
      {move.notice ? (
        <MoveNotice
          notice={move.notice}
          onDismiss={move.dismiss}
          onOverride={() => move.notice && move.override(move.notice.card, move.notice.to)}
        />
      ) : null}
      <DndContext
        id="pipeline-board"
        sensors={sensors}
        onDragStart={onDragStart}
        onDragEnd={onDragEnd}
        onDragCancel={() => setActive(null)}
        accessibility={{
          announcements,
          screenReaderInstructions: { draggable: t("dnd.instructions") },
        }}
      >
        <BoardScroller>
          <div className="flex w-max items-start gap-3">
            {pipeline.map((column) => renderColumn(column))}
            <div
              role="group"
              aria-label={t("column.outcomes")}
              className="flex shrink-0 items-start gap-3 border-l border-slate-200 pl-3"
            >
              {outcomes.map((column) => renderColumn(column, true))}
            </div>
          </div>
        </BoardScroller>
        <DragOverlay>
          {active ? (
            <div
              className={cn(
                "w-60 cursor-grabbing rounded-md border border-brand-600 bg-white p-2 text-sm shadow-lg",
                cardParts,
              )}
            >
              <CardBody card={active} labels={labels} />
            </div>
          ) : null}
        </DragOverlay>
      </DndContext>
      {move.dialog ? (
        <MoveStageDialog
          account={{
            id: move.dialog.card.id,
            name: move.dialog.card.name,
            stage: move.dialog.card.stage,
          }}
          to={move.dialog.to}
          canOverride={canOverride}
          onDone={move.dialogDone}
          onCancel={move.dialogCancel}
        />
      ) : null}
    </>
  );
}
