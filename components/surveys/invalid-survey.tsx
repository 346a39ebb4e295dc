import { getTranslations } from "next-intl/server";
import { publicLocale } from "@/lib/surveys/public-locale";
import { PublicSurveyCard } from "./public-card";

/** One page for every link that cannot be answered: forged, unknown, used or expired alike. */
export async function InvalidSurvey({ lang }: { lang?: string }) {
  const locale = await publicLocale(lang);
  const t = await getTranslations({ locale, namespace: "surveys.public" });
  return (
    <PublicSurveyCard lang={locale} title={t("invalidTitle")}>
      <p className="mt-3 text-sm text-slate-700">{t("invalidBody")}</p>
    </PublicSurveyCard>
  );
}
