"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { saveBaselineAction } from "@/app/(app)/accounts/[id]/schedule/actions";
import { saveBaselineFormSchema } from "@/lib/validations/schedule";
import { formResolver } from "@/components/ui/form-resolver";
import { Alert } from "@/components/ui/alert";
import { applyServerErrors } from "@/components/ui/apply-server-errors";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { useErrorText } from "@/components/ui/use-error-text";

type Values = { name: string };

/** Freezes the current plan as the next numbered baseline. */
export function SaveBaselineForm({ accountId }: { accountId: string }) {
  const t = useTranslations("schedule.baseline");
  const errorText = useErrorText("schedule");
  const router = useRouter();
  const [notice, setNotice] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const form = useForm<Values>({
    resolver: formResolver<Values>(saveBaselineFormSchema, { raw: true }),
    defaultValues: { name: "" },
  });
  const { register, handleSubmit, formState } = form;
  const nameError = errorText(formState.errors.name?.message);

  const onSubmit = handleSubmit(async (values) => {
    setNotice(null);
    const result = await saveBaselineAction({ ...values, accountId });
    if (result.ok) {
      form.reset({ name: "" });
      setNotice({ tone: "success", text: t("savedNumber", { n: result.data.number }) });
      router.refresh();
      return;
    }
    applyServerErrors(form.setError, result.fieldErrors);
    setNotice({ tone: "error", text: errorText(result.message, result.params) ?? "" });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2">
      <div className="flex flex-wrap items-end gap-2">
        <Field id="baseline-name" label={t("name")} error={nameError} hint={t("nameHint")}>
          <Input
            id="baseline-name"
            autoComplete="off"
            aria-invalid={!!nameError}
            aria-describedby={nameError ? "baseline-name-error" : undefined}
            {...register("name")}
          />
        </Field>
        <Button type="submit" disabled={formState.isSubmitting}>
          {t("save")}
        </Button>
      </div>
      {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
    </form>
  );
}
