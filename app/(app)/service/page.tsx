import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { ExportButtons } from "@/components/accounts/export-links";
import { ServiceTable } from "@/components/service/service-table";
import { Card, PageHeader } from "@/components/ui/card";
import { Input, Select } from "@/components/ui/field";
import { listServiceRequests } from "@/db/queries/service";
import { listAccountOwners } from "@/db/queries/users";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/policy";
import { cursorOf, parseServiceFilters, serviceFiltersQuery } from "@/lib/service/list-filters";
import { SERVICE_PRIORITIES, SERVICE_STATUSES, SERVICE_TYPES } from "@/lib/service/types";

export async function generateMetadata() {
  const t = await getTranslations("service");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The service list: filters and search in the URL (a plain GET form), keyset paging. */
export default async function ServiceListPage({ searchParams }: Props) {
  const user = await requireUser();
  const filters = parseServiceFilters(await searchParams);
  const now = new Date();
  const [{ rows, more }, owners, t, surveysT] = await Promise.all([
    listServiceRequests({ actor: user, filters, now }),
    listAccountOwners(),
    getTranslations("service"),
    getTranslations("surveys.settings"),
  ]);
  const filtered = Object.values({ ...filters, after: undefined }).some((v) => v !== undefined);
  const select = (name: string, value: string | undefined, options: [string, string][]) => (
    <div className="space-y-1">
      <label htmlFor={`filter-${name}`} className="block text-xs font-medium text-slate-600">
        {t(`field.${name}` as never)}
      </label>
      <Select id={`filter-${name}`} name={name} defaultValue={value ?? ""}>
        <option value="">{t("any")}</option>
        {options.map(([v, label]) => (
          <option key={v} value={v}>
            {label}
          </option>
        ))}
      </Select>
    </div>
  );

  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("intro")}
        actions={
          <div className="flex flex-wrap gap-2">
            <ExportButtons of="service" query={serviceFiltersQuery(filters).slice(1)} />
            {can(user, "slaPolicy.manage") ? (
              <Link
                href="/service/sla"
                className="rounded-md border border-slate-300 px-3 py-2 text-sm"
              >
                {t("slaSettings")}
              </Link>
            ) : null}
            {can(user, "escalationLadder.manage") ? (
              <Link
                href="/service/ladder"
                className="rounded-md border border-slate-300 px-3 py-2 text-sm"
              >
                {t("ladderSettings")}
              </Link>
            ) : null}
            {can(user, "survey.manage") ? (
              <Link
                href="/service/surveys"
                className="rounded-md border border-slate-300 px-3 py-2 text-sm"
              >
                {surveysT("link")}
              </Link>
            ) : null}
          </div>
        }
      />
      <Card>
        <form
          method="get"
          className="mb-4 flex flex-wrap items-end gap-3 print:hidden"
          role="search"
        >
          <div className="space-y-1">
            <label htmlFor="filter-q" className="block text-xs font-medium text-slate-600">
              {t("searchLabel")}
            </label>
            <Input
              id="filter-q"
              name="q"
              defaultValue={filters.q ?? ""}
              placeholder={t("search")}
            />
          </div>
          {select("status", filters.status, [
            ["open", t("filterOpen")],
            ...SERVICE_STATUSES.map((s): [string, string] => [s, t(`status.${s}`)]),
          ])}
          {select(
            "type",
            filters.type,
            SERVICE_TYPES.map((s) => [s, t(`type.${s}`)]),
          )}
          {select(
            "priority",
            filters.priority,
            SERVICE_PRIORITIES.map((s) => [s, t(`priority.${s}`)]),
          )}
          {select("owner", filters.owner, [
            ["me", t("mine")],
            ...owners.map((o): [string, string] => [o.id, o.name]),
          ])}
          <label className="flex items-center gap-2 pb-2 text-sm">
            <input type="checkbox" name="overdue" value="1" defaultChecked={!!filters.overdue} />
            {t("overdueOnly")}
          </label>
          <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 text-sm text-white">
            {t("apply")}
          </button>
          {filtered ? (
            <Link href="/service" className="pb-2 text-sm text-brand-700 underline">
              {t("clear")}
            </Link>
          ) : null}
        </form>
        <ServiceTable rows={rows} now={now} empty={filtered ? t("emptyFiltered") : t("empty")} />
        <nav className="mt-4 flex gap-4 text-sm print:hidden" aria-label={t("title")}>
          {filters.after ? (
            <Link
              href={`/service${serviceFiltersQuery(filters)}`}
              className="text-brand-700 underline"
            >
              {t("previous")}
            </Link>
          ) : null}
          {more ? (
            <Link
              href={`/service${serviceFiltersQuery(filters, cursorOf(rows[rows.length - 1]!))}`}
              className="text-brand-700 underline"
            >
              {t("next")}
            </Link>
          ) : null}
        </nav>
      </Card>
    </>
  );
}
