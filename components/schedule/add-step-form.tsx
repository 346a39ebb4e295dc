"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { addStepAction } from "@/app/(app)/accounts/[id]/schedule/step-actions";
import { addStepFormSchema, type AddStepFormInput } from "@/lib/validations/schedule";
import { useLeaveGuard } from "@/components/ui/use-leave-guard";
import { formResolver } from "@/components/ui/form-resolver";
import { Alert } from "@/components/ui/alert";
import { applyServerErrors } from "@/components/ui/apply-server-errors";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { useErrorText } from "@/components/ui/use-error-text";

const wholeDays = (v: unknown) => (v === "" || v == null ? undefined : Number(v));

/** A step of the account's own, placed after a chosen step (by default the last). */
export function AddStepForm({
  accountId,
  steps,
}: {
  accountId: string;
  steps: { id: string; label: string }[];
}) {
  const t = useTranslations("schedule");
  const common = useTranslations("common.actions");
  const errorText = useErrorText("schedule");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const blank = { after: steps.at(-1)?.id ?? "", label: "", durationDays: 7 };
  const form = useForm<AddStepFormInput>({
    resolver: formResolver<AddStepFormInput>(addStepFormSchema, { raw: true }),
    defaultValues: blank,
  });
  const { register, handleSubmit, formState, reset } = form;
  useLeaveGuard(formState.isDirty);
  const err = (name: keyof AddStepFormInput) => errorText(formState.errors[name]?.message);

  const onSubmit = handleSubmit(async (values) => {
    setError(null);
    const result = await addStepAction({ ...values, accountId });
    if (result.ok) {
      reset({ ...blank, after: result.data.id });
      router.refresh();
      return;
    }
    applyServerErrors(form.setError, result.fieldErrors);
    setError(errorText(result.message, result.params) ?? null);
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="add-step-title" className="space-y-3">
      <div>
        <h3 id="add-step-title" className="text-sm font-semibold">
          {t("addStep.title")}
        </h3>
        <p className="text-sm text-slate-600">{t("addStep.intro")}</p>
      </div>
      <div className="grid gap-3 sm:grid-cols-[1fr_2fr_1fr]">
        <Field id="add-step-after" label={t("addStep.after")} error={err("after")}>
          <Select id="add-step-after" {...register("after")}>
            <option value="">{t("addStep.first")}</option>
            {steps.map((s) => (
              <option key={s.id} value={s.id}>
                {t("addStep.afterStep", { name: s.label })}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="add-step-label" label={t("addStep.label")} error={err("label")} required>
          <Input
            id="add-step-label"
            maxLength={200}
            aria-invalid={!!err("label")}
            aria-describedby={err("label") ? "add-step-label-error" : undefined}
            {...register("label")}
          />
        </Field>
        <Field
          id="add-step-duration"
          label={t("addStep.duration")}
          error={err("durationDays")}
          required
        >
          <Input
            id="add-step-duration"
            type="number"
            min={0}
            max={365}
            step={1}
            inputMode="numeric"
            aria-invalid={!!err("durationDays")}
            aria-describedby={err("durationDays") ? "add-step-duration-error" : undefined}
            {...register("durationDays", { setValueAs: wholeDays })}
          />
        </Field>
      </div>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Button type="submit" size="sm" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? common("saving") : t("actions.addStep")}
      </Button>
    </form>
  );
}
