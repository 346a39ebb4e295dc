import type { SurveyScoreRow } from "@/db/queries/dashboards-surveys";
import type { Labels, TableModel } from "./tables";

/** CSAT and NPS per quarter and manager: answers, average CSAT, NPS and the three NPS groups. */
export function surveyScoresTable(rows: SurveyScoreRow[], { t }: Labels): TableModel {
  return {
    columns: [
      "quarter",
      "manager",
      "answers",
      "csat",
      "nps",
      "promoters",
      "passives",
      "detractors",
    ].map((c) => t(`surveys.${c}`)),
    rows: rows.map((r) => [
      { text: r.quarter },
      { text: r.ownerName ?? t("noOwner") },
      { count: r.answers },
      { text: r.csat === null ? "—" : r.csat.toFixed(1) },
      { text: r.nps === null ? "—" : String(r.nps) },
      { count: r.promoters },
      { count: r.passives },
      { count: r.detractors },
    ]),
  };
}
