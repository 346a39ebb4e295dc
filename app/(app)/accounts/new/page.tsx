import { getTranslations } from "next-intl/server";
import { forbidden } from "next/navigation";
import { AccountForm } from "@/components/accounts/account-form";
import { accountFormOptions } from "@/components/accounts/form-options";
import { PageHeader } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/policy";

export async function generateMetadata() {
  const t = await getTranslations("accounts.form");
  return { title: t("newTitle") };
}

export default async function NewAccountPage() {
  const user = await requireUser();
  if (!can(user, "account.create")) forbidden();
  const [options, t] = await Promise.all([
    accountFormOptions({ withOwners: can(user, "account.assign") }),
    getTranslations("accounts.form"),
  ]);
  return (
    <>
      <PageHeader title={t("newTitle")} description={t("newIntro")} />
      <AccountForm options={options} />
    </>
  );
}
