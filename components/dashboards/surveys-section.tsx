import { surveyScores } from "@/db/queries/dashboards-surveys";
import { csvHref } from "@/lib/dashboards/datasets";
import type { DashboardQuery } from "@/lib/dashboards/filters";
import { getLabels } from "@/lib/dashboards/labels";
import { surveyScoresTable } from "@/lib/dashboards/survey-tables";
import type { Actor } from "@/lib/policy";
import { ChartPanel } from "./chart-panel";

/** CSAT and NPS per quarter and per manager, as a table with its CSV. */
export async function SurveysSection({ actor, query }: { actor: Actor; query: DashboardQuery }) {
  const [rows, labels] = await Promise.all([surveyScores({ actor, filters: query }), getLabels()]);
  const { t } = labels;
  return (
    <ChartPanel
      title={t("surveys.title")}
      description={t("surveys.description")}
      csvHref={csvHref("survey-scores", query)}
      empty={rows.length === 0}
      emptyText={t("surveys.empty")}
      table={surveyScoresTable(rows, labels)}
      tableOpen
    />
  );
}
