"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { retryJobAction } from "@/app/(app)/admin/jobs/actions";
import { Button } from "@/components/ui/button";
import { useErrorText } from "@/components/ui/use-error-text";

/** Puts one failed job back in its queue. */
export function JobRetryButton({ id, queue }: { id: string; queue: string }) {
  const t = useTranslations("settings.jobs");
  const errorText = useErrorText("settings.validation");
  const router = useRouter();
  const [notice, setNotice] = useState<{ ok: boolean; text: string }>();
  const [pending, startTransition] = useTransition();
  const retry = () =>
    startTransition(async () => {
      setNotice(undefined);
      const result = await retryJobAction({ id });
      setNotice(
        result.ok
          ? { ok: true, text: t("retried") }
          : { ok: false, text: errorText(result.message) ?? "" },
      );
      router.refresh();
    });
  return (
    <div>
      <Button
        size="sm"
        variant="secondary"
        onClick={retry}
        disabled={pending}
        aria-label={t("retryLabel", { queue })}
      >
        {pending ? t("retrying") : t("retry")}
      </Button>
      {notice ? (
        <p
          role={notice.ok ? "status" : "alert"}
          className={notice.ok ? "mt-1 text-xs text-emerald-700" : "mt-1 text-xs text-red-600"}
        >
          {notice.text}
        </p>
      ) : null}
    </div>
  );
}
