"use client";
import { useTranslations } from "next-intl";
import type { Ref } from "react";
import type { MessageRef } from "./refusal-lines";

/**
 * Why a move was refused, each item in the user's language. Focusable so a
 * screen reader user lands on it right after the refusal.
 */
export function RefusalList({
  title,
  lines,
  ref,
}: {
  title?: string;
  lines: MessageRef[];
  ref?: Ref<HTMLDivElement>;
}) {
  const t = useTranslations();
  const text = (line: MessageRef) =>
    t.has(line.key) ? t(line.key, line.params) : t("common.errors.unexpected");
  return (
    <div
      ref={ref}
      role="alert"
      tabIndex={-1}
      className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800 outline-none focus-visible:ring-2 focus-visible:ring-red-400"
    >
      {title ? <p className="font-medium">{title}</p> : null}
      {lines.length === 1 && !title ? (
        <p>{text(lines[0]!)}</p>
      ) : (
        <ul className="mt-1 list-disc space-y-0.5 pl-5">
          {lines.map((line) => (
            <li key={line.key}>{text(line)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
