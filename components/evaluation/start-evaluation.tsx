"use client";
import { formResolver } from "@/components/ui/form-resolver";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { startEvaluationAction } from "@/app/(app)/accounts/[id]/evaluation/actions";
import { startEvaluationSchema, type StartEvaluationInput } from "@/lib/validations/scorecard";
import { Alert } from "@/components/ui/alert";
import { applyServerErrors } from "@/components/ui/apply-server-errors";
import { Button } from "@/components/ui/button";
import { Field, Select } from "@/components/ui/field";
import { useErrorText } from "@/components/ui/use-error-text";

/** Starts the first evaluation or a re-evaluation, on the default or another active template. */
export function StartEvaluation({
  accountId,
  templates,
  label,
}: {
  accountId: string;
  templates: { id: string; name: string; isDefault: boolean }[];
  label: string;
}) {
  const t = useTranslations("scorecard.page");
  const errorText = useErrorText("scorecard");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<StartEvaluationInput>({
    resolver: formResolver<StartEvaluationInput>(startEvaluationSchema),
    defaultValues: { accountId, templateId: templates.find((x) => x.isDefault)?.id ?? "" },
  });
  const templateError = errorText(form.formState.errors.templateId?.message);

  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    const result = await startEvaluationAction(values);
    if (!result.ok) {
      applyServerErrors(form.setError, result.fieldErrors);
      setError(errorText(result.message, result.params) ?? null);
      return;
    }
    router.refresh();
  });

  return (
    <form noValidate onSubmit={onSubmit} className="flex flex-wrap items-end gap-3">
      {templates.length > 1 ? (
        <Field id="evaluation-template" label={t("template")} error={templateError}>
          <Select
            id="evaluation-template"
            aria-invalid={!!templateError}
            {...form.register("templateId")}
          >
            {templates.map((x) => (
              <option key={x.id} value={x.id}>
                {x.isDefault ? t("defaultTemplate", { name: x.name }) : x.name}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? t("starting") : label}
      </Button>
      {error ? (
        <Alert tone="error" className="w-full">
          {error}
        </Alert>
      ) : null}
    </form>
  );
}
