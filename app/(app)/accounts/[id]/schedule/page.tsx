import { getFormatter, getTimeZone, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { z } from "zod";
import { BaselineList } from "@/components/schedule/baseline-list";
import { GanttChart, type GanttRow } from "@/components/schedule/gantt-chart";
import { GenerateScheduleForm } from "@/components/schedule/generate-schedule-form";
import { stepLabel, templateName } from "@/lib/schedule/labels";
import { PrintButton } from "@/components/ui/print-button";
import { SaveBaselineForm } from "@/components/schedule/save-baseline-form";
import { ScheduleSummary } from "@/components/schedule/schedule-summary";
import { AddStepForm } from "@/components/schedule/add-step-form";
import { ScheduleTable, type ScheduleTableRow } from "@/components/schedule/schedule-table";
import { PlanningHeader } from "@/components/scope/planning-header";
import { StageGatePanel } from "@/components/account/stage-gate-panel";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { getAccount } from "@/db/queries/accounts";
import { getSchedule, listScheduleTemplates, type ScheduleDetail } from "@/db/queries/schedules";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/policy";
import { todayIn } from "@/lib/dates";
import { daysToOrder, exceedsKeyAccountTarget } from "@/lib/schedule/default-templates";
import {
  captureBaseline,
  compareBaselines,
  MAX_COMPARED_BASELINES,
  scheduleVariance,
  stepStatus,
  type ScheduleStep,
} from "@/lib/schedule/variance";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ compare?: string | string[] }>;
};

export async function generateMetadata() {
  const t = await getTranslations("schedule");
  return { title: t("title") };
}

/** Baselines chosen in the address (`?compare=1&compare=3`), else the latest one. */
function comparedNumbers(raw: string | string[] | undefined, saved: number[]): number[] {
  const asked = [raw ?? []].flat().map(Number);
  const chosen = saved.filter((n) => asked.includes(n)).slice(-MAX_COMPARED_BASELINES);
  return chosen.length > 0 ? chosen : saved.slice(-1);
}

function baselineDates(baseline: ScheduleDetail["baselines"][number]) {
  return captureBaseline(
    baseline.steps.flatMap((s) =>
      s.plannedStart && s.plannedFinish
        ? [{ key: s.key, plannedStart: s.plannedStart, plannedFinish: s.plannedFinish }]
        : [],
    ),
  );
}

