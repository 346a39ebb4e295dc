"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { saveReturnVisitTriggerAction } from "@/app/(app)/admin/stages/trigger-actions";
import { applyServerErrors } from "@/components/ui/apply-server-errors";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import { useErrorText } from "@/components/ui/use-error-text";
import { MAX_WINDOW_DAYS, MIN_WINDOW_DAYS } from "@/lib/tasks/types";
import { returnVisitTriggerSchema } from "@/lib/validations/task";

/** One return-visit trigger: its window in days, on/off, and its own Save button. */
export function ReturnVisitTriggerForm({
  triggerKey,
  name,
  windowDays,
  enabled,
  version,
}: {
  triggerKey: string;
  name: string;
  windowDays: number;
  enabled: boolean;
  version: number;
}) {
  const t = useTranslations("settings.stages");
  const errorText = useErrorText("settings.validation");
  const router = useRouter();
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<
    z.input<typeof returnVisitTriggerSchema>,
    unknown,
    z.output<typeof returnVisitTriggerSchema>
  >({
    resolver: zodResolver(returnVisitTriggerSchema),
    values: { key: triggerKey, windowDays: String(windowDays), enabled, version },
  });
  const id = `trigger-${triggerKey}`;
  const fieldError = errorText(formState.errors.windowDays?.message);

  const onSubmit = handleSubmit(async (values) => {
    setNotice(null);
    const result = await saveReturnVisitTriggerAction(values);
    if (result.ok) {
      setNotice({ ok: true, text: t("saved") });
      router.refresh();
      return;
    }
    applyServerErrors(setError, result.fieldErrors);
    setNotice({ ok: false, text: errorText(result.message) ?? "" });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-wrap items-start gap-3">
      <div>
        <div className="flex items-center gap-2">
          <Input
            id={`${id}-days`}
            type="number"
            inputMode="numeric"
            min={MIN_WINDOW_DAYS}
            max={MAX_WINDOW_DAYS}
            aria-label={t("triggerDaysFor", { trigger: name })}
            aria-invalid={!!fieldError}
            aria-describedby={fieldError ? `${id}-error` : undefined}
            className="w-24"
            {...register("windowDays")}
          />
          <span className="text-sm text-slate-600">{t("days")}</span>
        </div>
        {fieldError ? (
          <p id={`${id}-error`} role="alert" className="mt-1 text-xs text-red-600">
            {fieldError}
          </p>
        ) : null}
      </div>
      <label className="mt-2 flex items-center gap-1.5 text-sm">
        <input type="checkbox" {...register("enabled")} />
        {t("triggerEnabled")}
      </label>
      <Button
        type="submit"
        size="sm"
        variant="secondary"
        className="mt-1"
        disabled={formState.isSubmitting}
        aria-label={t("saveTrigger", { trigger: name })}
      >
        {formState.isSubmitting ? t("saving") : t("save")}
      </Button>
      {notice ? (
        <p
          role={notice.ok ? "status" : "alert"}
          className={notice.ok ? "mt-1.5 text-xs text-emerald-700" : "mt-1.5 text-xs text-red-600"}
        >
          {notice.text}
        </p>
      ) : null}
    </form>
  );
}
