import { getFormatter, getTranslations } from "next-intl/server";
import { ReportSection, ReportTable } from "@/components/reports/print-frame";
import type { ServiceReportAnswer, ServiceReportRequest } from "@/db/queries/service-report";
import {
  firstResponseOutcome,
  resolutionOutcome,
  summarizeAnswers,
  summarizeRequests,
  type SlaOutcome,
} from "@/lib/service/report";

/**
 * Seed 002's service report (服务反馈报表) on paper: an account's service requests of
 * a period with each SLA clock's outcome, the totals, and the period's survey answers.
 */
export async function ServiceReport({
  requests,
  answers,
  now,
  timeZone,
}: {
  requests: ServiceReportRequest[];
  answers: ServiceReportAnswer[];
  now: Date;
  timeZone: string;
}) {
  const [t, ts, format] = await Promise.all([
    getTranslations("exports.serviceReport"),
    getTranslations("service"),
    getFormatter(),
  ]);
  const when = (d: Date | null) =>
    d ? format.dateTime(d, { dateStyle: "medium", timeStyle: "short", timeZone }) : "—";
  const percent = (rate: number | null) =>
    rate === null ? "—" : format.number(rate, { style: "percent", maximumFractionDigits: 1 });
  const clock = (outcome: SlaOutcome, done: Date | null, due: Date | null) =>
    t("clock", { outcome: t(`outcome.${outcome}`), at: when(done), due: when(due) });
  const summary = summarizeRequests(requests, now);
  const surveys = summarizeAnswers(answers);

  return (
    <>
      <ReportSection title={t("requests")}>
        {requests.length === 0 ? (
          <p className="text-sm text-slate-600" data-testid="service-report-empty">
            {t("empty")}
          </p>
        ) : (
          <ReportTable
            caption={t("requests")}
            head={[
              t("received"),
              ts("field.subject"),
              ts("field.type"),
              ts("field.channel"),
              ts("field.priority"),
              ts("field.status"),
              t("firstResponse"),
              t("resolution"),
              t("escalations"),
              t("closedAt"),
            ]}
            rows={requests.map((r) => [
              when(r.receivedAt),
              r.subject,
              ts(`type.${r.type}`),
              ts(`channel.${r.channel}`),
              ts(`priority.${r.priority}`),
              ts(`status.${r.status}`),
              clock(firstResponseOutcome(r, now), r.firstRespondedAt, r.firstResponseDueAt),
              clock(resolutionOutcome(r, now), r.resolvedAt, r.resolutionDueAt),
              r.escalations,
              when(r.closedAt),
            ])}
          />
        )}
      </ReportSection>
      {requests.length > 0 ? (
        <ReportSection title={t("totals")}>
          <ReportTable
            caption={t("totals")}
            head={[t("measure"), t("value")]}
            rows={[
              [t("requestCount"), summary.requests],
              [
                t("firstResponseAttainment"),
                t("attainment", {
                  rate: percent(summary.firstResponse.rate),
                  met: summary.firstResponse.met,
                  missed: summary.firstResponse.missed,
                  pending: summary.firstResponse.pending,
                }),
              ],
              [
                t("resolutionAttainment"),
                t("attainment", {
                  rate: percent(summary.resolution.rate),
                  met: summary.resolution.met,
                  missed: summary.resolution.missed,
                  pending: summary.resolution.pending,
                }),
              ],
              [t("escalations"), summary.escalations],
            ]}
          />
          <div className="grid gap-4 sm:grid-cols-2 print:grid-cols-2">
            <ReportTable
              caption={t("byType")}
              head={[ts("field.type"), t("count")]}
              rows={summary.byType.map((x) => [ts(`type.${x.type}`), x.count])}
            />
            <ReportTable
              caption={t("byStatus")}
              head={[ts("field.status"), t("count")]}
              rows={summary.byStatus.map((x) => [ts(`status.${x.status}`), x.count])}
            />
          </div>
        </ReportSection>
      ) : null}
      <ReportSection title={t("surveys")}>
        {answers.length === 0 ? (
          <p className="text-sm text-slate-600">{t("noSurveys")}</p>
        ) : (
          <>
            <p className="text-sm" data-testid="service-report-scores">
              {t("scores", {
                answers: surveys.answers,
                csat: surveys.averageCsat === null ? "—" : format.number(surveys.averageCsat),
                nps: surveys.nps === null ? "—" : surveys.nps,
              })}
            </p>
            <ReportTable
              caption={t("surveys")}
              head={[t("answeredAt"), t("contact"), "CSAT", "NPS", t("comment")]}
              rows={answers.map((a) => [
                when(a.answeredAt),
                a.contactName ?? "—",
                a.csat,
                a.nps,
                a.comment || "—",
              ])}
            />
          </>
        )}
      </ReportSection>
    </>
  );
}
