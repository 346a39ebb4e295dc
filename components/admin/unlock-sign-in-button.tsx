"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { unlockSignInAction } from "@/app/(app)/admin/sign-in-locks/actions";
import { Button } from "@/components/ui/button";
import { useErrorText } from "@/components/ui/use-error-text";

/** Lifts one sign-in lock, then shows the refreshed list. */
export function UnlockSignInButton({ lockKey, subject }: { lockKey: string; subject: string }) {
  const t = useTranslations("common.admin");
  const errorText = useErrorText("common");
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const unlock = () =>
    startTransition(async () => {
      setError(undefined);
      const result = await unlockSignInAction({ key: lockKey });
      if (!result.ok) setError(errorText(result.message));
      router.refresh();
    });
  return (
    <div>
      <Button
        size="sm"
        variant="secondary"
        disabled={pending}
        onClick={unlock}
        aria-label={t("unlockFor", { subject })}
      >
        {pending ? t("unlocking") : t("unlock")}
      </Button>
      {error ? (
        <p role="alert" className="mt-1 text-xs text-red-600">
          {error}
        </p>
      ) : null}
    </div>
  );
}
