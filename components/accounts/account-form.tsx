"use client";
import { formResolver } from "@/components/ui/form-resolver";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type MouseEvent } from "react";
import { useForm } from "react-hook-form";
import { createAccountAction, updateAccountAction } from "@/app/(app)/accounts/actions";
import { Alert } from "@/components/ui/alert";
import { applyServerErrors } from "@/components/ui/apply-server-errors";
import { Button } from "@/components/ui/button";
import { useErrorText } from "@/components/ui/use-error-text";
import { createAccountSchema } from "@/lib/validations/account";
import {
  AccountFormFields,
  type AccountFormInput,
  type AccountFormOptions,
} from "./account-form-fields";
import { useLeaveGuard } from "@/components/ui/use-leave-guard";

type Props = {
  options: AccountFormOptions;
  /** Without `account` the form creates one; with it, it edits that version of it. */
  account?: { id: string; version: number; values: AccountFormInput };
};

export const EMPTY_ACCOUNT: AccountFormInput = {
  name: "",
  grade: "normal",
  type: "buyer",
  status: "active",
  industryId: "",
  sourceId: "",
  ownerId: "",
  countryRegion: "",
  province: "",
  city: "",
  areaId: "",
  postalCode: "",
  address: "",
  phone: "",
  fax: "",
  email: "",
  homepage: "",
  annualRevenue: "",
  employeeCount: "",
};

/** Create or edit an account; server errors land beside their fields, typed input is never lost. */
export function AccountForm({ options, account }: Props) {
  const t = useTranslations("accounts.form");
  const common = useTranslations("common");
  const errorText = useErrorText("accounts.validation");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [leaving, setLeaving] = useState(false);
  const form = useForm({
    resolver: formResolver(createAccountSchema),
    defaultValues: account?.values ?? EMPTY_ACCOUNT,
  });
  const { handleSubmit, formState } = form;
  useLeaveGuard(formState.isDirty && !leaving);

  const onSubmit = handleSubmit(async (values) => {
    setError(null);
    const { ownerId, ...fields } = values;
    const result = account
      ? await updateAccountAction({ ...fields, id: account.id, version: account.version })
      : await createAccountAction({ ...fields, ownerId });
    if (result.ok) {
      setLeaving(true);
      router.push(`/accounts/${account?.id ?? ("id" in result.data ? result.data.id : "")}`);
      return;
    }
    applyServerErrors(form.setError, result.fieldErrors);
    setError(errorText(result.message, result.params) ?? null);
  });

  const cancelHref = account ? `/accounts/${account.id}` : "/accounts";
  const confirmCancel = (event: MouseEvent) => {
    if (formState.isDirty && !window.confirm(common("common.unsavedChanges"))) {
      event.preventDefault();
    }
  };

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <AccountFormFields form={form} options={options} />
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={formState.isSubmitting || leaving}>
          {formState.isSubmitting || leaving
            ? common("actions.saving")
            : account
              ? t("save")
              : t("create")}
        </Button>
        <Link
          href={cancelHref}
          onClick={confirmCancel}
          className="inline-flex items-center rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100"
        >
          {common("actions.cancel")}
        </Link>
      </div>
    </form>
  );
}
