"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { setArchivedAction } from "@/app/(app)/accounts/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useErrorText } from "@/components/ui/use-error-text";
import { useVersion } from "./use-version";

export type ArchiveButtonProps = {
  account: { id: string; version: number; archivedAt: Date | string | null };
};

/** Archive (after a confirmation step) or restore an account. */
export function ArchiveButton({ account }: ArchiveButtonProps) {
  const t = useTranslations("accounts.archive");
  const common = useTranslations("common");
  const errorText = useErrorText("accounts");
  const router = useRouter();
  const [version, setVersion] = useVersion(account.version);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const archived = account.archivedAt != null;

  const run = (archive: boolean) =>
    startTransition(async () => {
      setError(null);
      const result = await setArchivedAction({ id: account.id, version, archived: archive });
      setConfirming(false);
      if (result.ok) {
        setVersion(result.data.version);
        router.refresh();
        return;
      }
      setError(errorText(result.message) ?? null);
    });

  return (
    <div className="space-y-2">
      {archived ? (
        <Button variant="secondary" disabled={pending} onClick={() => run(false)}>
          {t("restore")}
        </Button>
      ) : confirming ? (
        <div role="group" aria-label={t("archive")} className="flex flex-wrap items-center gap-2">
          <span className="text-sm text-slate-700">{t("confirmText")}</span>
          <Button variant="danger" disabled={pending} onClick={() => run(true)} autoFocus>
            {t("confirm")}
          </Button>
          <Button variant="ghost" disabled={pending} onClick={() => setConfirming(false)}>
            {common("actions.cancel")}
          </Button>
        </div>
      ) : (
        <Button variant="secondary" onClick={() => setConfirming(true)}>
          {t("archive")}
        </Button>
      )}
      {error ? <Alert tone="error">{error}</Alert> : null}
    </div>
  );
}
