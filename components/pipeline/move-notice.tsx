"use client";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { MoveNotice as Notice } from "./use-board-move";

/** The outcome of the last move: success, or what is missing — never a silent snap-back. */
export function MoveNotice({
  notice,
  onDismiss,
  onOverride,
}: {
  notice: Notice;
  onDismiss: () => void;
  onOverride: () => void;
}) {
  const t = useTranslations("pipeline.move");
  const ts = useTranslations("stages.stage");
  const names = { name: notice.card.name, stage: ts(notice.to) };
  return (
    <Alert tone={notice.tone === "success" ? "success" : "error"} className="mb-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div data-testid="move-notice">
          {notice.tone === "success" ? (
            <p>{t("moved", names)}</p>
          ) : (
            <>
              <p className="font-medium">{t(notice.refused ? "refused" : "failed", names)}</p>
              <ul className="mt-1 list-disc pl-5">
                {notice.lines.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </>
          )}
        </div>
        <div className="flex gap-2">
          {notice.tone === "error" && notice.overridable ? (
            <Button size="sm" variant="secondary" onClick={onOverride}>
              {t("override")}
            </Button>
          ) : null}
          <Button size="sm" variant="ghost" onClick={onDismiss}>
            {t("dismiss")}
          </Button>
        </div>
      </div>
    </Alert>
  );
}
