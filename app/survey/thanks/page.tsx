import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PublicSurveyCard } from "@/components/surveys/public-card";
import { publicLocale } from "@/lib/surveys/public-locale";

export const metadata: Metadata = { robots: { index: false, follow: false } };

export default async function SurveyThanksPage({
  searchParams,
}: {
  searchParams: Promise<{ lang?: string }>;
}) {
  const locale = await publicLocale((await searchParams).lang);
  const t = await getTranslations({ locale, namespace: "surveys.public" });
  return (
    <PublicSurveyCard lang={locale} title={t("thanksTitle")}>
      <p className="mt-3 text-sm text-slate-700">{t("thanksBody")}</p>
    </PublicSurveyCard>
  );
}
