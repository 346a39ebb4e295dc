import { getTranslations } from "next-intl/server";
import { getRelationshipReport } from "@/db/queries/relationship-reports";
import { getCurrentUser } from "@/lib/auth/session";
import { toCsv } from "@/lib/dashboards/csv";
import { relationshipReportParts } from "@/lib/dashboards/relationship-report";
import { todayIn } from "@/lib/dates";
import { env } from "@/lib/env";
import { can } from "@/lib/policy";
import { reportQuarter } from "@/lib/value/report-quarter";

const text = (body: string, status: number) =>
  new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/**
 * The customer relationship report of `?quarter=` as one CSV: each table under its
 * title, then the director's comments — what the printed report shows.
 */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  const t = await getTranslations("dashboards.report");
  if (!user) return text(t("csv.signIn"), 401);
  if (!can(user, "relationshipReport.read")) return text(t("notAllowed"), 403);
  const asked = new URL(request.url).searchParams.get("quarter");
  const quarter = reportQuarter(asked, todayIn(env.PCRM_TIME_ZONE, new Date()));
  const [{ parts }, record] = await Promise.all([
    relationshipReportParts(user, quarter),
    getRelationshipReport(quarter),
  ]);
  const sections = parts.map(
    (p) => toCsv({ columns: [p.title], rows: [] }).slice(1) + toCsv(p.table).slice(1),
  );
  const comments = toCsv({
    columns: [t("comments.title")],
    rows: [[{ text: record?.report.comments ?? "" }]],
  }).slice(1);
  return new Response(`\uFEFF${[...sections, comments].join("\r\n")}`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="pcrm-relationship-report-${quarter}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
