"use client";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useTransition } from "react";
import { Field, Select } from "@/components/ui/field";

type Option = { value: string; label: string };
export type BoardFilterValues = {
  owner: string;
  grade: string;
  industry: string;
  overdue: boolean;
};

/** Filters that live in the URL, so a filtered board can be bookmarked and shared. */
export function BoardFilterForm({
  values,
  owners,
  grades,
  industries,
}: {
  values: BoardFilterValues;
  /** Omitted for managers, who only see their own accounts anyway. */
  owners?: Option[];
  grades: Option[];
  industries: Option[];
}) {
  const t = useTranslations("pipeline");
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();

  const apply = (next: Partial<BoardFilterValues>) => {
    const merged = { ...values, ...next };
    const query = new URLSearchParams();
    if (merged.owner) query.set("owner", merged.owner);
    if (merged.grade) query.set("grade", merged.grade);
    if (merged.industry) query.set("industry", merged.industry);
    if (merged.overdue) query.set("overdue", "1");
    const qs = query.toString();
    startTransition(() => router.replace(qs ? `${pathname}?${qs}` : pathname, { scroll: false }));
  };
  const active = !!(values.owner || values.grade || values.industry || values.overdue);

  return (
    <form
      role="search"
      aria-label={t("filters.label")}
      aria-busy={pending}
      className="mb-4 flex flex-wrap items-end gap-3"
      onSubmit={(e) => e.preventDefault()}
    >
      {owners ? (
        <Field id="board-owner" label={t("filters.owner")} className="w-44">
          <Select
            id="board-owner"
            value={values.owner}
            onChange={(e) => apply({ owner: e.target.value })}
          >
            <option value="">{t("filters.anyOwner")}</option>
            {owners.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
      <Field id="board-grade" label={t("filters.grade")} className="w-36">
        <Select
          id="board-grade"
          value={values.grade}
          onChange={(e) => apply({ grade: e.target.value })}
        >
          <option value="">{t("filters.anyGrade")}</option>
          {grades.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field id="board-industry" label={t("filters.industry")} className="w-44">
        <Select
          id="board-industry"
          value={values.industry}
          onChange={(e) => apply({ industry: e.target.value })}
        >
          <option value="">{t("filters.anyIndustry")}</option>
          {industries.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </Select>
      </Field>
      <label className="flex items-center gap-2 py-2 text-sm text-slate-700">
        <input
          type="checkbox"
          className="size-4"
          checked={values.overdue}
          onChange={(e) => apply({ overdue: e.target.checked })}
        />
        {t("filters.overdueOnly")}
      </label>
      {active ? (
        <Link href={pathname} className="py-2 text-sm text-brand-700 underline">
          {t("filters.reset")}
        </Link>
      ) : null}
    </form>
  );
}
