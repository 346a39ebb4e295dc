import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { AccountRow } from "@/components/accounts/account-table";
import { Card } from "@/components/ui/card";
import { daysInStage } from "@/lib/stages/stages";

/** The overdue accounts that have waited longest in their stage; the list has them all. */
export async function OverdueList({ rows, now }: { rows: AccountRow[]; now: Date }) {
  const [t, stages] = await Promise.all([
    getTranslations("common.home"),
    getTranslations("stages"),
  ]);
  return (
    <Card
      title={t("overdueTitle")}
      actions={
        rows.length > 0 ? (
          <Link
            href="/accounts?overdue=1&sort=longest"
            className="inline-flex min-h-6 shrink-0 items-center text-sm font-medium text-brand-700 hover:underline"
          >
            {t("overdueAll")}
          </Link>
        ) : null
      }
    >
      {rows.length === 0 ? (
        <p className="text-sm text-slate-600">{t("overdueEmpty")}</p>
      ) : (
        <ul className="divide-y divide-slate-100" data-testid="home-overdue">
          {rows.map((row) => (
            <li key={row.id} className="py-2">
              <Link
                href={`/accounts/${row.id}`}
                prefetch={false}
                className="inline-flex min-h-6 items-center font-medium text-slate-900 hover:text-brand-700 hover:underline"
              >
                {row.name}
              </Link>
              <div className="text-xs">
                <span className="font-medium text-red-700">
                  {t("inStage", {
                    days: Math.max(0, Math.floor(daysInStage(row.stageEnteredAt, now))),
                    stage: stages(`stage.${row.stage}`),
                  })}
                </span>
                <span className="text-slate-500">
                  {" · "}
                  {row.ownerName ? t("owner", { name: row.ownerName }) : t("noOwner")}
                </span>
              </div>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
