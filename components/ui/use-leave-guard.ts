"use client";
import { useEffect } from "react";

/**
 * The one leave-page guard. While a form has unsaved input the browser asks before
 * reload, close or a typed URL; given a `question`, a click on an in-app link asks
 * it first too.
 */
export function useLeaveGuard(dirty: boolean, question?: string) {
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = "";
    };
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.("a[href]");
      if (!link || link.getAttribute("target") === "_blank" || event.defaultPrevented) return;
      // Jumps within the page (e.g. to a missing field) do not leave the form.
      if (link.getAttribute("href")?.startsWith("#")) return;
      if (!window.confirm(question)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener("beforeunload", warn);
    if (question === undefined) return () => window.removeEventListener("beforeunload", warn);
    document.addEventListener("click", onClick, true);
    return () => {
      window.removeEventListener("beforeunload", warn);
      document.removeEventListener("click", onClick, true);
    };
  }, [dirty, question]);
}
