import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** A page the user's role does not open (answered with HTTP 403). */
export default async function Forbidden() {
  const t = await getTranslations("common.errors");
  return (
    <div className="mx-auto max-w-md py-16 text-center">
      <h1 className="text-2xl font-semibold">{t("forbiddenTitle")}</h1>
      <p className="mt-2 text-sm text-slate-600">{t("forbiddenBody")}</p>
      <Link
        href="/"
        className="mt-6 inline-block rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
      >
        {t("goHome")}
      </Link>
    </div>
  );
}
