import { getFormatter, getTranslations } from "next-intl/server";
import type { DashboardQuery } from "@/lib/dashboards/filters";

/** The resolved period, so "last 90 days" reads as real dates. */
export async function PeriodLine({ query }: { query: DashboardQuery }) {
  const [t, format] = await Promise.all([getTranslations("dashboards"), getFormatter()]);
  const day = (d: string) =>
    format.dateTime(new Date(`${d}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  return (
    <p className="mb-4 text-sm text-slate-600" data-testid="dashboard-period">
      {t("period", { from: day(query.from), to: day(query.to) })}
    </p>
  );
}
