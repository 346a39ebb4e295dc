import { DataTable } from "@/components/dashboards/data-table";
import type { ReportPart } from "@/lib/dashboards/relationship-report";
import { ReportSection } from "./print-frame";

/** The customer relationship report's tables, each titled and described; rendering only. */
export function RelationshipReportParts({ parts, empty }: { parts: ReportPart[]; empty: string }) {
  return (
    <>
      {parts.map((p) => (
        <ReportSection key={p.key} title={p.title}>
          <p className="text-sm text-slate-600">{p.description}</p>
          {p.table.rows.length === 0 ? (
            <p className="text-sm text-slate-600">{empty}</p>
          ) : (
            <DataTable table={p.table} caption={p.title} open />
          )}
        </ReportSection>
      ))}
    </>
  );
}

/** The quarter picker: a plain GET form, so the quarter is in the URL. */
export function ReportQuarterForm({
  quarter,
  quarters,
  labels,
}: {
  quarter: string;
  quarters: { value: string; label: string }[];
  labels: { form: string; quarter: string; show: string };
}) {
  return (
    <form
      method="get"
      aria-label={labels.form}
      className="mb-4 flex flex-wrap items-end gap-3 print:hidden"
    >
      <label className="text-sm font-medium text-slate-700">
        {labels.quarter}
        <select
          name="quarter"
          defaultValue={quarter}
          className="mt-1 block rounded-md border border-slate-300 px-2 py-1.5 text-sm"
        >
          {quarters.map((q) => (
            <option key={q.value} value={q.value}>
              {q.label}
            </option>
          ))}
        </select>
      </label>
      <button
        type="submit"
        className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-100"
      >
        {labels.show}
      </button>
    </form>
  );
}