export default async function SchedulePage({ params, searchParams }: Props) {
  const user = await requireUser();
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const detail = await getAccount({ actor: user, id });
  if (!detail) notFound();
  const { account } = detail;
  const resource = { ownerId: account.ownerId, teamMemberIds: detail.team.map((m) => m.id) };
  const [schedule, templates, t, format, timeZone, query] = await Promise.all([
    getSchedule({ actor: user, accountId: id }),
    // Lazily creates the default templates on a database that was never seeded.
    listScheduleTemplates({ activeOnly: true }),
    getTranslations("schedule"),
    getFormatter(),
    getTimeZone(),
    searchParams,
  ]);
  const today = todayIn(timeZone, new Date());
  const canEdit = can(user, "account.update", resource);
  const tr = (key: string) => t(key as Parameters<typeof t>[0]);
  const templateOptions = templates.map((tpl) => ({
    id: tpl.id,
    label: templateName(tr, tpl.name),
  }));
  const suggested =
    templates.find((tpl) => account.industryId !== null && tpl.industryId === account.industryId) ??
    templates.find((tpl) => tpl.isDefault) ??
    templates[0];
  const header = (
    <>
      <PlanningHeader account={account} current="schedule" intro={t("intro")} />
      <StageGatePanel
        account={account}
        stage="schedule"
        canMove={can(user, "stage.move", resource)}
      />
    </>
  );

  if (!schedule) {
    return (
      <>
        {header}
        <Card title={t("actions.planFromTemplate")}>
          <p className="mb-3 text-sm text-slate-600">{t("generate.intro")}</p>
          {canEdit ? (
            <GenerateScheduleForm
              accountId={id}
              templates={templateOptions}
              defaultTemplateId={suggested?.id ?? ""}
              defaultStart={today}
            />
          ) : (
            <Alert tone="info">{t("generate.none")}</Alert>
          )}
        </Card>
      </>
    );
  }

  const steps: ScheduleStep[] = schedule.steps.map((s) => ({
    key: s.key,
    plannedStart: s.plannedStart ?? schedule.schedule.startDate,
    plannedFinish: s.plannedFinish ?? s.plannedStart ?? schedule.schedule.startDate,
    actualStart: s.actualStart,
    actualFinish: s.actualFinish,
  }));
  const compared = comparedNumbers(
    query.compare,
    schedule.baselines.map((b) => b.number),
  );
  const comparedBaselines = compared.map((n) => schedule.baselines.find((b) => b.number === n)!);
  const comparison = compareBaselines(steps, comparedBaselines.map(baselineDates));
  const primary = comparedBaselines.at(-1);
  const variance = scheduleVariance(steps, primary ? baselineDates(primary) : {}, today);

  const labels = schedule.steps.map((s) => stepLabel(tr, s.key, s.label));
  const tableRows: ScheduleTableRow[] = schedule.steps.map((s, i) => ({
    id: s.id,
    version: s.version,
    label: labels[i]!,
    durationDays: s.durationDays,
    ...steps[i]!,
    status: stepStatus(steps[i]!, today),
    baselines: comparison.steps[i]!.baselines.map((b, j) =>
      b
        ? {
            number: compared[j]!,
            plannedStart: b.plannedStart,
            plannedFinish: b.plannedFinish,
            finishVarianceDays: b.finishVarianceDays,
            finishBasis: b.finishBasis,
          }
        : null,
    ),
  }));
  const ganttRows: GanttRow[] = tableRows.map((row, i) => ({
    id: row.id,
    label: row.label,
    milestone: row.durationDays === 0,
    plannedStart: row.plannedStart,
    plannedFinish: row.plannedFinish,
    actualStart: row.actualStart,
    actualFinish: row.actualFinish,
    baselines: row.baselines.map(
      (b) => b && { plannedStart: b.plannedStart, plannedFinish: b.plannedFinish },
    ),
    status: row.status,
    finishVarianceDays: variance.steps[i]!.finishVarianceDays,
  }));
  const target = schedule.schedule.targetDaysToOrder;

  return (
    <>
      {header}
      <Card title={t("summary.title")} className="mb-6">
        <p className="mb-3 text-sm text-slate-600">
          {t("summary.plannedFrom", {
            name: schedule.templateName
              ? templateName(tr, schedule.templateName)
              : t("summary.noTemplate"),
            date: format.dateTime(new Date(`${schedule.schedule.startDate}T00:00:00Z`), {
              dateStyle: "medium",
              timeZone: "UTC",
            }),
          })}
        </p>
        <ScheduleSummary
          targetDaysToOrder={target}
          daysToOrder={daysToOrder(steps)}
          exceedsTarget={exceedsKeyAccountTarget(steps, target, today)}
          baselineNumber={primary?.number ?? null}
          summary={variance.summary}
        />
      </Card>
      <Card
        title={t("gantt.title")}
        actions={<PrintButton label={t("actions.print")} />}
        className="mb-6"
      >
        <GanttChart rows={ganttRows} today={today} />
        <div className="mt-6">
          <ScheduleTable
            accountId={id}
            rows={tableRows}
            baselineNumbers={compared}
            today={today}
            editable={canEdit}
          />
        </div>
        {canEdit ? (
          <div className="mt-4 border-t border-slate-100 pt-4 print:hidden">
            <AddStepForm
              accountId={id}
              steps={tableRows.map((r) => ({ id: r.id, label: r.label }))}
            />
          </div>
        ) : null}
      </Card>
      <Card title={t("baseline.title")} className="mb-6 print:hidden">
        <BaselineList baselines={schedule.baselines} compared={compared} />
        {canEdit ? (
          <div className="mt-4 border-t border-slate-100 pt-4">
            <SaveBaselineForm accountId={id} />
          </div>
        ) : null}
      </Card>
      {canEdit ? (
        <Card title={t("generate.replaceTitle")} className="print:hidden">
          <p className="mb-3 text-sm text-slate-600">{t("generate.replaceIntro")}</p>
          <GenerateScheduleForm
            accountId={id}
            templates={templateOptions}
            defaultTemplateId={schedule.schedule.templateId ?? suggested?.id ?? ""}
            defaultStart={schedule.schedule.startDate}
            replace={{ version: schedule.schedule.version }}
          />
        </Card>
      ) : null}
    </>
  );
}
