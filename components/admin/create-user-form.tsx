"use client";
import { formResolver } from "@/components/ui/form-resolver";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { createUserAction } from "@/app/(app)/admin/users/actions";
import { Alert } from "@/components/ui/alert";
import { applyServerErrors } from "@/components/ui/apply-server-errors";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { useErrorText } from "@/components/ui/use-error-text";
import { ROLES } from "@/db/schema/users";
import { createUserSchema, MIN_PASSWORD, type CreateUserInput } from "@/lib/validations/user";

export function CreateUserForm() {
  const t = useTranslations("common");
  const errorText = useErrorText("common");
  const [notice, setNotice] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const form = useForm<CreateUserInput>({
    resolver: formResolver(createUserSchema),
    defaultValues: { name: "", email: "", role: "manager", password: "" },
  });
  const { register, handleSubmit, setError, reset, formState } = form;
  const err = (name: keyof CreateUserInput) =>
    errorText(
      formState.errors[name]?.message,
      name === "password" ? { min: MIN_PASSWORD } : undefined,
    );

  const onSubmit = handleSubmit(async (values) => {
    setNotice(null);
    const result = await createUserAction(values);
    if (result.ok) {
      reset();
      setNotice({ tone: "success", text: t("admin.userCreated", { email: result.data.email }) });
      return;
    }
    applyServerErrors(setError, result.fieldErrors);
    setNotice({ tone: "error", text: errorText(result.message) ?? "" });
  });

  const control = (name: keyof CreateUserInput) => ({
    id: `new-user-${name}`,
    "aria-invalid": !!err(name),
    "aria-describedby": err(name) ? `new-user-${name}-error` : undefined,
    ...register(name),
  });

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5 lg:items-end"
    >
      <Field id="new-user-name" label={t("admin.name")} error={err("name")} required>
        <Input autoComplete="off" {...control("name")} />
      </Field>
      <Field id="new-user-email" label={t("admin.email")} error={err("email")} required>
        <Input type="email" autoComplete="off" {...control("email")} />
      </Field>
      <Field id="new-user-role" label={t("admin.role")} error={err("role")} required>
        <Select {...control("role")}>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`roles.${role}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        id="new-user-password"
        label={t("admin.initialPassword")}
        error={err("password")}
        required
      >
        <Input type="password" autoComplete="new-password" {...control("password")} />
      </Field>
      <Button type="submit" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? t("admin.creating") : t("admin.createUser")}
      </Button>
      {notice ? (
        <Alert tone={notice.tone} className="sm:col-span-2 lg:col-span-5">
          {notice.text}
        </Alert>
      ) : null}
    </form>
  );
}
