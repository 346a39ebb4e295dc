"use client";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import { cn } from "@/components/ui/cn";

type Edges = { left: boolean; right: boolean };

/**
 * The board's sideways scroll: a focusable region (arrow keys scroll it), shadows on
 * the edges that have more columns behind them, and "Earlier stages" / "More stages"
 * buttons while some columns are out of view.
 */
export function BoardScroller({ children }: { children: ReactNode }) {
  const t = useTranslations("pipeline.board");
  const ref = useRef<HTMLDivElement>(null);
  const [edges, setEdges] = useState<Edges>({ left: false, right: false });

  const measure = useCallback(() => {
    const el = ref.current;
    if (!el) return;
    const left = el.scrollLeft > 1;
    const right = el.scrollLeft + el.clientWidth < el.scrollWidth - 1;
    setEdges((prev) => (prev.left === left && prev.right === right ? prev : { left, right }));
  }, []);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    return () => observer.disconnect();
  }, [measure]);

  const scrollBy = (direction: 1 | -1) => {
    const el = ref.current;
    if (!el) return;
    const reduce = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    el.scrollBy({ left: direction * el.clientWidth * 0.8, behavior: reduce ? "auto" : "smooth" });
  };

  return (
    <div className="space-y-2">
      {edges.left || edges.right ? (
        <div className="flex items-center justify-end gap-2 text-sm print:hidden">
          <span className="mr-auto text-slate-600">{t("scrollHint")}</span>
          <button
            type="button"
            onClick={() => scrollBy(-1)}
            disabled={!edges.left}
            className="min-h-8 rounded-md border border-slate-300 bg-white px-2.5 text-slate-700 hover:bg-slate-50 disabled:opacity-40"
          >
            <span aria-hidden="true">← </span>
            {t("earlier")}
          </button>
          <button
            type="button"
            onClick={() => scrollBy(1)}
            disabled={!edges.right}
            className="min-h-8 rounded-md border border-slate-300 bg-white px-2.5 text-slate-700 hover:bg-slate-50 disabled:opacity-40"
          >
            {t("more")}
            <span aria-hidden="true"> →</span>
          </button>
        </div>
      ) : null}
      <div className="relative -mx-4 md:-mx-8">
        <div
          ref={ref}
          role="region"
          aria-label={t("region")}
          tabIndex={0}
          onScroll={measure}
          className="overflow-x-auto px-4 pb-4 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 md:px-8"
        >
          {children}
        </div>
        <div
          aria-hidden="true"
          className={cn(
            "pointer-events-none absolute inset-y-0 left-0 w-8 bg-gradient-to-r from-slate-900/15 to-transparent transition-opacity",
            edges.left ? "opacity-100" : "opacity-0",
          )}
        />
        <div
          aria-hidden="true"
          className={cn(
            "pointer-events-none absolute inset-y-0 right-0 w-8 bg-gradient-to-l from-slate-900/15 to-transparent transition-opacity",
            edges.right ? "opacity-100" : "opacity-0",
          )}
        />
      </div>
    </div>
  );
}
