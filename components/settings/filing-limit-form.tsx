"use client";
import { formResolver } from "@/components/ui/form-resolver";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { saveFilingLimitAction } from "@/app/(app)/admin/stages/filing-actions";
import { applyServerErrors } from "@/components/ui/apply-server-errors";
import { Input } from "@/components/ui/field";
import { InlineSave } from "@/components/settings/inline-save";
import { useErrorText } from "@/components/ui/use-error-text";
import { MAX_FILING_LIMIT_HOURS } from "@/lib/activities/filing";
import type { ActivityType } from "@/lib/activities/types";
import { filingLimitSchema } from "@/lib/validations/activity";

/** One activity type's filing limit in hours: a number field and its own Save button. */
export function FilingLimitForm({
  type,
  typeName,
  hours,
  version,
}: {
  type: ActivityType;
  typeName: string;
  hours: number;
  version: number;
}) {
  const t = useTranslations("settings.stages");
  const errorText = useErrorText("settings.validation");
  const router = useRouter();
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<
    z.input<typeof filingLimitSchema>,
    unknown,
    z.output<typeof filingLimitSchema>
  >({
    resolver: formResolver(filingLimitSchema),
    values: { type, hours: String(hours), version },
  });
  const id = `filing-${type}-hours`;
  const fieldError = errorText(formState.errors.hours?.message);

  const onSubmit = handleSubmit(async (values) => {
    setNotice(null);
    const result = await saveFilingLimitAction(values);
    if (result.ok) {
      setNotice({ ok: true, text: t("saved") });
      router.refresh();
      return;
    }
    applyServerErrors(setError, result.fieldErrors);
    setNotice({ ok: false, text: errorText(result.message) ?? "" });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-wrap items-start gap-2">
      <div>
        <div className="flex items-center gap-2">
          <Input
            id={id}
            type="number"
            inputMode="numeric"
            min={1}
            max={MAX_FILING_LIMIT_HOURS}
            aria-label={t("filingHoursFor", { type: typeName })}
            aria-invalid={!!fieldError}
            aria-describedby={fieldError ? `${id}-error` : undefined}
            className="w-28"
            {...register("hours")}
          />
          <span className="text-sm text-slate-600">{t("hours")}</span>
        </div>
        {fieldError ? (
          <p id={`${id}-error`} role="alert" className="mt-1 text-xs text-red-600">
            {fieldError}
          </p>
        ) : null}
      </div>
      <InlineSave
        submitting={formState.isSubmitting}
        save={t("save")}
        saving={t("saving")}
        notice={notice}
      />
    </form>
  );
}
