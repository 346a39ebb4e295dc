import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { missedReturnVisits } from "@/db/queries/dashboards-coverage";
import { dashboardSearch, withSearch, type DashboardQuery } from "@/lib/dashboards/filters";
import { getLabels } from "@/lib/dashboards/labels";
import { missedTable } from "@/lib/dashboards/operations-tables";
import type { Actor } from "@/lib/policy";
import type { IsoDate } from "@/lib/dates";
import { DataTable } from "./data-table";

/** The return visits behind a coverage figure that were not completed within their window. */
export async function MissedReturnVisits({
  actor,
  query,
  today,
  assigneeId,
  quarter,
}: {
  actor: Actor;
  query: DashboardQuery;
  today: IsoDate;
  assigneeId?: string | null;
  quarter?: string;
}) {
  const [missed, labels, t] = await Promise.all([
    missedReturnVisits({ actor, filters: query, today, assigneeId, quarter }),
    getLabels(),
    getTranslations("dashboards.missed"),
  ]);
  const who = missed.rows[0]?.assigneeName;
  const title = t("title");
  const period = quarter ?? t("allQuarters");
  return (
    <Card title={title}>
      <p className="mb-3 text-sm text-slate-600">{t("description")}</p>
      <p className="mb-3 text-sm font-medium text-slate-800" data-testid="missed-scope">
        {assigneeId === null
          ? t("scopeUnassigned", { quarter: period })
          : assigneeId && who
            ? t("scopeOwner", { owner: who, quarter: period })
            : t("scopeAll", { quarter: period })}
      </p>
      <p className="mb-3 text-sm print:hidden">
        <Link
          href={withSearch("/dashboards/coverage", dashboardSearch(query))}
          className="text-brand-700 underline"
        >
          {t("back")}
        </Link>
      </p>
      {missed.total === 0 ? (
        <p className="rounded-md bg-slate-50 px-3 py-6 text-center text-sm text-slate-600">
          {t("empty")}
        </p>
      ) : (
        <>
          <p className="mb-2 text-sm text-slate-700" data-testid="missed-count">
            {t("shown", { shown: missed.rows.length, total: missed.total })}
          </p>
          <DataTable table={missedTable(missed.rows, labels)} caption={title} open />
        </>
      )}
    </Card>
  );
}
