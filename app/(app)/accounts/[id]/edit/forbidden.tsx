"use client";
import Link from "next/link";
import { useParams } from "next/navigation";
import { useTranslations } from "next-intl";

/** Someone who may read the account but not edit it (an executive): HTTP 403, said plainly. */
export default function CannotEdit() {
  const t = useTranslations();
  const { id } = useParams<{ id: string }>();
  return (
    <div className="mx-auto max-w-md py-16 text-center">
      <h1 className="text-2xl font-semibold">{t("common.errors.forbiddenTitle")}</h1>
      <p className="mt-2 text-sm text-slate-600">{t("account.cannotEdit")}</p>
      <Link
        href={`/accounts/${id}`}
        className="mt-6 inline-block rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
      >
        {t("account.backToAccount")}
      </Link>
    </div>
  );
}
