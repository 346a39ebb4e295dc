import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { DEFAULT_FILING_LIMIT_HOURS } from "@/lib/activities/filing";
import type { ActivityType } from "@/lib/activities/types";
import { FilingLimitForm } from "./filing-limit-form";

/** The admin's table of activity filing limits (seed 003), one form per type. */
export async function FilingLimitsCard({
  limits,
}: {
  limits: { type: ActivityType; hours: number; version: number }[];
}) {
  const [t, ta] = await Promise.all([
    getTranslations("settings.stages"),
    getTranslations("account.activities.type"),
  ]);
  return (
    <Card title={t("filingTitle")}>
      <p className="mb-3 text-sm text-slate-600">{t("filingIntro")}</p>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <thead className="border-b border-slate-200 text-xs uppercase text-slate-500">
            <tr>
              <th scope="col" className="py-2 pr-3">
                {t("filingType")}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t("filingHours")}
              </th>
            </tr>
          </thead>
          <tbody>
            {limits.map((row) => (
              <tr
                key={row.type}
                className="border-b border-slate-100 align-top"
                data-testid={`filing-limit-${row.type}`}
              >
                <th scope="row" className="py-3 pr-3 font-normal">
                  <div className="font-medium text-slate-900">{ta(row.type)}</div>
                  <div className="text-xs text-slate-500">
                    {t("filingDefault", { hours: DEFAULT_FILING_LIMIT_HOURS[row.type] })}
                  </div>
                </th>
                <td className="py-3 pr-3">
                  <FilingLimitForm
                    type={row.type}
                    typeName={ta(row.type)}
                    hours={row.hours}
                    version={row.version}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  );
}
