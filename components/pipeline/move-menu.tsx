"use client";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import type { Stage } from "@/lib/stages/stages";
import type { BoardCard } from "./board-types";
import { moveTargets } from "./move-targets";

/**
 * The keyboard way to move a card: a menu button whose items are the moves the
 * stage machine offers. It opens inline (inside the card), so the board's
 * horizontal scroll container never clips it.
 */
export function MoveMenu({
  card,
  disabled,
  onMove,
}: {
  card: BoardCard;
  disabled?: boolean;
  onMove: (to: Stage) => void;
}) {
  const t = useTranslations("pipeline.card");
  const ts = useTranslations("stages.stage");
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const itemsRef = useRef<(HTMLButtonElement | null)[]>([]);
  const targets = moveTargets(card.stage);

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
    <div onKeyDown={open ? onKeyDown : undefined}>
      <button
        ref={buttonRef}
        type="button"
        className="rounded border border-slate-300 bg-white px-2 py-0.5 text-xs font-medium text-slate-800 hover:bg-slate-100 disabled:cursor-not-allowed disabled:text-slate-400"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={t("moveLabel", { name: card.name })}
        disabled={disabled}
        onClick={() => setOpen((v) => !v)}
      >
        {t("move")}
      </button>
      {open ? (
        <ul
          id={menuId}
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
                onClick={() => {
                  close(false);
                  onMove(target.to);
                }}
              >
                {t(target.kind, { stage: ts(target.to) })}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
