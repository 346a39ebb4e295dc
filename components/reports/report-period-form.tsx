import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import type { ReportPeriod } from "@/lib/service/report";

/**
 * On screen only: a plain GET form that reloads a report for another period
 * (`children`: the report's other fields, e.g. a manager).
 */
export function ReportPeriodForm({
  period,
  labels,
  children,
}: {
  period: ReportPeriod;
  labels: { form: string; from: string; to: string; show: string };
  children?: ReactNode;
}) {
  return (
    <form
      method="get"
      aria-label={labels.form}
      className="no-print mx-auto mb-4 flex max-w-[210mm] flex-wrap items-end gap-3 print:hidden"
    >
      <Field id="report-from" label={labels.from} className="w-44">
        <Input id="report-from" name="from" type="date" defaultValue={period.from} required />
      </Field>
      <Field id="report-to" label={labels.to} className="w-44">
        <Input id="report-to" name="to" type="date" defaultValue={period.to} required />
      </Field>
      {children}
      <Button type="submit" variant="secondary">
        {labels.show}
      </Button>
    </form>
  );
}
