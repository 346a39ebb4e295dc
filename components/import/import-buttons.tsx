"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { startImportAction, undoImportAction } from "@/app/(app)/accounts/import/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useErrorText } from "@/components/ui/use-error-text";

type Run = (input: { id: string }) => Promise<{ ok: boolean; message?: string }>;

function useImportAction(action: Run, id: string) {
  const errorText = useErrorText("import.errors");
  const router = useRouter();
  const [error, setError] = useState<string | undefined>();
  const [pending, startTransition] = useTransition();
  const run = (after?: () => void) =>
    startTransition(async () => {
      setError(undefined);
      const result = await action({ id });
      after?.();
      if (result.ok) return router.refresh();
      setError(errorText(result.message));
    });
  return { error, pending, run };
}

/** Starts a checked import (`startImportAction`); the page then follows its progress. */
export function StartImportButton({ id, rows }: { id: string; rows: number }) {
  const t = useTranslations("import.run");
  const { error, pending, run } = useImportAction(startImportAction as Run, id);
  return (
    <div className="space-y-2">
      <Button disabled={pending} aria-busy={pending} onClick={() => run()}>
        {t("submit", { count: rows })}
      </Button>
      {error ? <Alert tone="error">{error}</Alert> : null}
    </div>
  );
}

/** Undoes a finished import after a confirmation step (`undoImportAction`). */
export function UndoImportButton({ id }: { id: string }) {
  const t = useTranslations("import.result");
  const [confirming, setConfirming] = useState(false);
  const { error, pending, run } = useImportAction(undoImportAction as Run, id);
  return (
    <div className="space-y-2">
      {confirming ? (
        <div role="group" aria-label={t("undo")} className="flex flex-wrap items-center gap-2">
          <span className="text-sm text-slate-700">{t("undoConfirm")}</span>
          <Button
            variant="danger"
            disabled={pending}
            autoFocus
            onClick={() => run(() => setConfirming(false))}
          >
            {t("undoYes")}
          </Button>
          <Button variant="ghost" disabled={pending} onClick={() => setConfirming(false)}>
            {t("cancel")}
          </Button>
        </div>
      ) : (
        <Button variant="secondary" onClick={() => setConfirming(true)}>
          {t("undo")}
        </Button>
      )}
      {error ? <Alert tone="error">{error}</Alert> : null}
    </div>
  );
}
