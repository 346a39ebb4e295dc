import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { AccountFilters } from "@/components/accounts/account-filters";
import { AccountTable } from "@/components/accounts/account-table";
import { ExportLinks } from "@/components/accounts/export-links";
import { listFilterView } from "@/components/accounts/list-filter-view";
import {
  encodeCursor,
  hasFilters,
  listHref,
  listQuery,
  parseListParams,
  toListQuery,
  type SearchParams,
} from "@/components/accounts/list-params";
import { PageHeader } from "@/components/ui/card";
import { PrintButton } from "@/components/ui/print-button";
import { expectedDaysForRequest } from "@/db/queries/stage-settings";
import { listAccounts } from "@/db/queries/accounts-search";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/policy";

export async function generateMetadata() {
  const t = await getTranslations("accounts.list");
  return { title: t("title") };
}

const linkButton =
  "inline-flex items-center justify-center rounded-md px-4 py-2 text-sm font-medium transition-colors";
const primary = `${linkButton} bg-brand-600 text-white hover:bg-brand-700`;
const secondary = `${linkButton} border border-slate-300 bg-white text-slate-800 hover:bg-slate-100`;

export default async function AccountsPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  // What does not depend on the user starts now, beside the session check: the filter
  // options, and the stage limits that listAccounts takes from the same per-render cache.
  const params = parseListParams(await searchParams);
  const early = Promise.all([listFilterView(params), expectedDaysForRequest()]);
  early.catch(() => {}); // awaited below, unless the session check redirects first
  const user = await requireUser();
  const query = toListQuery(params);
  const [page, [{ values, options, summary }], t, tv, tabc] = await Promise.all([
    listAccounts({ actor: user, ...query }),
    early,
    getTranslations("accounts"),
    getTranslations("value.atRisk"),
    getTranslations("value.abc"),
  ]);
  const canCreate = can(user, "account.create");
  const filtered = hasFilters(params);
  const newButton = canCreate ? (
    <Link href="/accounts/new" className={`${primary} print:hidden`}>
      {t("list.newAccount")}
    </Link>
  ) : null;

  return (
    <>
      <PageHeader
        title={t("list.title")}
        description={t("list.intro")}
        actions={
          <>
            {page.rows.length > 0 ? (
              <>
                <ExportLinks query={listQuery(params)} />
                <PrintButton label={t("list.print")} />
              </>
            ) : null}
            <Link href="/accounts/at-risk" className={`${secondary} print:hidden`}>
              {tv("link")}
            </Link>
            <Link href="/accounts/abc" className={`${secondary} print:hidden`}>
              {tabc("link")}
            </Link>
            {can(user, "import.run") ? (
              <Link href="/accounts/import" className={`${secondary} print:hidden`}>
                {t("list.import")}
              </Link>
            ) : null}
            {newButton}
          </>
        }
      />
      <AccountFilters values={values} options={options} filtered={filtered} />
      <p
        className="mb-3 hidden text-sm text-slate-700 print:block"
        data-testid="account-list-print"
      >
        {summary}
      </p>
      {page.rows.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white px-4 py-10 text-center">
          {filtered || query.after ? (
            <>
              <p className="font-medium">{t("list.noMatch")}</p>
              <p className="mt-1 text-sm text-slate-600">{t("list.noMatchHint")}</p>
              <Link href="/accounts" className={`${secondary} mt-4`}>
                {t("list.filter.clear")}
              </Link>
            </>
          ) : (
            <>
              <p className="font-medium">{t("list.noAccounts")}</p>
              <p className="mt-1 text-sm text-slate-600">
                {canCreate ? t("list.noAccountsHint") : t("list.noAccountsReadOnly")}
              </p>
              {newButton ? <div className="mt-4">{newButton}</div> : null}
            </>
          )}
        </div>
      ) : (
        <>
          <AccountTable rows={page.rows} now={new Date()} />
          <nav
            aria-label={t("list.pagination")}
            className="mt-4 flex flex-wrap items-center justify-between gap-2 text-sm print:hidden"
          >
            {params.after ? (
              <Link href={listHref(params, { after: undefined })} className={secondary}>
                {t("list.firstPage")}
              </Link>
            ) : (
              <span />
            )}
            {page.next ? (
              <Link
                href={listHref(params, { after: encodeCursor(page.next) })}
                className={secondary}
              >
                {t("list.nextPage")}
              </Link>
            ) : null}
          </nav>
        </>
      )}
    </>
  );
}
