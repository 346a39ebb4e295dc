import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { DataTable } from "./data-table";
import type { TableModel } from "@/lib/dashboards/tables";

/**
 * One dashboard chart: title, what it counts, the chart, its numbers as a table and
 * a CSV of the same numbers. An empty data set shows `emptyText` instead of axes.
 */
export async function ChartPanel({
  title,
  description,
  csvHref,
  empty,
  emptyText,
  chart,
  table,
  tableOpen,
  children,
}: {
  title: string;
  description: ReactNode;
  csvHref: string;
  empty: boolean;
  emptyText: string;
  chart?: ReactNode;
  table: TableModel;
  tableOpen?: boolean;
  children?: ReactNode;
}) {
  const t = await getTranslations("dashboards.panel");
  return (
    <Card
      className="print:break-inside-avoid"
      title={title}
      actions={
        empty ? null : (
          <a
            href={csvHref}
            download
            aria-label={t("downloadCsvOf", { title })}
            className="shrink-0 rounded-md border border-slate-300 px-2.5 py-1 text-sm font-medium text-slate-700 hover:bg-slate-100 print:hidden"
          >
            {t("downloadCsv")}
          </a>
        )
      }
    >
      <p className="mb-3 text-sm text-slate-600">{description}</p>
      {empty ? (
        <p className="rounded-md bg-slate-50 px-3 py-6 text-center text-sm text-slate-600">
          {emptyText}
        </p>
      ) : (
        <>
          {children}
          {chart}
          <DataTable table={table} caption={title} open={tableOpen} />
        </>
      )}
    </Card>
  );
}

/** Placeholder while a panel's query runs. */
export async function PanelSkeleton({ count = 1 }: { count?: number }) {
  const t = await getTranslations("dashboards.panel");
  return (
    <div role="status" aria-live="polite" className="grid gap-6">
      <span className="sr-only">{t("loading")}</span>
      {Array.from({ length: count }, (_, i) => (
        <div key={i} className="animate-pulse rounded-lg border border-slate-200 bg-white p-4">
          <div className="h-5 w-48 rounded bg-slate-200" />
          <div className="mt-3 h-4 w-2/3 rounded bg-slate-100" />
          <div className="mt-4 h-56 rounded bg-slate-100" />
        </div>
      ))}
    </div>
  );
}
