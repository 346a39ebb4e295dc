"use client";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, type KeyboardEvent, type RefObject } from "react";
import type { Stage } from "@/lib/stages/stages";
import type { BoardCard } from "./board-types";
import { moveTargets } from "@/lib/stages/move-targets";

/**
 * The keyboard way to move a card: a menu button whose items are the moves the
 * stage machine offers. It opens inline (inside the card), so the board's
 * horizontal scroll container never clips it. The button is styled by the list of
 * cards around it (`cardParts`).
 */
export function MoveMenu({
  className,
  card,
  label,
  text,
  disabled,
  onMove,
}: {
  className?: string;
  card: BoardCard;
  /** The button's accessible name, e.g. "Move Acme to another stage". */
  label: string;
  /** The button's visible text. */
  text: string;
  disabled?: boolean;
  onMove: (to: Stage) => void;
}) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const itemsRef = useRef<(HTMLButtonElement | null)[]>([]);

  useEffect(() => {
    if (open) itemsRef.current[0]?.focus();
  }, [open]);

  const close = (refocus = true) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const items = itemsRef.current.filter((el): el is HTMLButtonElement => !!el);
    const index = items.indexOf(document.activeElement as HTMLButtonElement);
    const focus = (i: number) => items[(i + items.length) % items.length]?.focus();
    if (event.key === "ArrowDown") focus(index + 1);
    else if (event.key === "ArrowUp") focus(index - 1);
    else if (event.key === "Home") focus(0);
    else if (event.key === "End") focus(items.length - 1);
    else if (event.key === "Escape") close();
    else if (event.key === "Tab") close(false);
    else return;
    event.preventDefault();
  };

  return (
    <div className={className} onKeyDown={open ? onKeyDown : undefined}>
      <button
        ref={buttonRef}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={label}
        disabled={disabled}
        onClick={() => setOpen((v) => !v)}
      >
        {text}
      </button>
      {open ? (
        <MoveMenuItems
          id={menuId}
          card={card}
          itemsRef={itemsRef}
          onChoose={(to) => {
            close(false);
            onMove(to);
          }}
        />
      ) : null}
    </div>
  );
}

/** The open menu; its translations are only looked up once a card's menu opens. */
function MoveMenuItems({
  id,
  card,
  itemsRef,
  onChoose,
}: {
  id: string;
  card: BoardCard;
  itemsRef: RefObject<(HTMLButtonElement | null)[]>;
  onChoose: (to: Stage) => void;
}) {
  const t = useTranslations("pipeline.card");
  const ts = useTranslations("stages");
  const targets = moveTargets(card.stage);
  return (
    <ul
      id={id}
      role="menu"
      aria-label={t("moveTo", { name: card.name })}
      className="mt-1 rounded-md border border-slate-200 bg-white py-1 shadow-md"
    >
      {targets.map((target, i) => (
        <li key={target.to} role="none">
          <button
            ref={(el) => {
              itemsRef.current[i] = el;
            }}
            type="button"
            role="menuitem"
            tabIndex={-1}
            className="block w-full px-2 py-1 text-left text-xs hover:bg-slate-100 focus:bg-brand-50 focus:outline-none"
            onClick={() => onChoose(target.to)}
          >
            {target.kind === "forward"
              ? ts("moveTo", { stage: ts(`stage.${target.to}`) })
              : t(target.kind, { stage: ts(`stage.${target.to}`) })}
          </button>
        </li>
      ))}
    </ul>
  );
}
