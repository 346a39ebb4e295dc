"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { editCodeAction } from "@/app/(app)/accounts/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { useErrorText } from "@/components/ui/use-error-text";
import { useVersion } from "./use-version";

export type EditCodeFormProps = { account: { id: string; version: number; code: string } };

/** Director / admin: correct the customer code by hand; a code in use is refused beside the field. */
export function EditCodeForm({ account }: EditCodeFormProps) {
  const t = useTranslations("accounts.code");
  const common = useTranslations("common");
  const errorText = useErrorText("accounts.validation");
  const router = useRouter();
  const [version, setVersion] = useVersion(account.version);
  const [code, setCode] = useState(account.code);
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [notice, setNotice] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    setFieldError(undefined);
    startTransition(async () => {
      const result = await editCodeAction({ id: account.id, version, code });
      if (result.ok) {
        setVersion(result.data.version);
        setCode(result.data.code);
        setNotice({ tone: "success", text: t("saved", { code: result.data.code }) });
        router.refresh();
        return;
      }
      const onField = errorText(result.fieldErrors?.code?.[0]);
      setFieldError(onField);
      if (!onField) setNotice({ tone: "error", text: errorText(result.message) ?? "" });
    });
  };

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-wrap items-start gap-2">
      <Field
        id="account-code"
        label={t("label")}
        hint={t("hint")}
        error={fieldError}
        className="min-w-56 flex-1"
      >
        <Input
          id="account-code"
          value={code}
          onChange={(e) => setCode(e.target.value)}
          autoComplete="off"
          spellCheck={false}
          className="font-mono"
          aria-invalid={!!fieldError}
          aria-describedby={fieldError ? "account-code-error" : undefined}
        />
      </Field>
      <Button type="submit" className="mt-6" disabled={pending || code.trim() === account.code}>
        {pending ? common("actions.saving") : t("save")}
      </Button>
      {notice ? (
        <Alert tone={notice.tone} className="basis-full">
          {notice.text}
        </Alert>
      ) : null}
    </form>
  );
}
