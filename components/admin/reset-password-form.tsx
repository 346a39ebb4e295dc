"use client";
import { formResolver } from "@/components/ui/form-resolver";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { resetUserPasswordAction } from "@/app/(app)/admin/users/actions";
import { applyServerErrors } from "@/components/ui/apply-server-errors";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import { useErrorText } from "@/components/ui/use-error-text";
import { MIN_PASSWORD, resetPasswordSchema, type ResetPasswordInput } from "@/lib/validations/user";

/** An admin's "reset password" for one user row, folded until opened. */
export function ResetPasswordForm({ user }: { user: { id: string; name: string } }) {
  const t = useTranslations("common.admin");
  const errorText = useErrorText("common");
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const { register, handleSubmit, setError, reset, formState } = useForm<ResetPasswordInput>({
    resolver: formResolver(resetPasswordSchema),
    defaultValues: { id: user.id, password: "" },
  });
  const id = `reset-password-${user.id}`;
  const error = errorText(formState.errors.password?.message, { min: MIN_PASSWORD });

  const onSubmit = handleSubmit(async (values) => {
    setNotice(null);
    const result = await resetUserPasswordAction(values);
    if (result.ok) {
      reset({ id: user.id, password: "" });
      setNotice({ ok: true, text: t("passwordReset", { name: user.name }) });
      return;
    }
    applyServerErrors(setError, result.fieldErrors);
    setNotice({ ok: false, text: errorText(result.message) ?? "" });
  });

  return (
    <details className="w-full">
      <summary className="cursor-pointer text-xs text-brand-700">{t("resetPassword")}</summary>
      <form onSubmit={onSubmit} noValidate className="mt-2 flex flex-wrap items-start gap-2">
        <label htmlFor={id} className="sr-only">
          {t("newPasswordFor", { name: user.name })}
        </label>
        <Input
          id={id}
          type="password"
          autoComplete="new-password"
          placeholder={t("newPassword")}
          className="w-48 py-1"
          aria-invalid={!!error}
          aria-describedby={error ? `${id}-error` : undefined}
          {...register("password")}
        />
        <Button type="submit" size="sm" variant="secondary" disabled={formState.isSubmitting}>
          {t("setPassword")}
        </Button>
        {error ? (
          <p id={`${id}-error`} role="alert" className="w-full text-xs text-red-600">
            {error}
          </p>
        ) : null}
        {notice ? (
          <p
            role={notice.ok ? "status" : "alert"}
            className={
              notice.ok ? "w-full text-xs text-emerald-700" : "w-full text-xs text-red-600"
            }
          >
            {notice.text}
          </p>
        ) : null}
      </form>
    </details>
  );
}
