import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/card";
import type { VarianceSummary } from "@/lib/schedule/variance";

/** The key-account target and how the schedule stands against the compared baseline. */
export async function ScheduleSummary({
  targetDaysToOrder,
  daysToOrder,
  exceedsTarget,
  baselineNumber,
  summary,
}: {
  targetDaysToOrder: number | null;
  daysToOrder: number | null;
  exceedsTarget: boolean;
  baselineNumber: number | null;
  summary: (VarianceSummary & { overdueCount: number }) | null;
}) {
  const t = await getTranslations("schedule");
  const slip = summary?.finishSlipDays ?? null;
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <div className="space-y-1 text-sm">
        <h3 className="font-medium text-slate-700">{t("keyAccount.title")}</h3>
        {targetDaysToOrder !== null ? (
          <>
            <p>{t("keyAccount.target", { days: targetDaysToOrder })}</p>
            {daysToOrder !== null ? (
              <p>{t("keyAccount.daysToOrder", { days: daysToOrder })}</p>
            ) : null}
            <Badge tone={exceedsTarget ? "red" : "green"}>
              {exceedsTarget ? t("keyAccount.exceeded") : t("keyAccount.withinTarget")}
            </Badge>
          </>
        ) : (
          <p className="text-slate-600">{t("keyAccount.noTarget")}</p>
        )}
      </div>
      <div className="space-y-1 text-sm">
        <h3 className="font-medium text-slate-700">
          {baselineNumber !== null
            ? t("summary.against", { n: baselineNumber })
            : t("fields.variance")}
        </h3>
        <ul className="space-y-1">
          {baselineNumber === null ? (
            <li className="text-slate-600">{t("baseline.none")}</li>
          ) : summary?.onTimeShare == null ? (
            <li>{t("summary.noneFinished")}</li>
          ) : (
            <li>
              {t("summary.onTimeShare", {
                share: summary.onTimeShare,
                onTime: summary.onTimeCount,
                finished: summary.finishedCount,
              })}
            </li>
          )}
          {baselineNumber !== null && slip !== null ? (
            <li className={slip > 0 ? "font-medium text-red-700" : undefined}>
              {slip < 0
                ? t("summary.slipEarly", { days: -slip })
                : t("summary.slip", { days: slip })}
            </li>
          ) : null}
          {summary ? (
            <li className={summary.overdueCount > 0 ? "font-medium text-red-700" : undefined}>
              {t("summary.overdueCount", { count: summary.overdueCount })}
            </li>
          ) : null}
        </ul>
      </div>
    </div>
  );
}
