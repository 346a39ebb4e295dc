import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Shown for unknown ids and for accounts the user may not see: the two look the same. */
export default async function AccountNotFound() {
  const [t, ta] = await Promise.all([getTranslations("common.errors"), getTranslations("account")]);
  return (
    <div className="mx-auto max-w-md py-16 text-center">
      <h1 className="text-2xl font-semibold">{t("notFoundTitle")}</h1>
      <p className="mt-2 text-sm text-slate-600">{ta("notFound")}</p>
      <Link
        href="/accounts"
        className="mt-6 inline-block rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
      >
        {ta("backToList")}
      </Link>
    </div>
  );
}
