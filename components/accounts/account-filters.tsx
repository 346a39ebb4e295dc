"use client";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";

export type FilterOption = { value: string; label: string };
export type FilterValues = {
  q: string;
  stage: string;
  grade: string;
  abc: string;
  owner: string;
  industry: string;
  source: string;
  status: string;
  overdue: boolean;
  archived: boolean;
  sort: string;
};

type Props = {
  values: FilterValues;
  options: Record<
    "stage" | "grade" | "abc" | "owner" | "industry" | "source" | "status" | "sort",
    FilterOption[]
  >;
  filtered: boolean;
};

/** URL of the list for these values; a new search always starts at the first page. */
function hrefFor(values: FilterValues) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    const text = typeof value === "boolean" ? (value ? "1" : "") : value.trim();
    if (text === "" || (key === "sort" && text === "name")) continue;
    query.set(key, text);
  }
  const text = query.toString();
  return text ? `/accounts?${text}` : "/accounts";
}

const same = (a: FilterValues, b: FilterValues) => JSON.stringify(a) === JSON.stringify(b);

/** Search, filters and sort of the account list; every change lands in the URL. */
export function AccountFilters({ values, options, filtered }: Props) {
  const t = useTranslations("accounts.list");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [state, setState] = useState(values);
  const [shown, setShown] = useState(values);
  // The URL changed under us (back button, "clear filters"): show what it says.
  if (!same(shown, values)) {
    setShown(values);
    setState(values);
  }
  const go = (next: FilterValues) => {
    setState(next);
    startTransition(() => router.push(hrefFor(next)));
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    go(state);
  };

  const select = (name: keyof Props["options"], anyLabel?: string) => (
    <div className="space-y-1">
      <label htmlFor={`filter-${name}`} className="block text-xs font-medium text-slate-600">
        {t(`filter.${name}`)}
      </label>
      <Select
        id={`filter-${name}`}
        name={name}
        value={state[name]}
        onChange={(e) => go({ ...state, [name]: e.target.value })}
      >
        {anyLabel ? <option value="">{anyLabel}</option> : null}
        {options[name].map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
    </div>
  );

  return (
    <form
      role="search"
      aria-label={t("filter.label")}
      action="/accounts"
      onSubmit={onSubmit}
      className="mb-4 space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm print:hidden"
    >
      <div className="flex flex-wrap items-end gap-2">
        <div className="min-w-60 flex-1 space-y-1">
          <label htmlFor="filter-q" className="block text-xs font-medium text-slate-600">
            {t("filter.search")}
          </label>
          <Input
            id="filter-q"
            name="q"
            type="search"
            value={state.q}
            onChange={(e) => setState({ ...state, q: e.target.value })}
            placeholder={t("filter.searchPlaceholder")}
          />
        </div>
        <Button type="submit" disabled={pending}>
          {t("filter.searchButton")}
        </Button>
      </div>
      <div className="grid grid-cols-2 gap-3 md:grid-cols-4 xl:grid-cols-8">
        {select("stage", t("filter.anyStage"))}
        {select("grade", t("filter.anyGrade"))}
        {select("abc", t("filter.anyAbc"))}
        {select("owner", t("filter.anyOwner"))}
        {select("industry", t("filter.anyIndustry"))}
        {select("source", t("filter.anySource"))}
        {select("status", t("filter.anyStatus"))}
        {select("sort")}
      </div>
      <div className="flex flex-wrap items-center gap-x-5 gap-y-2 text-sm">
        <label className="inline-flex items-center gap-2">
          <input
            type="checkbox"
            name="overdue"
            value="1"
            checked={state.overdue}
            onChange={(e) => go({ ...state, overdue: e.target.checked })}
          />
          {t("filter.overdueOnly")}
        </label>
        <label className="inline-flex items-center gap-2">
          <input
            type="checkbox"
            name="archived"
            value="1"
            checked={state.archived}
            onChange={(e) => go({ ...state, archived: e.target.checked })}
          />
          {t("filter.archivedOnly")}
        </label>
        {filtered ? (
          <Link href="/accounts" className="text-brand-700 underline hover:text-brand-900">
            {t("filter.clear")}
          </Link>
        ) : null}
        {pending ? (
          <span role="status" className="text-slate-500">
            {t("loading")}
          </span>
        ) : null}
      </div>
    </form>
  );
}
