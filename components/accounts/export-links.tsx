import { getTranslations } from "next-intl/server";
import Link from "next/link";

const link =
  "inline-flex items-center justify-center rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600";
const item =
  "block rounded px-3 py-1.5 text-sm text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-600";

const exportHref = (of: string, format: string, query: string) =>
  `/accounts/export?${new URLSearchParams([
    ["of", of],
    ["format", format],
  ]).toString()}${query ? `&${query}` : ""}`;

/**
 * Export CSV / Export Excel for one export (`of`) of a view, carrying its filters
 * (`query`): the service list's requests, an account's orders (with its order lines
 * under "More exports").
 */
export async function ExportButtons({ of, query }: { of: "service" | "orders"; query: string }) {
  const t = await getTranslations("exports.actions");
  const hint = t(`${of}Hint`);
  return (
    <div role="group" aria-label={t("label")} className="flex flex-wrap gap-2 print:hidden">
      <a href={exportHref(of, "csv", query)} download className={link} title={hint}>
        {t(`${of}Csv`)}
      </a>
      <a href={exportHref(of, "xlsx", query)} download className={link} title={hint}>
        {t(`${of}Xlsx`)}
      </a>
      {of === "orders" ? (
        <details className="relative">
          <summary className={`${link} cursor-pointer list-none`}>{t("more")}</summary>
          <div className="absolute right-0 z-10 mt-1 w-56 rounded-md border border-slate-200 bg-white p-1 shadow-lg">
            <a href={exportHref("orderLines", "csv", query)} download className={item}>
              {t("orderLinesCsv")}
            </a>
            <a href={exportHref("orderLines", "xlsx", query)} download className={item}>
              {t("orderLinesXlsx")}
            </a>
          </div>
        </details>
      ) : null}
    </div>
  );
}

/**
 * The list's exports, carrying its filters (`query`, without the page cursor): the
 * accounts as CSV or Excel, and under "More exports" their contacts and activities, and the printable contacts list. Plain links, so keyboard and middle-click work.
 */
export async function ExportLinks({ query }: { query: string }) {
  const t = await getTranslations("exports.actions");
  const href = (of: string, format: string) => exportHref(of, format, query);
  return (
    <div
      role="group"
      aria-label={t("label")}
      className="flex flex-wrap items-center gap-2 print:hidden"
    >
      <a href={href("accounts", "csv")} download className={link} title={t("hint")}>
        {t("csv")}
      </a>
      <a href={href("accounts", "xlsx")} download className={link} title={t("hint")}>
        {t("xlsx")}
      </a>
      <details className="relative">
        <summary className={`${link} cursor-pointer list-none`}>{t("more")}</summary>
        <div className="absolute right-0 z-10 mt-1 w-56 rounded-md border border-slate-200 bg-white p-1 shadow-lg">
          <a href={href("contacts", "csv")} download className={item}>
            {t("contactsCsv")}
          </a>
          <a href={href("contacts", "xlsx")} download className={item}>
            {t("contactsXlsx")}
          </a>
          <a href={href("activities", "csv")} download className={item}>
            {t("activitiesCsv")}
          </a>
          <a href={href("activities", "xlsx")} download className={item}>
            {t("activitiesXlsx")}
          </a>
          <a href={href("orders", "csv")} download className={item}>
            {t("ordersMoreCsv")}
          </a>
          <a href={href("orders", "xlsx")} download className={item}>
            {t("ordersMoreXlsx")}
          </a>
          <a href={href("orderLines", "csv")} download className={item}>
            {t("orderLinesCsv")}
          </a>
          <a href={href("orderLines", "xlsx")} download className={item}>
            {t("orderLinesXlsx")}
          </a>
          <a href={`/accounts/contacts${query ? `?${query}` : ""}`} className={item}>
            {t("printContacts")}
          </a>
          <Link href="/accounts/sales-report" className={item}>
            {t("printSales")}
          </Link>
        </div>
      </details>
    </div>
  );
}
