"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { removeCalendarDayAction } from "@/app/(app)/admin/calendar/actions";
import { Button } from "@/components/ui/button";
import { useErrorText } from "@/components/ui/use-error-text";

/** Removes one holiday or make-up day: the date falls back to its weekday's rule. */
export function CalendarDayRemove({ date }: { date: string }) {
  const t = useTranslations("settings.calendar");
  const errorText = useErrorText("settings.validation");
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const remove = () =>
    startTransition(async () => {
      setError(undefined);
      const result = await removeCalendarDayAction({ date });
      if (!result.ok) setError(errorText(result.message));
      router.refresh();
    });
  return (
    <div>
      <Button
        size="sm"
        variant="ghost"
        onClick={remove}
        disabled={pending}
        aria-label={t("removeLabel", { date })}
      >
        {pending ? t("removing") : t("remove")}
      </Button>
      {error ? (
        <p role="alert" className="mt-1 text-xs text-red-600">
          {error}
        </p>
      ) : null}
    </div>
  );
}
