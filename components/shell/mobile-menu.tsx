"use client";
import { useTranslations } from "next-intl";
import { useEffect, useId, useState, type ReactNode } from "react";

/**
 * The phone's menu: a button that says what it will do (open or close the menu)
 * and reports whether the menu is open; Escape and following a link close it.
 */
export function MobileMenu({ title, children }: { title: string; children: ReactNode }) {
  const t = useTranslations("common.nav");
  const [open, setOpen] = useState(false);
  const menuId = useId();

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") setOpen(false);
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [open]);

  return (
    <div className="md:hidden">
      <div className="flex items-center justify-between px-4 py-2 font-semibold">
        <span>{title}</span>
        <button
          type="button"
          aria-expanded={open}
          aria-controls={menuId}
          onClick={() => setOpen((v) => !v)}
          className="min-h-10 rounded-md px-3 text-sm font-normal text-slate-700 hover:bg-slate-100"
        >
          {open ? t("closeMenu") : t("openMenu")}
        </button>
      </div>
      <div
        id={menuId}
        hidden={!open}
        className="px-2 pb-3"
        onClick={(event) => {
          if ((event.target as Element).closest("a")) setOpen(false);
        }}
      >
        {children}
      </div>
    </div>
  );
}
