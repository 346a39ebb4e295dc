"use client";
import { formResolver } from "@/components/ui/form-resolver";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { decideEvaluationAction } from "@/app/(app)/accounts/[id]/evaluation/actions";
import { decideEvaluationSchema } from "@/lib/validations/scorecard";
import { decideRequirementDocAction } from "@/app/(app)/accounts/[id]/requirements/actions";
import { decideRequirementDocSchema } from "@/lib/validations/requirements";
import { Alert } from "@/components/ui/alert";
import { applyServerErrors } from "@/components/ui/apply-server-errors";
import { Button } from "@/components/ui/button";
import { Field, Textarea } from "@/components/ui/field";
import { useErrorText } from "@/components/ui/use-error-text";

type Subject =
  | { kind: "evaluation"; accountId: string; evaluationId: string; version: number }
  | { kind: "requirements"; accountId: string; versionId: string; version: number };

type Values = {
  accountId: string;
  evaluationId?: string;
  versionId?: string;
  version: number;
  decision: "approved" | "returned";
  comment: string;
};

const NAMESPACE = { evaluation: "scorecard", requirements: "requirements" } as const;

/** A director's approve / return-with-comment for a submitted evaluation or requirements version. */
export function DecisionForm({ subject }: { subject: Subject }) {
  const ns = NAMESPACE[subject.kind];
  const t = useTranslations(`${ns}.decision`);
  const errorText = useErrorText(ns);
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const schema =
    subject.kind === "evaluation" ? decideEvaluationSchema : decideRequirementDocSchema;
  const form = useForm<Values>({
    resolver: formResolver<Values>(schema),
    defaultValues: { ...subject, decision: "approved", comment: "" },
  });
  const { register, formState } = form;
  const commentError = errorText(formState.errors.comment?.message);

  const decide = (decision: Values["decision"]) => {
    setError(null);
    form.setValue("decision", decision);
    return form.handleSubmit(async (values) => {
      const input = { decision, comment: values.comment };
      const result =
        subject.kind === "evaluation"
          ? await decideEvaluationAction({ ...subject, ...input })
          : await decideRequirementDocAction({ ...subject, ...input });
      if (!result.ok) {
        applyServerErrors(form.setError, result.fieldErrors);
        setError(errorText(result.message, result.params) ?? null);
        return;
      }
      form.reset(values);
      router.refresh();
    })();
  };

  const id = `decision-comment-${subject.kind}`;
  return (
    <form noValidate onSubmit={(e) => e.preventDefault()} className="space-y-3">
      <Field id={id} label={t("comment")} hint={t("commentHint")} error={commentError}>
        <Textarea
          id={id}
          rows={3}
          aria-invalid={!!commentError}
          aria-describedby={commentError ? `${id}-error` : undefined}
          {...register("comment")}
        />
      </Field>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div className="flex flex-wrap gap-2">
        <Button disabled={formState.isSubmitting} onClick={() => void decide("approved")}>
          {formState.isSubmitting ? t("deciding") : t("approve")}
        </Button>
        <Button
          variant="secondary"
          disabled={formState.isSubmitting}
          onClick={() => void decide("returned")}
        >
          {t("return")}
        </Button>
      </div>
    </form>
  );
}
