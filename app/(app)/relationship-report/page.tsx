import { getFormatter, getTranslations } from "next-intl/server";
import { PrintFrame, ReportSection } from "@/components/reports/print-frame";
import {
  RelationshipReportParts,
  ReportQuarterForm,
} from "@/components/reports/relationship-report";
import { ReportCommentsForm } from "@/components/reports/report-comments-form";
import { ClientMessages } from "@/components/shell/client-messages";
import { Card } from "@/components/ui/card";
import { getRelationshipReport } from "@/db/queries/relationship-reports";
import { requireUser } from "@/lib/auth/session";
import { relationshipReportParts, reportSnapshot } from "@/lib/dashboards/relationship-report";
import { todayIn } from "@/lib/dates";
import { env } from "@/lib/env";
import { DEFAULT_CURRENCY } from "@/lib/cost/money";
import { can } from "@/lib/policy";
import { quarterBefore, quarterOf, reportQuarter } from "@/lib/value/report-quarter";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata() {
  const t = await getTranslations("dashboards.report");
  return { title: t("title") };
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/**
 * The customer relationship report (客户关系报告, seed 001) of a quarter
 * (`?quarter=2026-Q3`, the last whole quarter by default): contribution,
 * composition, service composition and churn with the director's comments, kept
 * as a dated record; printable, and as CSV.
 */
export default async function RelationshipReportPage({ searchParams }: Props) {
  const user = await requireUser();
  const [t, format, params] = await Promise.all([
    getTranslations("dashboards.report"),
    getFormatter(),
    searchParams,
  ]);
  if (!can(user, "relationshipReport.read")) {
    return (
      <Card title={t("title")}>
        <p role="alert" className="text-sm text-slate-700">
          {t("notAllowed")}
        </p>
      </Card>
    );
  }
  const today = todayIn(env.PCRM_TIME_ZONE, new Date());
  const quarter = reportQuarter(one(params.quarter), today);
  const [record, te] = await Promise.all([
    getRelationshipReport(quarter),
    getTranslations("exports"),
  ]);
  // A finalised report shows the figures it was finalised with; a draft, today's.
  const snapshot = reportSnapshot(record?.report);
  const { filters, parts, labels } = await relationshipReportParts(user, quarter, snapshot);
  const quarterLabel = (q: string) =>
    t("quarterName", { year: q.slice(0, 4), quarter: Number(q.slice(6)) });
  // The current quarter and the seven before it, and the one shown if older.
  const current = quarterOf(today);
  const quarters = Array.from({ length: 8 }, (_, i) => quarterBefore(current, i));
  const when = (d: Date) =>
    format.dateTime(d, { dateStyle: "medium", timeStyle: "short", timeZone: env.PCRM_TIME_ZONE });
  const report = record?.report;
  const status = !report
    ? t("status.none")
    : report.status === "final"
      ? t("status.final", { at: when(report.finalizedAt!), name: record.finalizedByName ?? "" })
      : t("status.draft", { at: when(report.updatedAt), name: record.updatedByName ?? "" });
  const writable = can(user, "relationshipReport.write") && report?.status !== "final";
  return (
    <ClientMessages namespaces={["dashboards", "exports", "common"]}>
      <ReportQuarterForm
        quarter={quarter}
        quarters={[...new Set([...quarters, quarter])]
          .sort()
          .reverse()
          .map((q) => ({ value: q, label: quarterLabel(q) }))}
        labels={{ form: t("quarterForm"), quarter: t("quarter"), show: t("show") }}
      />
      <p className="mb-4 print:hidden">
        <a
          href={`/relationship-report/csv?quarter=${quarter}`}
          download
          className="rounded-md border border-slate-300 px-2.5 py-1 text-sm font-medium text-slate-700 hover:bg-slate-100"
        >
          {t("downloadCsv")}
        </a>
      </p>
      <PrintFrame
        back="/dashboards/contribution"
        backLabel={t("back")}
        printLabel={te("print")}
        printedBy={user.name}
        timeZone={env.PCRM_TIME_ZONE}
        title={t("title")}
        subtitle={quarterLabel(quarter)}
        filters={t("periodLine", { from: filters.from, to: filters.to })}
      >
        <p className="text-sm text-slate-700" data-testid="report-status">
          {status}
        </p>
        <p className="text-sm text-slate-700" data-testid="report-figures">
          {snapshot && report?.finalizedAt
            ? t("figures.finalised", { at: when(report.finalizedAt) })
            : t("figures.live")}{" "}
          {t("figures.currency", { currency: DEFAULT_CURRENCY })}
        </p>
        <RelationshipReportParts parts={parts} empty={labels.t("report.empty")} />
        <ReportSection title={t("comments.title")}>
          {report?.comments ? (
            <p className="text-sm whitespace-pre-wrap" data-testid="report-comments">
              {report.comments}
            </p>
          ) : (
            <p className="text-sm text-slate-600">{t("comments.none")}</p>
          )}
          {writable ? (
            <ReportCommentsForm
              key={report?.version ?? 0}
              quarter={quarter}
              version={report?.version ?? 0}
              comments={report?.comments ?? ""}
            />
          ) : null}
        </ReportSection>
      </PrintFrame>
    </ClientMessages>
  );
}
