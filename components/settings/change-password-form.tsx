"use client";
import { formResolver } from "@/components/ui/form-resolver";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { changeOwnPasswordAction } from "@/app/(app)/settings/password/actions";
import { Alert } from "@/components/ui/alert";
import { applyServerErrors } from "@/components/ui/apply-server-errors";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { useErrorText } from "@/components/ui/use-error-text";
import {
  changeOwnPasswordSchema,
  MIN_PASSWORD,
  type ChangeOwnPasswordInput,
} from "@/lib/validations/user";

const FIELDS = [
  { name: "currentPassword", autoComplete: "current-password" },
  { name: "newPassword", autoComplete: "new-password" },
  { name: "confirmPassword", autoComplete: "new-password" },
] as const;

/** Current password, new password twice; on success the server signs the user out. */
export function ChangePasswordForm() {
  const t = useTranslations("common.auth");
  const errorText = useErrorText("common");
  const [failure, setFailure] = useState<string>();
  const { register, handleSubmit, setError, formState } = useForm<ChangeOwnPasswordInput>({
    resolver: formResolver(changeOwnPasswordSchema),
    defaultValues: { currentPassword: "", newPassword: "", confirmPassword: "" },
  });
  const err = (name: keyof ChangeOwnPasswordInput) =>
    errorText(formState.errors[name]?.message, { min: MIN_PASSWORD });

  const onSubmit = handleSubmit(async (values) => {
    setFailure(undefined);
    const result = await changeOwnPasswordAction(values);
    if (result.ok) return; // the action redirects to sign-in
    applyServerErrors(setError, result.fieldErrors);
    setFailure(errorText(result.message));
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {FIELDS.map(({ name, autoComplete }) => (
        <Field key={name} id={`password-${name}`} label={t(name)} error={err(name)} required>
          <Input
            id={`password-${name}`}
            type="password"
            autoComplete={autoComplete}
            aria-invalid={!!err(name)}
            aria-describedby={err(name) ? `password-${name}-error` : undefined}
            {...register(name)}
          />
        </Field>
      ))}
      <p className="text-xs text-slate-500">{t("changePasswordSignsOut")}</p>
      <Button type="submit" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? t("changingPassword") : t("changePassword")}
      </Button>
      {failure ? <Alert tone="error">{failure}</Alert> : null}
    </form>
  );
}
