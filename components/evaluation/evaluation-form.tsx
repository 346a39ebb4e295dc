"use client";
import { formResolver } from "@/components/ui/form-resolver";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useMemo, useRef, useState, type KeyboardEvent } from "react";
import { useForm, useWatch, type Resolver } from "react-hook-form";
import {
  saveEvaluationDraftAction,
  submitEvaluationAction,
} from "@/app/(app)/accounts/[id]/evaluation/actions";
import { useVersion } from "@/components/accounts/use-version";
import { Alert } from "@/components/ui/alert";
import { applyServerErrors } from "@/components/ui/apply-server-errors";
import { Button } from "@/components/ui/button";
import { useErrorText } from "@/components/ui/use-error-text";
import { scoreEvaluation, type CriterionAnswer } from "@/lib/scorecard/scoring";
import {
  evaluationDraftSchemaFor,
  evaluationSubmitSchema,
  type Template,
} from "@/lib/validations/scorecard";
import { CriterionField, type EvaluationFormValues } from "./criterion-field";
import { ScoreSummary } from "./score-summary";
import { useLeaveGuard } from "@/components/ui/use-leave-guard";

type Mode = "draft" | "submit";

/** The scorecard being filled: every criterion with its evidence, and the live result beside it. */
export function EvaluationForm({
  accountId,
  evaluation,
  template,
}: {
  accountId: string;
  evaluation: {
    id: string;
    version: number;
    answers: Readonly<Record<string, CriterionAnswer | undefined>>;
  };
  template: Template;
}) {
  const t = useTranslations("scorecard");
  const common = useTranslations("common");
  const errorText = useErrorText("scorecard");
  const router = useRouter();
  const [version, setVersion] = useVersion(evaluation.version);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const mode = useRef<Mode>("draft");
  const schemas = useMemo(
    () => ({ draft: evaluationDraftSchemaFor(template), submit: evaluationSubmitSchema(template) }),
    [template],
  );
  // The schema is chosen when the form is checked: drafts save loosely, submission checks fully.
  const resolver: Resolver<EvaluationFormValues> = (values, context, options) =>
    formResolver<EvaluationFormValues>(schemas[mode.current])(values, context, options);
  const form = useForm<EvaluationFormValues>({
    resolver,
    defaultValues: {
      answers: Object.fromEntries(
        template.criteria.map((c) => [
          c.key,
          {
            score: evaluation.answers[c.key]?.score ?? null,
            evidence: evaluation.answers[c.key]?.evidence ?? "",
          },
        ]),
      ),
    },
  });
  const { control, register, formState } = form;
  const answers = useWatch({ control, name: "answers" });
  const result = scoreEvaluation(template, answers);
  const weightSum = template.criteria.reduce((sum, c) => sum + c.weight, 0);
  useLeaveGuard(formState.isDirty, common("common.unsavedChanges"));

  const save = (which: Mode) => {
    mode.current = which;
    setNotice(null);
    setError(null);
    return form.handleSubmit(async (values) => {
      const input = { accountId, evaluationId: evaluation.id, version, answers: values.answers };
      const res =
        which === "submit"
          ? await submitEvaluationAction(input)
          : await saveEvaluationDraftAction(input);
      if (!res.ok) {
        applyServerErrors(form.setError, res.fieldErrors);
        setError(errorText(res.message, res.params) ?? null);
        return;
      }
      setVersion(res.data.version);
      form.reset(values);
      setNotice(which === "submit" ? t("form.submitted") : t("form.saved"));
      router.refresh();
    })();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "s") {
      event.preventDefault();
      if (!formState.isSubmitting) void save("draft");
    }
  };

  const errors = formState.errors.answers;
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save("submit");
      }}
      onKeyDown={onKeyDown}
      className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]"
    >
      <div className="space-y-4">
        <p className="text-sm text-slate-600">{t("form.shortcut")}</p>
        {template.criteria.map((criterion) => (
          <CriterionField
            key={criterion.key}
            criterion={criterion}
            share={criterion.weight / weightSum}
            control={control}
            register={register}
            errors={{
              score: errorText(errors?.[criterion.key]?.score?.message),
              evidence: errorText(errors?.[criterion.key]?.evidence?.message),
            }}
          />
        ))}
      </div>
      <aside className="lg:sticky lg:top-4 lg:self-start">
        <div className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <h2 className="text-base font-semibold">{t("form.resultTitle")}</h2>
          <ScoreSummary template={template} result={result} />
          {error ? <Alert tone="error">{error}</Alert> : null}
          {notice ? <Alert tone="success">{notice}</Alert> : null}
          <div className="flex flex-col gap-2">
            <Button
              variant="secondary"
              disabled={formState.isSubmitting}
              onClick={() => void save("draft")}
            >
              {formState.isSubmitting ? t("form.saving") : t("form.saveDraft")}
            </Button>
            <Button type="submit" disabled={formState.isSubmitting}>
              {t("form.submit")}
            </Button>
          </div>
        </div>
      </aside>
    </form>
  );
}
