"use client";
import { formResolver } from "@/components/ui/form-resolver";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { saveStageSettingAction } from "@/app/(app)/admin/stages/actions";
import { applyServerErrors } from "@/components/ui/apply-server-errors";
import { Input } from "@/components/ui/field";
import { InlineSave } from "@/components/settings/inline-save";
import { useErrorText } from "@/components/ui/use-error-text";
import type { PipelineStage } from "@/lib/stages/stages";
import {
  MAX_EXPECTED_DAYS,
  stageSettingSchema,
  type StageSettingInput,
} from "@/lib/validations/stage-settings";

/** One stage's expected days: a number field and its own Save button. */
export function StageSettingForm({
  stage,
  stageName,
  expectedDays,
  version,
}: {
  stage: PipelineStage;
  stageName: string;
  expectedDays: number | null;
  version: number;
}) {
  const t = useTranslations("settings.stages");
  const errorText = useErrorText("settings.validation");
  const router = useRouter();
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<StageSettingInput>({
    resolver: formResolver(stageSettingSchema),
    // `values`: after a save and refresh the form takes the new version without remounting.
    values: {
      stage,
      expectedDays: expectedDays == null ? "" : String(expectedDays),
      version,
    },
  });
  const id = `stage-${stage}-days`;
  const fieldError = errorText(formState.errors.expectedDays?.message);

  const onSubmit = handleSubmit(async (values) => {
    setNotice(null);
    const result = await saveStageSettingAction(values);
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
      <input type="hidden" {...register("stage")} />
      <input type="hidden" {...register("version")} />
      <div>
        <div className="flex items-center gap-2">
          <Input
            id={id}
            type="number"
            inputMode="numeric"
            min={1}
            max={MAX_EXPECTED_DAYS}
            placeholder={t("noLimit")}
            aria-label={t("expectedDaysFor", { stage: stageName })}
            aria-invalid={!!fieldError}
            aria-describedby={fieldError ? `${id}-error` : undefined}
            className="w-28"
            {...register("expectedDays")}
          />
          <span className="text-sm text-slate-600">{t("days")}</span>
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
