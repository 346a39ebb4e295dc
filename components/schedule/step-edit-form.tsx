"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { updateStepAction } from "@/app/(app)/accounts/[id]/schedule/actions";
import { stepFormSchema, type StepFormInput } from "@/lib/validations/schedule";
import { useLeaveGuard } from "@/components/ui/use-leave-guard";
import { formResolver } from "@/components/ui/form-resolver";
import { Alert } from "@/components/ui/alert";
import { applyServerErrors } from "@/components/ui/apply-server-errors";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { useErrorText } from "@/components/ui/use-error-text";

const DATES = ["plannedStart", "plannedFinish", "actualStart", "actualFinish"] as const;

/** Planned and actual dates of one step; later steps can follow an edited finish. */
export function StepEditForm({
  accountId,
  step,
  label,
  onDone,
}: {
  accountId: string;
  step: { id: string; version: number } & Omit<StepFormInput, "reflow">;
  label: string;
  onDone: () => void;
}) {
  const t = useTranslations("schedule");
  const common = useTranslations("common.actions");
  const errorText = useErrorText("schedule");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<StepFormInput>({
    resolver: formResolver<StepFormInput>(stepFormSchema, { raw: true }),
    defaultValues: {
      plannedStart: step.plannedStart,
      plannedFinish: step.plannedFinish,
      actualStart: step.actualStart,
      actualFinish: step.actualFinish,
      reflow: true,
    },
  });
  const { register, handleSubmit, formState } = form;
  useLeaveGuard(formState.isDirty);
  const prefix = `step-${step.id}`;
  const err = (name: keyof StepFormInput) => errorText(formState.errors[name]?.message);

  const onSubmit = handleSubmit(async (values) => {
    setError(null);
    const result = await updateStepAction({
      ...values,
      accountId,
      id: step.id,
      version: step.version,
    });
    if (result.ok) {
      router.refresh();
      onDone();
      return;
    }
    applyServerErrors(form.setError, result.fieldErrors);
    setError(errorText(result.message, result.params) ?? null);
  });

  return (
    <form
      onSubmit={onSubmit}
      onKeyDown={(e) => {
        if (e.key === "Escape") onDone();
      }}
      noValidate
      aria-label={t("actions.editStep", { name: label })}
      className="space-y-3"
    >
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {DATES.map((name) => (
          <Field
            key={name}
            id={`${prefix}-${name}`}
            label={t(`fields.${name}`)}
            error={err(name)}
            required={name.startsWith("planned")}
          >
            <Input
              type="date"
              id={`${prefix}-${name}`}
              aria-invalid={!!err(name)}
              aria-describedby={err(name) ? `${prefix}-${name}-error` : undefined}
              {...register(name)}
            />
          </Field>
        ))}
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" className="h-4 w-4" {...register("reflow")} />
        {t("actions.reflow")}
      </label>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div className="flex gap-2">
        <Button type="submit" size="sm" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? common("saving") : common("save")}
        </Button>
        <Button size="sm" variant="secondary" onClick={onDone}>
          {common("cancel")}
        </Button>
      </div>
    </form>
  );
}
