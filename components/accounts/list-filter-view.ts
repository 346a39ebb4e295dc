import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import type { FilterValues } from "@/components/accounts/account-filters";
import { ABC_FILTERS, LIST_SORTS, type ListParams } from "@/components/accounts/list-params";
import { listReferenceItems } from "@/db/queries/reference-data";
import { listAccountOwners } from "@/db/queries/users";
import { ACCOUNT_STATUSES, GRADES } from "@/db/schema/accounts";
import { STAGES } from "@/lib/stages/stages";

/**
 * The account list's filters as the form shows them (values and options) and as
 * paper shows them (one line: which filters made the list). The list and the
 * printed contacts list of the same view share it.
 */
export async function listFilterView(params: ListParams) {
  const [users, references, t, stages, locale] = await Promise.all([
    listAccountOwners(),
    listReferenceItems(),
    getTranslations("accounts"),
    getTranslations("stages"),
    getLocale(),
  ]);
  const referenceOptions = (kind: "industry" | "source") =>
    references
      .filter((r) => r.kind === kind)
      .map((r) => ({ value: String(r.id), label: locale === "en" ? r.nameEn : r.nameZh }));
  const values: FilterValues = {
    q: params.q ?? "",
    stage: params.stage ?? "",
    grade: params.grade ?? "",
    abc: params.abc ?? "",
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
    abc: ABC_FILTERS.map((c) => ({
      value: c,
      label: c === "none" ? t("list.filter.abcNone") : t("list.filter.abcClass", { abc: c }),
    })),
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
    ...(["stage", "grade", "abc", "owner", "industry", "source", "status"] as const)
      .filter((name) => values[name])
      .map((name): [string, string] => [t(`list.filter.${name}`), labelOf(name, values[name])]),
  ];
  const printed = named.map(([label, value]) => t("list.filter.item", { label, value }));
  if (values.overdue) printed.push(t("list.filter.overdueOnly"));
  if (values.archived) printed.push(t("list.filter.archivedOnly"));
  const summary = printed.length > 0 ? printed.join(" · ") : t("list.filter.everything");
  return { values, options, summary };
}
