import type { ReactNode } from "react";
import { cn } from "./cn";

/**
 * A wide table's sideways scroll: a named region that takes keyboard focus, so the
 * columns out of view can be reached with the arrow keys (WCAG 2.1.1).
 */
export function TableScroll({
  label,
  className,
  children,
}: {
  /** Names the region, e.g. the table's caption. */
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      className={cn(
        "overflow-x-auto focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600",
        className,
      )}
    >
      {children}
    </div>
  );
}
