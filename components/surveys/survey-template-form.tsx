"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useFieldArray, useForm, type FieldPath } from "react-hook-form";
import { saveSurveyTemplateAction } from "@/app/(app)/service/surveys/actions";
import { Alert } from "@/components/ui/alert";
import { applyServerErrors } from "@/components/ui/apply-server-errors";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { formResolver } from "@/components/ui/form-resolver";
import { useErrorText } from "@/components/ui/use-error-text";
import { useLeaveGuard } from "@/components/ui/use-leave-guard";
import { MAX_EXTRA_QUESTIONS } from "@/lib/surveys/types";
import { surveyTemplateSchema, type SurveyTemplateInput } from "@/lib/validations/surveys";

type Name = FieldPath<SurveyTemplateInput>;
const WORDING = [
  ["titleZh", "titleEn"],
  ["introZh", "introEn"],
  ["csatZh", "csatEn"],
  ["npsZh", "npsEn"],
  ["commentZh", "commentEn"],
] as const;

/** The survey template's wording in both languages and its extra questions; saving makes a new version. */
export function SurveyTemplateForm({ template }: { template: SurveyTemplateInput }) {
  const t = useTranslations("surveys.settings");
  const errorText = useErrorText("surveys.errors");
  const router = useRouter();
  const [status, setStatus] = useState<{ tone: "success" | "error"; text: string }>();
  const form = useForm<SurveyTemplateInput>({
    resolver: formResolver(surveyTemplateSchema),
    defaultValues: template,
  });
  const { register, handleSubmit, formState, control: formControl } = form;
  const questions = useFieldArray({ control: formControl, name: "questions" });
  useLeaveGuard(formState.isDirty && !formState.isSubmitSuccessful);

  const errorOf = (name: Name) => {
    const parts = name.split(".");
    let node: unknown = formState.errors;
    for (const p of parts) node = (node as Record<string, unknown> | undefined)?.[p];
    return errorText((node as { message?: string } | undefined)?.message);
  };
  const control = (name: Name) => ({
    id: `survey-${name}`,
    "aria-invalid": !!errorOf(name),
    "aria-describedby": errorOf(name) ? `survey-${name}-error` : undefined,
    ...register(name),
  });

  const onSubmit = handleSubmit(async (values) => {
    setStatus(undefined);
    const result = await saveSurveyTemplateAction(values);
    if (result.ok) {
      form.reset({ ...values, basedOn: result.data.version });
      setStatus({ tone: "success", text: t("saved") });
      router.refresh();
      return;
    }
    applyServerErrors(form.setError, result.fieldErrors);
    setStatus({
      tone: "error",
      text:
        result.error === "conflict"
          ? (errorText("staleTemplate") ?? "")
          : (errorText(result.message, result.params) ?? ""),
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("template")}>
      {WORDING.map(([zh, en]) => (
        <div key={zh} className="grid gap-4 sm:grid-cols-2">
          {[zh, en].map((name) => (
            <Field
              key={name}
              id={`survey-${name}`}
              label={t(name)}
              error={errorOf(name)}
              required={!name.startsWith("intro")}
            >
              {name.startsWith("intro") ? (
                <Textarea rows={2} {...control(name)} />
              ) : (
                <Input autoComplete="off" {...control(name)} />
              )}
            </Field>
          ))}
        </div>
      ))}
      <fieldset className="space-y-3">
        <legend className="text-sm font-semibold text-slate-700">{t("questions")}</legend>
        {questions.fields.map((field, index) => (
          <div
            key={field.id}
            className="grid gap-3 rounded-md border border-slate-200 p-3 sm:grid-cols-[8rem_8rem_1fr_1fr_auto]"
          >
            <Field
              id={`survey-questions.${index}.key`}
              label={t("questionKey")}
              error={errorOf(`questions.${index}.key`)}
              required
            >
              <Input autoComplete="off" {...control(`questions.${index}.key`)} />
            </Field>
            <Field id={`survey-questions.${index}.kind`} label={t("questionKind")} required>
              <Select {...control(`questions.${index}.kind`)}>
                <option value="scale">{t("kinds.scale")}</option>
                <option value="text">{t("kinds.text")}</option>
              </Select>
            </Field>
            <Field
              id={`survey-questions.${index}.zh`}
              label={t("questionZh")}
              error={errorOf(`questions.${index}.zh`)}
              required
            >
              <Input autoComplete="off" {...control(`questions.${index}.zh`)} />
            </Field>
            <Field
              id={`survey-questions.${index}.en`}
              label={t("questionEn")}
              error={errorOf(`questions.${index}.en`)}
              required
            >
              <Input autoComplete="off" {...control(`questions.${index}.en`)} />
            </Field>
            <div className="self-end">
              <Button
                type="button"
                variant="secondary"
                size="sm"
                onClick={() => questions.remove(index)}
              >
                {t("removeQuestion", { n: index + 1 })}
              </Button>
            </div>
          </div>
        ))}
        {errorOf("questions") ? (
          <p className="text-sm text-red-700">{errorOf("questions")}</p>
        ) : null}
        {questions.fields.length < MAX_EXTRA_QUESTIONS ? (
          <Button
            type="button"
            variant="secondary"
            size="sm"
            onClick={() => questions.append({ key: "", kind: "scale", zh: "", en: "" })}
          >
            {t("addQuestion")}
          </Button>
        ) : null}
      </fieldset>
      {status ? <Alert tone={status.tone}>{status.text}</Alert> : null}
      <Button type="submit" disabled={formState.isSubmitting}>
        {t("saveTemplate")}
      </Button>
    </form>
  );
}
