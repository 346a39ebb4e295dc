"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { generateScheduleAction } from "@/app/(app)/accounts/[id]/schedule/actions";
import {
  generateScheduleFormSchema,
  type GenerateScheduleFormInput,
} from "@/lib/validations/schedule";
import { useLeaveGuard } from "@/components/ui/use-leave-guard";
import { formResolver } from "@/components/ui/form-resolver";
import { Alert } from "@/components/ui/alert";
import { applyServerErrors } from "@/components/ui/apply-server-errors";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { useErrorText } from "@/components/ui/use-error-text";

/**
 * Plans the schedule from a template and a start date. With `replace`, the
 * current steps are replaced (after a confirmation); saved baselines stay.
 */
export function GenerateScheduleForm({
  accountId,
  templates,
  defaultTemplateId,
  defaultStart,
  replace,
}: {
  accountId: string;
  templates: { id: string; label: string }[];
  defaultTemplateId: string;
  defaultStart: string;
  replace?: { version: number };
}) {
  const t = useTranslations("schedule");
  const common = useTranslations("common.actions");
  const errorText = useErrorText("schedule");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<GenerateScheduleFormInput>({
    resolver: formResolver<GenerateScheduleFormInput>(generateScheduleFormSchema, { raw: true }),
    defaultValues: { templateId: defaultTemplateId, startDate: defaultStart },
  });
  const { register, handleSubmit, formState } = form;
  useLeaveGuard(formState.isDirty);
  const prefix = replace ? "replan" : "plan";
  const err = (name: keyof GenerateScheduleFormInput) => errorText(formState.errors[name]?.message);

  const onSubmit = handleSubmit(async (values) => {
    if (replace && !window.confirm(t("generate.confirmReplace"))) return;
    setError(null);
    const result = await generateScheduleAction({
      ...values,
      accountId,
      version: replace?.version ?? null,
    });
    if (result.ok) {
      form.reset(values);
      router.refresh();
      return;
    }
    applyServerErrors(form.setError, result.fieldErrors);
    setError(errorText(result.message, result.params) ?? null);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3 lg:items-end">
        <Field id={`${prefix}-templateId`} label={t("fields.template")} error={err("templateId")}>
          <Select
            id={`${prefix}-templateId`}
            aria-invalid={!!err("templateId")}
            aria-describedby={err("templateId") ? `${prefix}-templateId-error` : undefined}
            {...register("templateId")}
          >
            {templates.map((tpl) => (
              <option key={tpl.id} value={tpl.id}>
                {tpl.label}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          id={`${prefix}-startDate`}
          label={t("fields.startDate")}
          error={err("startDate")}
          required
        >
          <Input
            type="date"
            id={`${prefix}-startDate`}
            aria-invalid={!!err("startDate")}
            aria-describedby={err("startDate") ? `${prefix}-startDate-error` : undefined}
            {...register("startDate")}
          />
        </Field>
        <div>
          <Button type="submit" disabled={formState.isSubmitting}>
            {formState.isSubmitting
              ? common("saving")
              : replace
                ? t("generate.replace")
                : t("actions.planFromTemplate")}
          </Button>
        </div>
      </div>
      {error ? <Alert tone="error">{error}</Alert> : null}
    </form>
  );
}
