"use client";
import { formResolver } from "@/components/ui/form-resolver";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { moveStageAction } from "@/app/(app)/accounts/stage-actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Textarea } from "@/components/ui/field";
import { useErrorText } from "@/components/ui/use-error-text";
import type { Stage } from "@/lib/stages/stages";
import { dropAccountFormSchema, type DropAccountFormInput } from "@/lib/validations/account";

type DropValues = DropAccountFormInput;

/** Offered when the approved evaluation says no-go: drops the account with the reason recorded. */
export function DropAccountPanel({
  account,
  defaultReason,
}: {
  account: { id: string; stage: Stage };
  defaultReason: string;
}) {
  const t = useTranslations("scorecard.drop");
  const all = useTranslations();
  const errorText = useErrorText("scorecard");
  const router = useRouter();
  const [errors, setErrors] = useState<string[]>([]);
  const form = useForm<DropValues>({
    resolver: formResolver(dropAccountFormSchema),
    defaultValues: { reason: defaultReason },
  });
  const reasonError = errorText(form.formState.errors.reason?.message);

  const onSubmit = form.handleSubmit(async ({ reason }) => {
    setErrors([]);
    const result = await moveStageAction({
      id: account.id,
      from: account.stage,
      to: "dropped",
      reason,
    });
    if (result.ok) {
      router.push(`/accounts/${account.id}`);
      return;
    }
    const details = (result.details ?? []).map((d) =>
      all.has(d.key) ? all(d.key, d.params) : (errorText(d.key, d.params) ?? ""),
    );
    setErrors([errorText(result.message, result.params) ?? "", ...details]);
  });

  return (
    <form noValidate onSubmit={onSubmit} className="space-y-3">
      <p className="text-sm text-slate-700">{t("body")}</p>
      <Field id="drop-reason" label={t("reason")} required error={reasonError}>
        <Textarea
          id="drop-reason"
          rows={2}
          aria-invalid={!!reasonError}
          aria-describedby={reasonError ? "drop-reason-error" : undefined}
          {...form.register("reason")}
        />
      </Field>
      {errors.length > 0 ? (
        <Alert tone="error">
          <p>{t("failed")}</p>
          {errors.map((line, i) => (
            <p key={i}>{line}</p>
          ))}
        </Alert>
      ) : null}
      <Button type="submit" variant="danger" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? t("dropping") : t("confirm")}
      </Button>
    </form>
  );
}
