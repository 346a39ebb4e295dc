"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { reviewCostPlanAction, submitCostPlanAction } from "@/app/(app)/accounts/[id]/cost/actions";
import { useLeaveGuard } from "@/components/ui/use-leave-guard";
import { formResolver } from "@/components/ui/form-resolver";
import { Alert } from "@/components/ui/alert";
import { applyServerErrors } from "@/components/ui/apply-server-errors";
import { Button } from "@/components/ui/button";
import { Field, Textarea } from "@/components/ui/field";
import { useErrorText } from "@/components/ui/use-error-text";
import { costPlanReviewSchema } from "@/lib/validations/cost";

/** The owner submits the plan for a director's approval. */
export function SubmitCostPlanButton({
  accountId,
  version,
}: {
  accountId: string;
  version: number;
}) {
  const t = useTranslations("cost.review");
  const errorText = useErrorText("cost");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const submit = () =>
    startTransition(async () => {
      setError(null);
      const result = await submitCostPlanAction({ accountId, version });
      if (result.ok) router.refresh();
      else setError(errorText(result.message, result.params) ?? null);
    });
  return (
    <div className="space-y-2">
      <Button onClick={submit} disabled={pending}>
        {t("submit")}
      </Button>
      {error ? <Alert tone="error">{error}</Alert> : null}
    </div>
  );
}

type Values = { decision: "approved" | "returned"; comment: string };

/** A director approves the submitted plan or returns it, saying what must change. */
export function ReviewCostPlanForm({ accountId, version }: { accountId: string; version: number }) {
  const t = useTranslations("cost.review");
  const errorText = useErrorText("cost");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<Values>({
    resolver: formResolver<Values>(costPlanReviewSchema, { raw: true }),
    defaultValues: { decision: "approved", comment: "" },
  });
  const { register, handleSubmit, formState, setValue } = form;
  useLeaveGuard(formState.isDirty);
  const commentError = errorText(formState.errors.comment?.message);

  const decide = (decision: Values["decision"]) => {
    setValue("decision", decision);
    return handleSubmit(async (values) => {
      setError(null);
      const result = await reviewCostPlanAction({ ...values, accountId, version });
      if (result.ok) {
        form.reset(values);
        router.refresh();
        return;
      }
      applyServerErrors(form.setError, result.fieldErrors);
      setError(errorText(result.message, result.params) ?? null);
    })();
  };

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void decide("approved");
      }}
      noValidate
      aria-label={t("title")}
      className="space-y-2"
    >
      <Field
        id="cost-review-comment"
        label={t("comment")}
        error={commentError}
        hint={t("commentHint")}
      >
        <Textarea
          id="cost-review-comment"
          rows={2}
          aria-invalid={!!commentError}
          aria-describedby={commentError ? "cost-review-comment-error" : undefined}
          {...register("comment")}
        />
      </Field>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div className="flex gap-2">
        <Button type="submit" disabled={formState.isSubmitting}>
          {t("approve")}
        </Button>
        <Button
          variant="danger"
          disabled={formState.isSubmitting}
          onClick={() => void decide("returned")}
        >
          {t("return")}
        </Button>
      </div>
    </form>
  );
}
