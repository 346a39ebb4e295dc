import { createFormatter, createTranslator } from "next-intl";
import { getLocale, getTimeZone, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { RequirementDocBody } from "@/components/requirements/requirement-doc-body";
import { PrintButton } from "@/components/ui/print-button";
import { cn } from "@/components/ui/cn";
import { getAccount } from "@/db/queries/accounts";
import { listRequirementVersions } from "@/db/queries/requirements";
import { listStakeholders } from "@/db/queries/stakeholders";
import { requireUser } from "@/lib/auth/session";
import { LOCALES, isLocale, type Locale } from "@/lib/i18n/config";
import { DOC_STATUS_LABEL_KEYS } from "@/lib/requirements/model";
import en from "@/messages/requirements/en.json";
import zh from "@/messages/requirements/zh-CN.json";

type Props = {
  params: Promise<{ id: string; version: string }>;
  searchParams: Promise<{ lang?: string | string[] }>;
};

const CATALOGS: Record<Locale, typeof en> = { en, "zh-CN": zh };

export async function generateMetadata({ params }: Props) {
  const [{ version }, t] = await Promise.all([params, getTranslations("requirements")]);
  return { title: t("page.versionTitle", { number: Number(version) || 0 }) };
}

/** A version laid out as a document to hand to the customer, in the language chosen for it. */
export default async function PrintRequirementsPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const [{ id, version }, { lang }] = await Promise.all([params, searchParams]);
  const number = z.coerce.number().int().positive().safeParse(version);
  if (!z.uuid().safeParse(id).success || !number.success) notFound();
  const detail = await getAccount({ actor: user, id });
  if (!detail) notFound();
  const [rows, people, ui, common, uiLocale, timeZone] = await Promise.all([
    listRequirementVersions({ actor: user, accountId: id }),
    listStakeholders({ actor: user, accountId: id }),
    getTranslations("requirements"),
    getTranslations("common"),
    getLocale(),
    getTimeZone(),
  ]);
  const row = rows.find((r) => r.doc.number === number.data);
  if (!row) notFound();
  const locale: Locale = isLocale(lang) ? lang : isLocale(uiLocale) ? uiLocale : "zh-CN";
  const translate = createTranslator({
    locale,
    messages: { requirements: CATALOGS[locale] },
    namespace: "requirements",
  });
  const t = (key: string, values?: Record<string, string | number>) =>
    (translate as unknown as (k: string, v?: object) => string)(key, values);
  const format = createFormatter({ locale, timeZone });
  const date = (d: Date) => format.dateTime(d, { dateStyle: "long" });
  const { account } = detail;
  const { doc } = row;
  const base = `/accounts/${id}/requirements`;
  const meta: [string, string][] = [
    [t("print.customer"), account.name],
    [t("print.code"), account.code],
    [t("print.version"), t("versions.version", { number: doc.number })],
    [t("print.status"), t(DOC_STATUS_LABEL_KEYS[doc.status])],
    [t("print.date"), date(doc.approvedAt ?? doc.submittedAt ?? doc.updatedAt)],
    [t("print.preparedBy"), row.authorName ?? ""],
  ];

  return (
    <>
      <div className="no-print mb-4 flex flex-wrap items-center justify-between gap-3">
        <Link href={base} className="text-sm font-medium text-brand-700 hover:underline">
          ← {ui("print.back")}
        </Link>
        <div className="flex flex-wrap items-center gap-3">
          <nav aria-label={ui("print.language")} className="flex items-center gap-1 text-sm">
            <span className="text-slate-600">{ui("print.language")}</span>
            {LOCALES.map((l) => (
              <Link
                key={l}
                href={`${base}/${doc.number}/print?lang=${l}`}
                aria-current={l === locale ? "true" : undefined}
                className={cn(
                  "rounded px-2 py-1",
                  l === locale ? "bg-brand-100 font-medium text-brand-900" : "hover:bg-slate-100",
                )}
              >
                {common(`locale.${l}`)}
              </Link>
            ))}
          </nav>
          <PrintButton label={ui("print.printNow")} />
        </div>
      </div>
      <article
        lang={locale}
        className="mx-auto max-w-[210mm] bg-white p-10 text-slate-900 shadow-sm print:max-w-none print:p-0 print:shadow-none"
      >
        <header className="mb-6 border-b-2 border-slate-800 pb-4">
          <p className="text-sm text-slate-600">{account.name}</p>
          <h1 className="text-2xl font-bold tracking-tight">{t("print.documentTitle")}</h1>
          <dl className="mt-4 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr_max-content_1fr]">
            {meta.map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="text-slate-600">{label}</dt>
                <dd className="font-medium">{value}</dd>
              </div>
            ))}
          </dl>
        </header>
        <RequirementDocBody
          content={doc.content}
          t={t}
          stakeholderNames={new Map(people.map((p) => [p.id, p.name]))}
        />
        <footer className="mt-10 grid break-inside-avoid gap-8 border-t border-slate-300 pt-6 text-sm sm:grid-cols-2">
          <section>
            <h2 className="font-semibold">{t("print.approvedBy")}</h2>
            {doc.approvedAt ? (
              <p className="mt-2">
                {t("versions.signature", {
                  who: row.approverName ?? "",
                  date: date(doc.approvedAt),
                })}
              </p>
            ) : (
              <p className="mt-2 text-slate-500">{t("print.notApproved")}</p>
            )}
          </section>
          <section>
            <h2 className="font-semibold">{t("print.customerConfirmation")}</h2>
            <p className="mt-8 border-t border-slate-400 pt-1 text-xs text-slate-600">
              {t("print.signature")}
            </p>
            <p className="mt-8 border-t border-slate-400 pt-1 text-xs text-slate-600">
              {t("print.signDate")}
            </p>
          </section>
          <p className="text-xs text-slate-500 sm:col-span-2">
            {t("print.page", { customer: account.name, number: doc.number })}
          </p>
        </footer>
      </article>
    </>
  );
}
