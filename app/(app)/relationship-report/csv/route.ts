import { getFormatter, getTranslations } from "next-intl/server";
import { getRelationshipReport } from "@/db/queries/relationship-reports";
import { getCurrentUser } from "@/lib/auth/session";
import { toCsv } from "@/lib/dashboards/csv";
import { relationshipReportParts, reportSnapshot } from "@/lib/dashboards/relationship-report";
import { todayIn } from "@/lib/dates";
import { env } from "@/lib/env";
import { DEFAULT_CURRENCY } from "@/lib/cost/money";
import { can } from "@/lib/policy";
import { reportQuarter } from "@/lib/value/report-quarter";

const text = (body: string, status: number) =>
  new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/**
 * The customer relationship report of `?quarter=` as one CSV: which figures these
 * are (as finalised, or today's for a draft), each table under its title, then the
 * director's comments — what the printed report shows.
 */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  const t = await getTranslations("dashboards.report");
  if (!user) return text(t("csv.signIn"), 401);
  if (!can(user, "relationshipReport.read")) return text(t("notAllowed"), 403);
  const asked = new URL(request.url).searchParams.get("quarter");
  const quarter = reportQuarter(asked, todayIn(env.PCRM_TIME_ZONE, new Date()));
  const record = await getRelationshipReport(quarter);
  // A finalised report lists the figures it was finalised with; a draft, today's.
  const snapshot = reportSnapshot(record?.report);
  const { parts } = await relationshipReportParts(user, quarter, snapshot);
  const format = await getFormatter();
  const finalizedAt = record?.report.finalizedAt;
  const figures = [
    snapshot && finalizedAt
      ? t("figures.finalised", {
          at: format.dateTime(finalizedAt, {
            dateStyle: "medium",
            timeStyle: "short",
            timeZone: env.PCRM_TIME_ZONE,
          }),
        })
      : t("figures.live"),
    t("figures.currency", { currency: DEFAULT_CURRENCY }),
  ].join(" ");
  const note = toCsv({ columns: [figures], rows: [] }).slice(1);
  const sections = parts.map(
    (p) => toCsv({ columns: [p.title], rows: [] }).slice(1) + toCsv(p.table).slice(1),
  );
  const comments = toCsv({
    columns: [t("comments.title")],
    rows: [[{ text: record?.report.comments ?? "" }]],
  }).slice(1);
  return new Response(`\uFEFF${[note, ...sections, comments].join("\r\n")}`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="pcrm-relationship-report-${quarter}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
