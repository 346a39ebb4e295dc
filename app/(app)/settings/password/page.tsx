import { getTranslations } from "next-intl/server";
import { ChangePasswordForm } from "@/components/settings/change-password-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";

export async function generateMetadata() {
  const t = await getTranslations("common.auth");
  return { title: t("changePassword") };
}

export default async function ChangePasswordPage() {
  const [user, t] = await Promise.all([requireUser(), getTranslations("common.auth")]);
  return (
    <>
      <PageHeader title={t("changePassword")} description={t("changePasswordIntro")} />
      <Card className="max-w-lg">
        <p className="mb-4 text-sm text-slate-600">{t("signedInAs", { name: user.email })}</p>
        <ChangePasswordForm />
      </Card>
    </>
  );
}
