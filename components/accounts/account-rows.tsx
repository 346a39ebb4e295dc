"use client";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useMemo } from "react";
import { Badge } from "@/components/ui/card";
import type { Grade } from "@/db/schema/accounts";
import { memo } from "@/lib/memo";
import type { Stage } from "@/lib/stages/stages";
import { AbcBadge } from "@/components/value/abc-badge";
import type { AbcClass } from "@/lib/value/abc";
import { GradeBadge } from "./grade-badge";
import { TableScroll } from "@/components/ui/table-scroll";

/** A row of the account list as the browser needs it (see `AccountTable`). */
export type AccountListRow = {
  id: string;
  code: string;
  name: string;
  grade: Grade;
  /** The value class; null until the first recompute classifies the account. */
  abcClass: AbcClass | null;
  stage: Stage;
  /** Whole days in the current stage. */
  days: number;
  overdue: boolean;
  owner: string | null;
  /** In the UI language; empty when unknown. */
  industry: string;
  city: string;
  archived: boolean;
  /** The forecast's P50 date of reaching execution, formatted; null without one. */
  p50: { iso: string; text: string } | null;
};

/**
 * Cell padding, row rules and the responsive columns are set once on the table (not on
 * each of the 450 cells of a page): code and grade (columns 1 and 3) from `sm`, owner
 * (7) from `md`, industry and city (8, 9) from `lg`; the P50 date (6) always. On phones the name cell shows the
 * grade and code instead. Printed, every column shows.
 */
const table = [
  "w-full text-left text-sm",
  "[&_td]:px-3 [&_td]:py-2 [&_td]:align-top [&_th]:px-3 [&_th]:py-2 [&_th]:font-medium",
  "[&_td>a]:font-medium [&_td>a]:text-slate-900 [&_td>a:hover]:text-brand-700 [&_td>a:hover]:underline",
  "[&_tbody_tr]:border-b [&_tbody_tr]:border-slate-100 [&_tbody_tr:hover]:bg-slate-50 [&_tbody_tr:last-child]:border-0",
  "[&_tr>:nth-child(1)]:hidden [&_tr>:nth-child(3)]:hidden sm:[&_tr>:nth-child(1)]:table-cell sm:[&_tr>:nth-child(3)]:table-cell",
  "[&_tr>:nth-child(7)]:hidden md:[&_tr>:nth-child(7)]:table-cell",
  "[&_tr>:nth-child(n+8)]:hidden lg:[&_tr>:nth-child(n+8)]:table-cell",
  // Paper is narrower than `lg` but has room for every column.
  "print:[&_tr>*]:table-cell!",
].join(" ");

/** One page of accounts; the name links to the account. Less important columns hide on phones. */
export function AccountRows({ rows }: { rows: AccountListRow[] }) {
  const t = useTranslations("accounts");
  const stages = useTranslations("stages");
  const tf = useTranslations("forecast");
  // The few distinct labels once, not once or twice per row.
  const labels = useMemo(
    () => ({
      grade: memo((g: Grade) => t(`grade.${g}`)),
      stage: memo((s: Stage) => stages(`stage.${s}`)),
      days: memo((d: number) => t("list.days", { days: d })),
      abc: memo((c: AbcClass) => t("list.abcLabel", { abc: c })),
    }),
    [t, stages],
  );
  const grade = (row: AccountListRow) => (
    <span className="inline-flex flex-wrap items-center gap-1">
      <GradeBadge grade={row.grade} label={labels.grade(row.grade)} />
      {row.abcClass ? <AbcBadge abcClass={row.abcClass} label={labels.abc(row.abcClass)} /> : null}
    </span>
  );
  return (
    <TableScroll
      label={t("list.caption")}
      className="rounded-lg border border-slate-200 bg-white shadow-sm"
    >
      <table className={table}>
        <caption className="sr-only">{t("list.caption")}</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-xs text-slate-600">
          <tr>
            <th scope="col">{t("list.column.code")}</th>
            <th scope="col">{t("list.column.name")}</th>
            <th scope="col">{t("list.column.grade")}</th>
            <th scope="col">{t("list.column.stage")}</th>
            <th scope="col">{t("list.column.timeInStage")}</th>
            <th scope="col">{tf("account.p50Column")}</th>
            <th scope="col">{t("list.column.owner")}</th>
            <th scope="col">{t("list.column.industry")}</th>
            <th scope="col">{t("list.column.city")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-testid={`account-row-${row.code}`}>
              <td className="font-mono text-xs text-slate-600">{row.code}</td>
              <td>
                <Link href={`/accounts/${row.id}`} prefetch={false}>
                  {row.name}
                </Link>
                <div className="mt-1 flex flex-wrap items-center gap-1.5 text-xs text-slate-500 sm:hidden">
                  {grade(row)}
                  <span className="font-mono">{row.code}</span>
                </div>
                {row.archived ? (
                  <div className="mt-1">
                    <Badge>{t("list.archived")}</Badge>
                  </div>
                ) : null}
              </td>
              <td>{grade(row)}</td>
              <td>{labels.stage(row.stage)}</td>
              {row.overdue ? (
                <td>
                  <span className="font-medium text-red-700">{labels.days(row.days)}</span>
                  <div className="mt-1">
                    <Badge tone="red">{t("list.overdue")}</Badge>
                  </div>
                </td>
              ) : (
                <td>{labels.days(row.days)}</td>
              )}
              <td data-testid="account-p50">
                {row.p50 ? (
                  <time dateTime={row.p50.iso}>{row.p50.text}</time>
                ) : (
                  <span className="text-slate-400">
                    <span aria-hidden>—</span>
                    <span className="sr-only">{tf("account.noP50")}</span>
                  </span>
                )}
              </td>
              <td>{row.owner ?? <span className="text-slate-500">{t("list.noOwner")}</span>}</td>
              <td>{row.industry}</td>
              <td>{row.city}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
