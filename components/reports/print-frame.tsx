import Link from "next/link";
import type { ReactNode } from "react";
import { PrintButton } from "@/components/ui/print-button";
import { PrintedLine } from "@/components/ui/printed-line";

/**
 * A printed report's page: on screen a back link and a print button above a
 * sheet of paper; on paper only the sheet, with who printed it and when, and
 * (`filters`) which filters made it.
 */
export function PrintFrame({
  back,
  backLabel,
  printLabel,
  printedBy,
  timeZone,
  title,
  subtitle,
  filters,
  children,
}: {
  back: string;
  backLabel: string;
  printLabel: string;
  printedBy: string;
  timeZone: string;
  title: string;
  subtitle?: string;
  filters?: string;
  children: ReactNode;
}) {
  return (
    <>
      <div className="no-print mb-4 flex flex-wrap items-center justify-between gap-3 print:hidden">
        <Link href={back} className="text-sm font-medium text-brand-700 hover:underline">
          ← {backLabel}
        </Link>
        <PrintButton label={printLabel} />
      </div>
      <article className="mx-auto max-w-[210mm] space-y-6 bg-white p-8 text-slate-900 shadow-sm print:max-w-none print:p-0 print:shadow-none">
        <header className="border-b-2 border-slate-800 pb-3">
          {subtitle ? <p className="text-sm text-slate-600">{subtitle}</p> : null}
          <h1 className="text-2xl font-bold tracking-tight">{title}</h1>
          {filters ? (
            <p className="mt-1 text-sm text-slate-700" data-testid="report-filters">
              {filters}
            </p>
          ) : null}
          <PrintedLine
            name={printedBy}
            timeZone={timeZone}
            message="exports.printed"
            testId="report-printed"
          />
        </header>
        {children}
      </article>
    </>
  );
}

/** A titled section of a report that is not split across pages when it fits on one. */
export function ReportSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="break-inside-avoid-page space-y-2">
      <h2 className="border-b border-slate-300 pb-1 text-base font-semibold">{title}</h2>
      {children}
    </section>
  );
}

/** A plain table for paper: header row, thin rules, small text. */
export function ReportTable({
  caption,
  head,
  rows,
}: {
  caption: string;
  head: string[];
  rows: (string | number)[][];
}) {
  return (
    <table className="w-full border-collapse text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          {head.map((h) => (
            <th
              key={h}
              scope="col"
              className="border-b border-slate-400 px-1 py-1 text-left font-medium"
            >
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={i} className="border-b border-slate-200 align-top">
            {row.map((cell, j) => (
              <td key={j} className="px-1 py-1">
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
