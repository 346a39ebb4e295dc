import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { AccountFilters, type FilterValues } from "@/components/accounts/account-filters";
import { AccountTable } from "@/components/accounts/account-table";
import { ExportLinks } from "@/components/accounts/export-links";
import {
  encodeCursor,
  hasFilters,
  LIST_SORTS,
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
import { listReferenceItems } from "@/db/queries/reference-data";
import { listAccountOwners } from "@/db/queries/users";
import { ACCOUNT_STATUSES, GRADES } from "@/db/schema/accounts";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/policy";
import { STAGES } from "@/lib/stages/stages";

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
  const lists = Promise.all([listAccountOwners(), listReferenceItems(), expectedDaysForRequest()]);
  lists.catch(() => {}); // awaited below, unless the session check redirects first
  const [user, rawParams] = await Promise.all([requireUser(), searchParams]);
  const params = parseListParams(rawParams);
  const query = toListQuery(params);
  const [page, [users, references], t, stages, locale] = await Promise.all([
    listAccounts({ actor: user, ...query }),
    lists,
    getTranslations("accounts"),
    getTranslations("stages"),
    getLocale(),
  ]);
  const canCreate = can(user, "account.create");
  const filtered = hasFilters(params);
  const newButton = canCreate ? (
    <Link href="/accounts/new" className={`${primary} print:hidden`}>
      {t("list.newAccount")}
    </Link>
  ) : null;

  const referenceOptions = (kind: "industry" | "source") =>
    references
      .filter((r) => r.kind === kind)
      .map((r) => ({ value: String(r.id), label: locale === "en" ? r.nameEn : r.nameZh }));
  const values: FilterValues = {
    q: params.q ?? "",
    stage: params.stage ?? "",
    grade: params.grade ?? "",
    owner: params.owner ?? "",
    industry: params.industry ? String(params.industry) : "",
    source: params.source ? String(params.source) : "",
    status: params.status ?? "",
    overdue: params.overdue === "1",
    archived: params.archived === "1",
    sort: params.sort,
  };
  const options = {
    stage: STAGES.map((s) => ({ value: s, label: stages(`stage.${s}`) })),
    grade: GRADES.map((g) => ({ value: g, label: t(`grade.${g}`) })),
    owner: [
      { value: "none", label: t("list.filter.noOwner") },
      ...users.map((u) => ({ value: u.id, label: u.name })),
    ],
    industry: referenceOptions("industry"),
    source: referenceOptions("source"),
    status: ACCOUNT_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })),
    sort: LIST_SORTS.map((s) => ({ value: s, label: t(`list.sort.${s}`) })),
  };

  // On paper the filter form gives way to one line saying what the list holds.
  const labelOf = (name: keyof typeof options, value: string) =>
    options[name].find((o) => o.value === value)?.label ?? value;
  const named: [string, string][] = [
    ...(values.q ? ([[t("list.filter.search"), values.q]] as [string, string][]) : []),
    ...(["stage", "grade", "owner", "industry", "source", "status"] as const)
      .filter((name) => values[name])
      .map((name): [string, string] => [t(`list.filter.${name}`), labelOf(name, values[name])]),
  ];
  const printed = named.map(([label, value]) => t("list.filter.item", { label, value }));
  if (values.overdue) printed.push(t("list.filter.overdueOnly"));
  if (values.archived) printed.push(t("list.filter.archivedOnly"));

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
            {newButton}
          </>
        }
      />
      <AccountFilters values={values} options={options} filtered={filtered} />
      <p
        className="mb-3 hidden text-sm text-slate-700 print:block"
        data-testid="account-list-print"
      >
        {printed.length > 0 ? printed.join(" · ") : t("list.filter.everything")}
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
