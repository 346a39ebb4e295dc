"use client";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { Field, Input, Select } from "@/components/ui/field";
import {
  DASHBOARD_GRADES,
  RANGE_KEYS,
  dashboardSearch,
  parseDashboardQuery,
  rangeDays,
  withSearch,
  type DashboardQuery,
  type RangeKey,
} from "@/lib/dashboards/filters";
import { ABC_CLASSES } from "@/lib/value/abc";
import { readsClassFilter } from "./dashboard-tabs";

export type FilterOption = { id: string; label: string };

/**
 * Period and account filters, kept in the URL so a view can be bookmarked and
 * shared. Every change navigates at once; the old numbers stay (dimmed) until the
 * new ones arrive.
 */
export function DashboardFilterBar({
  today,
  owners,
  industries,
  sources,
}: {
  today: string;
  /** Empty for a manager, who only ever sees their own accounts. */
  owners: FilterOption[];
  industries: FilterOption[];
  sources: FilterOption[];
}) {
  const t = useTranslations("dashboards");
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const [pending, startTransition] = useTransition();
  const query = parseDashboardQuery(Object.fromEntries(params.entries()), today);
  const byClass = readsClassFilter(pathname);

  const go = (next: DashboardQuery) =>
    startTransition(() =>
      router.push(withSearch(pathname, dashboardSearch(next)), { scroll: false }),
    );
  const setRange = (range: RangeKey) =>
    go(range === "custom" ? { ...query, range } : { ...query, range, ...rangeDays(range, today) });
  // Dates apply on blur or Enter, not on every keystroke of a typed year.
  const applyDates = (form: HTMLFormElement) => {
    const value = (name: string) =>
      (form.elements.namedItem(name) as HTMLInputElement | null)?.value;
    const from = value("from") || query.from;
    const to = value("to") || query.to;
    if (from !== query.from || to !== query.to) go({ ...query, range: "custom", from, to });
  };
  const optional = (value: string) => value || undefined;
  const number = (value: string) => (value ? Number(value) : undefined);
  const labelOf = (options: FilterOption[], id: string | number | undefined, all: string) =>
    (id === undefined ? undefined : options.find((o) => o.id === String(id))?.label) ?? all;
  // What the filters say, for paper (the period has its own line on every view).
  const summary = (
    [
      ...(owners.length > 0
        ? [[t("filters.owner"), labelOf(owners, query.ownerId, t("filters.allOwners"))]]
        : []),
      [t("filters.industry"), labelOf(industries, query.industryId, t("filters.allIndustries"))],
      [t("filters.grade"), query.grade ? t(`grade.${query.grade}`) : t("filters.allGrades")],
      [t("filters.source"), labelOf(sources, query.sourceId, t("filters.allSources"))],
      ...(byClass
        ? [
            [
              t("filters.class"),
              query.abcClass
                ? t("value.className", { abcClass: query.abcClass })
                : t("filters.allClasses"),
            ],
          ]
        : []),
    ] as [string, string][]
  )
    .map(([label, value]) => t("filters.item", { label, value }))
    .join(" · ");

  return (
    <>
      <p
        className="mb-2 hidden text-sm text-slate-600 print:block"
        data-testid="dashboard-filters-print"
      >
        {summary}
      </p>
      <form
        role="search"
        aria-label={t("filters.label")}
        aria-busy={pending}
        onSubmit={(e) => {
          e.preventDefault();
          applyDates(e.currentTarget);
        }}
        className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3 shadow-sm print:hidden"
      >
        <Field id="dash-range" label={t("filters.period")} className="w-40">
          <Select
            id="dash-range"
            value={query.range}
            onChange={(e) => setRange(e.target.value as RangeKey)}
          >
            {RANGE_KEYS.map((r) => (
              <option key={r} value={r}>
                {t(`filters.range.${r}`)}
              </option>
            ))}
          </Select>
        </Field>
        {query.range === "custom" ? (
          <>
            <Field id="dash-from" label={t("filters.from")} className="w-40">
              <Input
                key={query.from}
                id="dash-from"
                type="date"
                defaultValue={query.from}
                max={query.to}
                name="from"
                onBlur={(e) => e.target.form && applyDates(e.target.form)}
              />
            </Field>
            <Field id="dash-to" label={t("filters.to")} className="w-40">
              <Input
                key={query.to}
                id="dash-to"
                type="date"
                defaultValue={query.to}
                min={query.from}
                name="to"
                onBlur={(e) => e.target.form && applyDates(e.target.form)}
              />
            </Field>
          </>
        ) : null}
        {owners.length > 0 ? (
          <Field id="dash-owner" label={t("filters.owner")} className="w-44">
            <Select
              id="dash-owner"
              value={query.ownerId ?? ""}
              onChange={(e) => go({ ...query, ownerId: optional(e.target.value) })}
            >
              <option value="">{t("filters.allOwners")}</option>
              {owners.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.label}
                </option>
              ))}
            </Select>
          </Field>
        ) : null}
        <Field id="dash-industry" label={t("filters.industry")} className="w-40">
          <Select
            id="dash-industry"
            value={query.industryId ?? ""}
            onChange={(e) => go({ ...query, industryId: number(e.target.value) })}
          >
            <option value="">{t("filters.allIndustries")}</option>
            {industries.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="dash-grade" label={t("filters.grade")} className="w-32">
          <Select
            id="dash-grade"
            value={query.grade ?? ""}
            onChange={(e) =>
              go({ ...query, grade: optional(e.target.value) as DashboardQuery["grade"] })
            }
          >
            <option value="">{t("filters.allGrades")}</option>
            {DASHBOARD_GRADES.map((g) => (
              <option key={g} value={g}>
                {t(`grade.${g}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="dash-source" label={t("filters.source")} className="w-36">
          <Select
            id="dash-source"
            value={query.sourceId ?? ""}
            onChange={(e) => go({ ...query, sourceId: number(e.target.value) })}
          >
            <option value="">{t("filters.allSources")}</option>
            {sources.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </Select>
        </Field>
        {byClass ? (
          <Field id="dash-class" label={t("filters.class")} className="w-32">
            <Select
              id="dash-class"
              value={query.abcClass ?? ""}
              onChange={(e) =>
                go({ ...query, abcClass: optional(e.target.value) as DashboardQuery["abcClass"] })
              }
            >
              <option value="">{t("filters.allClasses")}</option>
              {ABC_CLASSES.map((c) => (
                <option key={c} value={c}>
                  {t("value.className", { abcClass: c })}
                </option>
              ))}
            </Select>
          </Field>
        ) : null}
        {params.size > 0 ? (
          <button
            type="button"
            onClick={() => startTransition(() => router.push(pathname, { scroll: false }))}
            className="rounded-md px-2.5 py-2 text-sm text-slate-700 hover:bg-slate-100"
          >
            {t("filters.reset")}
          </button>
        ) : null}
        {pending ? (
          <span role="status" className="py-2 text-sm text-slate-500">
            {t("filters.updating")}
          </span>
        ) : null}
      </form>
    </>
  );
}
