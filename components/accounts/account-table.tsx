import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Badge } from "@/components/ui/card";
import type { Grade } from "@/db/schema/accounts";
import { daysInStage, type Stage } from "@/lib/stages/stages";
import { GradeBadge } from "./grade-badge";

export type AccountRow = {
  id: string;
  code: string;
  name: string;
  grade: Grade;
  stage: Stage;
  stageEnteredAt: Date;
  overdue: boolean;
  ownerName: string | null;
  industryEn: string | null;
  industryZh: string | null;
  city: string;
  archivedAt: Date | null;
};

const cell = "px-3 py-2 align-top";
const head = "px-3 py-2 font-medium";

/** One page of accounts; the name links to the account. Less important columns hide on phones. */
export async function AccountTable({ rows, now }: { rows: AccountRow[]; now: Date }) {
  const [t, stages, locale] = await Promise.all([
    getTranslations("accounts"),
    getTranslations("stages"),
    getLocale(),
  ]);
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t("list.caption")}</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-xs text-slate-600">
          <tr>
            <th scope="col" className={`${head} hidden sm:table-cell`}>
              {t("list.column.code")}
            </th>
            <th scope="col" className={head}>
              {t("list.column.name")}
            </th>
            <th scope="col" className={`${head} hidden sm:table-cell`}>
              {t("list.column.grade")}
            </th>
            <th scope="col" className={head}>
              {t("list.column.stage")}
            </th>
            <th scope="col" className={head}>
              {t("list.column.timeInStage")}
            </th>
            <th scope="col" className={`${head} hidden md:table-cell`}>
              {t("list.column.owner")}
            </th>
            <th scope="col" className={`${head} hidden lg:table-cell`}>
              {t("list.column.industry")}
            </th>
            <th scope="col" className={`${head} hidden lg:table-cell`}>
              {t("list.column.city")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const days = Math.max(0, Math.floor(daysInStage(row.stageEnteredAt, now)));
            const industry = locale === "en" ? row.industryEn : row.industryZh;
            return (
              <tr
                key={row.id}
                className="border-b border-slate-100 last:border-0 hover:bg-slate-50"
                data-testid={`account-row-${row.code}`}
              >
                <td className={`${cell} hidden font-mono text-xs text-slate-600 sm:table-cell`}>
                  {row.code}
                </td>
                <td className={cell}>
                  <Link
                    href={`/accounts/${row.id}`}
                    className="font-medium text-slate-900 hover:text-brand-700 hover:underline"
                  >
                    {row.name}
                  </Link>
                  <div className="mt-1 flex flex-wrap items-center gap-1.5 sm:hidden">
                    <GradeBadge grade={row.grade} label={t(`grade.${row.grade}`)} />
                    <span className="font-mono text-xs text-slate-500">{row.code}</span>
                  </div>
                  {row.archivedAt ? (
                    <div className="mt-1">
                      <Badge>{t("list.archived")}</Badge>
                    </div>
                  ) : null}
                </td>
                <td className={`${cell} hidden sm:table-cell`}>
                  <GradeBadge grade={row.grade} label={t(`grade.${row.grade}`)} />
                </td>
                <td className={cell}>{stages(`stage.${row.stage}`)}</td>
                <td className={cell}>
                  <span className={row.overdue ? "font-medium text-red-700" : undefined}>
                    {t("list.days", { days })}
                  </span>
                  {row.overdue ? (
                    <div className="mt-1">
                      <Badge tone="red">{t("list.overdue")}</Badge>
                    </div>
                  ) : null}
                </td>
                <td className={`${cell} hidden md:table-cell`}>
                  {row.ownerName ?? <span className="text-slate-500">{t("list.noOwner")}</span>}
                </td>
                <td className={`${cell} hidden lg:table-cell`}>{industry ?? ""}</td>
                <td className={`${cell} hidden lg:table-cell`}>{row.city}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
