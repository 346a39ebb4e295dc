"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { decideChangeRequestAction } from "@/app/(app)/accounts/[id]/scope/actions";
import { useLeaveGuard } from "@/components/ui/use-leave-guard";
import { Alert } from "@/components/ui/alert";
import { applyServerErrors } from "@/components/ui/apply-server-errors";
import { Button } from "@/components/ui/button";
import { Field, Textarea } from "@/components/ui/field";
import { useErrorText } from "@/components/ui/use-error-text";
import { formResolver } from "@/components/ui/form-resolver";
import { changeRequestDecisionSchema } from "@/lib/validations/scope";

type Values = { decision: "approved" | "rejected"; comment: string };

/** A director approves (the proposed item change is applied) or rejects with a reason. */
export function ChangeRequestDecision({
  accountId,
  request,
}: {
  accountId: string;
  request: { id: string; version: number };
}) {
  const t = useTranslations("scope.changeRequest");
  const errorText = useErrorText("scope");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<Values>({
    resolver: formResolver<Values>(changeRequestDecisionSchema, { raw: true }),
    defaultValues: { decision: "approved", comment: "" },
  });
  const { register, handleSubmit, formState, setValue } = form;
  useLeaveGuard(formState.isDirty);
  const id = `decision-${request.id}`;
  const commentError = errorText(formState.errors.comment?.message);

  const decide = (decision: Values["decision"]) => {
    setValue("decision", decision);
    return handleSubmit(async (values) => {
      setError(null);
      const result = await decideChangeRequestAction({ ...values, accountId, ...request });
      if (result.ok) {
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
      aria-label={t("decide")}
      className="space-y-2 rounded-md border border-slate-200 bg-slate-50 p-3 print:hidden"
    >
      <Field id={`${id}-comment`} label={t("comment")} error={commentError} hint={t("commentHint")}>
        <Textarea
          rows={2}
          id={`${id}-comment`}
          aria-invalid={!!commentError}
          aria-describedby={commentError ? `${id}-comment-error` : undefined}
          {...register("comment")}
        />
      </Field>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div className="flex gap-2">
        <Button type="submit" size="sm" disabled={formState.isSubmitting}>
          {t("approve")}
        </Button>
        <Button
          variant="danger"
          size="sm"
          disabled={formState.isSubmitting}
          onClick={() => void decide("rejected")}
        >
          {t("reject")}
        </Button>
      </div>
    </form>
  );
}
