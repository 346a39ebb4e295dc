"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Fragment, useState, useTransition } from "react";
import { updateStepAction } from "@/app/(app)/accounts/[id]/schedule/actions";
import { removeStepAction } from "@/app/(app)/accounts/[id]/schedule/step-actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Badge } from "@/components/ui/card";
import { useErrorText } from "@/components/ui/use-error-text";
import { STEP_STATUS_LABEL_KEYS, type StepStatus } from "@/lib/schedule/variance";
import { StepEditForm } from "./step-edit-form";
import { TableScroll } from "@/components/ui/table-scroll";

export type ScheduleTableRow = {
  id: string;
  version: number;
  label: string;
  durationDays: number;
  plannedStart: string;
  plannedFinish: string;
  actualStart: string | null;
  actualFinish: string | null;
  status: StepStatus;
  /** Per compared baseline: its dates and the variance against it. */
  baselines: ({
    number: number;
    plannedStart: string;
    plannedFinish: string;
    finishVarianceDays: number | null;
    finishBasis: "actual" | "plan";
  } | null)[];
};

const STATUS_TONE = {
  notStarted: "slate",
  inProgress: "blue",
  finished: "green",
  overdue: "red",
} as const;

/** The schedule as a table: the accessible form of the Gantt chart, and where steps are edited. */
export function ScheduleTable({
  accountId,
  rows,
  baselineNumbers,
  today,
  editable,
}: {
  accountId: string;
  rows: ScheduleTableRow[];
  baselineNumbers: number[];
  today: string;
  editable: boolean;
}) {
  const t = useTranslations("schedule");
  const none = useTranslations("common.common")("none");
  const format = useFormatter();
  const errorText = useErrorText("schedule");
  const router = useRouter();
  const [editing, setEditing] = useState<string | null>(null);
  const [removing, setRemoving] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const day = (d: string | null) =>
    d ? format.dateTime(new Date(`${d}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" }) : "";
  // Each date stays on one line; a range may break after its dash, so the table fits
  // beside the actions instead of scrolling them out of sight.
  const range = (from: string | null, to: string | null) =>
    from ? (
      to && to !== from ? (
        <>
          <span className="whitespace-nowrap">{day(from)} –</span>{" "}
          <span className="whitespace-nowrap">{day(to)}</span>
        </>
      ) : (
        <span className="whitespace-nowrap">{day(from)}</span>
      )
    ) : (
      none
    );
  const variance = (days: number | null) =>
    days === null
      ? t("variance.noBaseline")
      : days < 0
        ? t("variance.daysEarly", { days: -days })
        : t("variance.days", { days });

  /** Records today as the actual start or finish, keeping the plan as it is. */
  const record = (row: ScheduleTableRow, field: "actualStart" | "actualFinish") =>
    startTransition(async () => {
      setError(null);
      const result = await updateStepAction({
        accountId,
        id: row.id,
        version: row.version,
        plannedStart: row.plannedStart,
        plannedFinish: row.plannedFinish,
        actualStart: row.actualStart ?? today,
        actualFinish: field === "actualFinish" ? today : row.actualFinish,
        reflow: false,
      });
      if (result.ok) router.refresh();
      else setError(errorText(result.message, result.params) ?? null);
    });

  const remove = (row: ScheduleTableRow) =>
    startTransition(async () => {
      setError(null);
      const result = await removeStepAction({ accountId, id: row.id, version: row.version });
      if (result.ok) {
        setRemoving(null);
        router.refresh();
      } else setError(errorText(result.message, result.params) ?? null);
    });
  // A started step keeps its actual dates on record, and a schedule keeps one step.
  const removable = (row: ScheduleTableRow) => !row.actualStart && rows.length > 1;

  const columns = 4 + baselineNumbers.length + (editable ? 1 : 0);
  return (
    <div className="space-y-2">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <TableScroll label={t("gantt.tableCaption")}>
        <table className="w-full text-left text-sm">
          <caption className="mb-2 text-left text-sm font-medium text-slate-700">
            {t("gantt.tableCaption")}
          </caption>
          <thead className="border-b border-slate-200 text-xs uppercase text-slate-500">
            <tr>
              <th scope="col" className="py-2 pr-3">
                {t("fields.step")}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t("fields.planned")}
              </th>
              {baselineNumbers.map((n) => (
                <th key={n} scope="col" className="py-2 pr-3">
                  {t("fields.baselineN", { n })}
                </th>
              ))}
              <th scope="col" className="py-2 pr-3">
                {t("fields.actual")}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t("fields.status")}
              </th>
              {editable ? (
                <th scope="col" className="py-2 print:hidden">
                  {t("fields.actions")}
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <Fragment key={row.id}>
                <tr className="border-b border-slate-100 align-top" data-testid={`step-${row.id}`}>
                  <th scope="row" className="min-w-32 py-2 pr-3 font-medium">
                    {row.label}
                    <span className="block text-xs font-normal text-slate-500">
                      {t("fields.durationDays", { days: row.durationDays })}
                    </span>
                  </th>
                  <td className="py-2 pr-3">{range(row.plannedStart, row.plannedFinish)}</td>
                  {row.baselines.map((b, j) => (
                    <td key={j} className="py-2 pr-3">
                      {b ? (
                        <>
                          <span className="block">{range(b.plannedStart, b.plannedFinish)}</span>
                          <span
                            className={
                              b.finishVarianceDays !== null && b.finishVarianceDays > 0
                                ? "block text-red-700"
                                : "block text-slate-600"
                            }
                            title={t(
                              b.finishBasis === "actual"
                                ? "variance.basisActual"
                                : "variance.basisPlan",
                            )}
                          >
                            {variance(b.finishVarianceDays)}
                          </span>
                        </>
                      ) : (
                        t("variance.noBaseline")
                      )}
                    </td>
                  ))}
                  <td className="py-2 pr-3">{range(row.actualStart, row.actualFinish)}</td>
                  <td className="whitespace-nowrap py-2 pr-3">
                    <Badge tone={STATUS_TONE[row.status]}>
                      {t(STEP_STATUS_LABEL_KEYS[row.status])}
                    </Badge>
                  </td>
                  {editable ? (
                    <td className="py-2 print:hidden">
                      <div className="flex flex-col items-start gap-0.5 whitespace-nowrap">
                        <Button
                          size="sm"
                          variant="ghost"
                          aria-expanded={editing === row.id}
                          aria-label={t("actions.editStep", { name: row.label })}
                          onClick={() => setEditing(editing === row.id ? null : row.id)}
                        >
                          {t("actions.edit")}
                        </Button>
                        {!row.actualFinish ? (
                          <Button
                            size="sm"
                            variant="ghost"
                            disabled={pending}
                            aria-label={t(
                              row.actualStart
                                ? "actions.recordFinishNamed"
                                : "actions.recordStartNamed",
                              { name: row.label },
                            )}
                            onClick={() =>
                              record(row, row.actualStart ? "actualFinish" : "actualStart")
                            }
                          >
                            {t(row.actualStart ? "actions.recordFinish" : "actions.recordStart")}
                          </Button>
                        ) : null}
                        {removable(row) ? (
                          <Button
                            size="sm"
                            variant="ghost"
                            aria-expanded={removing === row.id}
                            aria-label={t("actions.removeStep", { name: row.label })}
                            onClick={() => setRemoving(removing === row.id ? null : row.id)}
                          >
                            {t("actions.remove")}
                          </Button>
                        ) : null}
                      </div>
                    </td>
                  ) : null}
                </tr>
                {editable && removing === row.id ? (
                  <tr className="border-b border-slate-100 bg-red-50">
                    <td colSpan={columns} className="p-3">
                      <div
                        role="group"
                        aria-label={t("actions.removeStep", { name: row.label })}
                        className="flex flex-wrap items-center gap-3 text-sm"
                        onKeyDown={(e) => {
                          if (e.key === "Escape") setRemoving(null);
                        }}
                      >
                        <span>{t("actions.confirmRemove", { name: row.label })}</span>
                        <Button
                          size="sm"
                          variant="danger"
                          disabled={pending}
                          onClick={() => remove(row)}
                        >
                          {t("actions.remove")}
                        </Button>
                        <Button size="sm" variant="secondary" onClick={() => setRemoving(null)}>
                          {t("actions.keep")}
                        </Button>
                      </div>
                    </td>
                  </tr>
                ) : null}
                {editable && editing === row.id ? (
                  <tr className="border-b border-slate-100 bg-slate-50">
                    <td colSpan={columns} className="p-3">
                      <StepEditForm
                        accountId={accountId}
                        label={row.label}
                        step={{
                          id: row.id,
                          version: row.version,
                          plannedStart: row.plannedStart,
                          plannedFinish: row.plannedFinish,
                          actualStart: row.actualStart ?? "",
                          actualFinish: row.actualFinish ?? "",
                        }}
                        onDone={() => setEditing(null)}
                      />
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </div>
  );
}
