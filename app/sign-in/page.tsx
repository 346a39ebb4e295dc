import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { LocaleSwitcher } from "@/components/shell/locale-switcher";
import { Alert } from "@/components/ui/alert";
import { SignInForm } from "@/components/shell/sign-in-form";
import { getCurrentUser } from "@/lib/auth/session";

export async function generateMetadata() {
  const t = await getTranslations("common.auth");
  return { title: t("signIn") };
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string; notice?: string }>;
}) {
  if (await getCurrentUser()) redirect("/");
  const [{ callbackUrl, notice }, t] = await Promise.all([searchParams, getTranslations("common")]);
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm space-y-6">
        <div className="flex justify-end">
          <LocaleSwitcher />
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <h1 className="mb-1 text-xl font-semibold">{t("auth.signInTitle")}</h1>
          <p className="mb-5 text-sm text-slate-600">{t("app.tagline")}</p>
          {notice === "passwordChanged" ? (
            <Alert tone="success" className="mb-4">
              {t("auth.passwordChanged")}
            </Alert>
          ) : null}
          <SignInForm callbackUrl={callbackUrl} />
        </div>
      </div>
    </main>
  );
}
