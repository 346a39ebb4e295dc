"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { markAllNotificationsReadAction } from "@/app/(app)/notifications/actions";
import { Button } from "@/components/ui/button";
import { useErrorText } from "@/components/ui/use-error-text";

export function MarkAllReadButton() {
  const t = useTranslations("notifications");
  const errorText = useErrorText();
  const router = useRouter();
  const [notice, setNotice] = useState<{ ok: boolean; text: string }>();
  const [pending, startTransition] = useTransition();
  return (
    <div className="flex items-center gap-2">
      {notice ? (
        <p
          role={notice.ok ? "status" : "alert"}
          className={notice.ok ? "text-xs text-emerald-700" : "text-xs text-red-600"}
        >
          {notice.text}
        </p>
      ) : null}
      <Button
        variant="secondary"
        size="sm"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await markAllNotificationsReadAction({});
            setNotice(
              result.ok
                ? { ok: true, text: t("allRead") }
                : { ok: false, text: errorText(result.message) ?? "" },
            );
            router.refresh();
          })
        }
      >
        {pending ? t("marking") : t("markAllRead")}
      </Button>
    </div>
  );
}
