"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { signInAction } from "@/app/sign-in/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { useErrorText } from "@/components/ui/use-error-text";
import type { ActionResult } from "@/lib/actions/action";

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const t = useTranslations("common.auth");
  const errorText = useErrorText("common");
  const [state, formAction, pending] = useActionState(
    async (_: ActionResult | null, form: FormData) => signInAction(form),
    null,
  );
  const failure = state && !state.ok ? state : null;
  const fieldError = (name: "email" | "password") => errorText(failure?.fieldErrors?.[name]?.[0]);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      {failure && failure.error !== "validation" ? (
        <Alert tone="error">{errorText(failure.message)}</Alert>
      ) : null}
      <input type="hidden" name="callbackUrl" value={callbackUrl ?? ""} />
      <Field id="email" label={t("email")} error={fieldError("email")} required>
        <Input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          autoFocus
          aria-invalid={!!fieldError("email")}
          aria-describedby={fieldError("email") ? "email-error" : undefined}
        />
      </Field>
      <Field id="password" label={t("password")} error={fieldError("password")} required>
        <Input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={!!fieldError("password")}
          aria-describedby={fieldError("password") ? "password-error" : undefined}
        />
      </Field>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? t("signingIn") : t("signIn")}
      </Button>
    </form>
  );
}
