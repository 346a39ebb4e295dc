"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useState } from "react";

/**
 * On paper only: who printed the view and when (`message`: "dashboards.printed" or
 * "exports.printed", with {name} and {at}; its namespace must be in the client messages). The time is taken when the browser
 * prints (and first shown when the page opens), not when the dashboard layout was
 * first rendered, which can be long before a later view or filter is printed.
 */
export function PrintedLine({
  name,
  timeZone,
  message = "dashboards.printed",
  testId = "dashboard-printed",
}: {
  name: string;
  timeZone: string;
  message?: "dashboards.printed" | "exports.printed";
  testId?: string;
}) {
  const t = useTranslations();
  const format = useFormatter();
  const [at, setAt] = useState<Date | null>(null);
  useEffect(() => {
    const now = () => setAt(new Date());
    now();
    window.addEventListener("beforeprint", now);
    return () => window.removeEventListener("beforeprint", now);
  }, []);
  if (!at) return null;
  return (
    <p className="mb-2 hidden text-sm text-slate-600 print:block" data-testid={testId}>
      {t(message, {
        name,
        at: format.dateTime(at, { dateStyle: "medium", timeStyle: "short", timeZone }),
      })}
    </p>
  );
}
