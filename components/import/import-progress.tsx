"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import type { ImportStatus } from "@/db/schema/imports";

type Progress = { status: ImportStatus; totalRows: number; errorRows: number; doneRows: number };

const MOVING: ImportStatus[] = ["checking", "queued", "running", "failed"];

/**
 * The dry run's or run's progress: polls `GET /accounts/import/<id>/progress` every
 * second and shows a `<progress>` bar; when the import leaves a moving status the
 * page reloads its step (summary, report).
 */
export function ImportProgress({ id, initial }: { id: string; initial: Progress }) {
  const t = useTranslations("import");
  const router = useRouter();
  const [progress, setProgress] = useState(initial);
  const moving = MOVING.includes(progress.status);

  useEffect(() => {
    if (!moving) return;
    let stopped = false;
    const timer = setInterval(async () => {
      try {
        const response = await fetch(`/accounts/import/${id}/progress`, { cache: "no-store" });
        if (!response.ok || stopped) return;
        const next = (await response.json()) as Progress;
        setProgress(next);
        if (!MOVING.includes(next.status)) {
          stopped = true;
          clearInterval(timer);
          router.refresh();
        }
      } catch {
        // a dropped poll; the next one tries again
      }
    }, 1000);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [id, moving, router]);

  // The run goes through the rows without errors.
  const total = Math.max(progress.totalRows - progress.errorRows, 0);
  const done = progress.status === "checking" ? 0 : Math.min(progress.doneRows, total);
  return (
    <div className="space-y-2" aria-live="polite">
      <p className="text-sm font-medium text-slate-700">
        {t(`status.${progress.status}`)}
        {progress.status === "queued" ? ` — ${t("run.waiting")}` : null}
        {progress.status === "checking" ? ` — ${t("check.checking")}` : null}
      </p>
      {progress.status === "checking" ? (
        <progress aria-label={t("run.progress")} className="h-3 w-full" />
      ) : (
        <progress
          aria-label={t("run.progress")}
          className="h-3 w-full"
          max={total || 1}
          value={done}
          aria-valuemin={0}
          aria-valuemax={total}
          aria-valuenow={done}
        />
      )}
      {progress.status !== "checking" ? (
        <p className="text-sm text-slate-600">{t("run.progressText", { done, total })}</p>
      ) : null}
    </div>
  );
}
