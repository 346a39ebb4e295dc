"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useFieldArray, useForm } from "react-hook-form";
import {
  createScheduleTemplateAction,
  updateScheduleTemplateAction,
} from "@/app/(app)/templates/schedules/actions";
import type { TemplateFormValues } from "@/lib/validations/schedule";
import { useLeaveGuard } from "@/components/ui/use-leave-guard";
import { formResolver } from "@/components/ui/form-resolver";
import { Alert } from "@/components/ui/alert";
import { applyServerErrors } from "@/components/ui/apply-server-errors";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { useErrorText } from "@/components/ui/use-error-text";
import { MAX_STEPS, scheduleTemplateSchema } from "@/lib/validations/schedule";

const optionalNumber = (v: unknown) => (v === "" || v == null ? null : Number(v));

/** A free step key (`step1`, `step2`, …) for a newly added step. */
function freshKey(taken: string[]): string {
  for (let n = taken.length + 1; ; n++) if (!taken.includes(`step${n}`)) return `step${n}`;
}

/** Name, industry, key-account target and the ordered steps of a schedule template. */
export function TemplateForm({
  template,
  industries,
}: {
  template?: { id: string; version: number; values: TemplateFormValues };
  industries: { code: string; label: string }[];
}) {
  const t = useTranslations("schedule.templateEditor");
  const common = useTranslations("common.actions");
  const errorText = useErrorText("schedule");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [leaving, setLeaving] = useState(false);
  const form = useForm<TemplateFormValues>({
    resolver: formResolver<TemplateFormValues>(scheduleTemplateSchema, { raw: true }),
    defaultValues: template?.values ?? {
      name: "",
      industry: "",
      targetDaysToOrder: null,
      steps: [{ key: "step1", label: "", durationDays: 7 }],
    },
  });
  const { register, handleSubmit, formState, control, getValues } = form;
  const steps = useFieldArray({ control, name: "steps" });
  useLeaveGuard(formState.isDirty && !leaving);
  const errors = formState.errors;
  const fieldError = (message: string | undefined, id: string) => {
    const text = errorText(message);
    return {
      text,
      props: { id, "aria-invalid": !!text, "aria-describedby": text ? `${id}-error` : undefined },
    };
  };
  const name = fieldError(errors.name?.message, "template-name");
  const industry = fieldError(errors.industry?.message, "template-industry");
  const target = fieldError(errors.targetDaysToOrder?.message, "template-target");

  const onSubmit = handleSubmit(async (values) => {
    setError(null);
    const result = template
      ? await updateScheduleTemplateAction({
          ...values,
          id: template.id,
          version: template.version,
        })
      : await createScheduleTemplateAction(values);
    if (result.ok) {
      setLeaving(true);
      router.push("/templates/schedules");
      router.refresh();
      return;
    }
    applyServerErrors(form.setError, result.fieldErrors);
    setError(errorText(result.message, result.params) ?? null);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <div className="grid gap-4 sm:grid-cols-3">
        <Field id="template-name" label={t("name")} error={name.text} required>
          <Input autoComplete="off" {...name.props} {...register("name")} />
        </Field>
        <Field id="template-industry" label={t("industry")} error={industry.text}>
          <Select {...industry.props} {...register("industry")}>
            <option value="">{t("anyIndustry")}</option>
            {industries.map((i) => (
              <option key={i.code} value={i.code}>
                {i.label}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          id="template-target"
          label={t("targetDaysToOrder")}
          error={target.text}
          hint={t("targetHint")}
        >
          <Input
            type="number"
            min={1}
            inputMode="numeric"
            {...target.props}
            {...register("targetDaysToOrder", { setValueAs: optionalNumber })}
          />
        </Field>
      </div>
      <fieldset className="space-y-2">
        <legend className="text-sm font-semibold text-slate-800">{t("steps")}</legend>
        <p className="text-xs text-slate-500">{t("durationHint")}</p>
        {errors.steps?.root?.message || errors.steps?.message ? (
          <p role="alert" className="text-sm text-red-600">
            {errorText(errors.steps?.root?.message ?? errors.steps?.message)}
          </p>
        ) : null}
        <ol className="space-y-2">
          {steps.fields.map((field, index) => {
            const rowErrors = errors.steps?.[index];
            const label = fieldError(rowErrors?.label?.message, `step-${index}-label`);
            const duration = fieldError(rowErrors?.durationDays?.message, `step-${index}-duration`);
            const key = fieldError(rowErrors?.key?.message, `step-${index}-key`);
            return (
              <li
                key={field.id}
                className="grid gap-2 rounded-md border border-slate-200 p-2 sm:grid-cols-[2rem_1fr_8rem_auto] sm:items-end"
              >
                <span className="pb-2 text-sm text-slate-500">{index + 1}.</span>
                <Field
                  id={`step-${index}-label`}
                  label={t("label")}
                  error={label.text ?? key.text}
                  required
                >
                  <Input
                    autoComplete="off"
                    {...label.props}
                    {...register(`steps.${index}.label`)}
                  />
                </Field>
                <Field
                  id={`step-${index}-duration`}
                  label={t("durationDays")}
                  error={duration.text}
                  required
                >
                  <Input
                    type="number"
                    min={0}
                    inputMode="numeric"
                    {...duration.props}
                    {...register(`steps.${index}.durationDays`, { setValueAs: optionalNumber })}
                  />
                </Field>
                {/* The key is internal (schedules and labels follow it): generated, never shown. */}
                <input type="hidden" {...register(`steps.${index}.key`)} />
                <div className="flex gap-1 pb-0.5">
                  <Button
                    size="sm"
                    variant="ghost"
                    disabled={index === 0}
                    aria-label={t("moveUpN", { n: index + 1 })}
                    onClick={() => steps.move(index, index - 1)}
                  >
                    ↑
                  </Button>
                  <Button
                    size="sm"
                    variant="ghost"
                    disabled={index === steps.fields.length - 1}
                    aria-label={t("moveDownN", { n: index + 1 })}
                    onClick={() => steps.move(index, index + 1)}
                  >
                    ↓
                  </Button>
                  <Button
                    size="sm"
                    variant="ghost"
                    disabled={steps.fields.length === 1}
                    aria-label={t("removeStepN", { n: index + 1 })}
                    onClick={() => steps.remove(index)}
                  >
                    ✕
                  </Button>
                </div>
              </li>
            );
          })}
        </ol>
        <Button
          size="sm"
          variant="secondary"
          disabled={steps.fields.length >= MAX_STEPS}
          onClick={() =>
            steps.append({
              key: freshKey(getValues("steps").map((s) => s.key)),
              label: "",
              durationDays: 7,
            })
          }
        >
          {t("addStep")}
        </Button>
      </fieldset>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Button type="submit" disabled={formState.isSubmitting || leaving}>
        {formState.isSubmitting || leaving ? common("saving") : common("save")}
      </Button>
    </form>
  );
}
