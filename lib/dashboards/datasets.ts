import "server-only";
import { churn, drops, funnel, timeInStage } from "@/db/queries/dashboards";
import { aging, ownerTiming } from "@/db/queries/dashboards-aging";
import { cycleCohorts, throughput } from "@/db/queries/dashboards-cycle";
import { activitiesPerWeek, filingDelays } from "@/db/queries/dashboards-activities";
import { costDelivery } from "@/db/queries/dashboards-cost";
import { returnVisitCoverage } from "@/db/queries/dashboards-coverage";
import { scheduleDelivery } from "@/db/queries/dashboards-schedule";
import { surveyScores } from "@/db/queries/dashboards-surveys";
import {
  escalationsByLevel,
  openRequestsByAge,
  slaAttainment,
} from "@/db/queries/dashboards-service";
import { monthsOf } from "@/lib/dashboards/periods";
import { env } from "@/lib/env";
import type { Actor } from "@/lib/policy";
import {
  costAccountsTable,
  costIndustriesTable,
  costOwnersTable,
  costTotalsTable,
} from "./cost-tables";
import { lateAccountsTable, slipOwnersTable, slipStepsTable } from "./schedule-tables";
import { surveyScoresTable } from "./survey-tables";
import { todayIn } from "@/lib/dates";
import { dashboardSearch, withSearch, type DashboardQuery } from "./filters";
import { FORECAST_DATASETS } from "./forecast-datasets";
import { VALUE_DATASETS } from "./value-datasets";
import { activityWeeksTable, coverageTable, filingDelayTable } from "./operations-tables";
import {
  attainmentMonthsTable,
  attainmentOwnersTable,
  escalationsTable,
  openAgeTable,
} from "./service-tables";
import {
  agingOwnerTable,
  agingStageTable,
  churnTable,
  cycleTable,
  distributionTable,
  dropReasonsTable,
  dropsTable,
  funnelTable,
  ownersTable,
  stageTimingTable,
  throughputTable,
  trendTable,
  type Labels,
  type TableModel,
} from "./tables";

type Load = (args: { actor: Actor; query: DashboardQuery }, labels: Labels) => Promise<TableModel>;
const args = (a: { actor: Actor; query: DashboardQuery }) => ({ actor: a.actor, filters: a.query });

/**
 * Every table the dashboards show, by CSV name: the CSV route runs the same query
 * and the same table builder as the page, so the download matches the screen.
 */
export const DATASETS = {
  "stage-timing": async (a, l) => stageTimingTable((await timeInStage(args(a))).stages, l),
  "stage-distribution": async (a, l) => distributionTable((await timeInStage(args(a))).stages, l),
  "median-trend": async (a, l) =>
    trendTable((await timeInStage(args(a))).trend, monthsOf(a.query), l),
  funnel: async (a, l) => funnelTable(await funnel(args(a)), l),
  drops: async (a, l) => dropsTable(await drops(args(a)), l),
  "drop-reasons": async (a, l) => dropReasonsTable(await drops(args(a)), l),
  churn: async (a, l) => churnTable(await churn(args(a)), l),
  cycle: async (a, l) => cycleTable(await cycleCohorts(args(a)), l),
  throughput: async (a, l) => throughputTable(await throughput(args(a)), l),
  "aging-stages": async (a, l) => agingStageTable(await aging(args(a)), a.query, l),
  "aging-owners": async (a, l) => agingOwnerTable(await aging(args(a)), a.query, l),
  owners: async (a, l) => ownersTable(await ownerTiming(args(a)), a.query, l),
  "schedule-steps": async (a, l) => slipStepsTable((await scheduleDelivery(args(a))).steps, l),
  "schedule-owners": async (a, l) => slipOwnersTable((await scheduleDelivery(args(a))).owners, l),
  "schedule-late": async (a, l) =>
    lateAccountsTable((await scheduleDelivery(args(a))).lateAccounts, l),
  "cost-totals": async (a, l) => costTotalsTable(await costDelivery(args(a)), l),
  "cost-owners": async (a, l) => costOwnersTable(await costDelivery(args(a)), l),
  "cost-industries": async (a, l) => costIndustriesTable(await costDelivery(args(a)), l),
  "cost-accounts": async (a, l) => costAccountsTable((await costDelivery(args(a))).overAccounts, l),
  "activities-weekly": async (a, l) => activityWeeksTable(await activitiesPerWeek(args(a)), l),
  "filing-delays": async (a, l) => filingDelayTable(await filingDelays(args(a)), l),
  "return-visit-coverage": async (a, l) =>
    coverageTable(
      await returnVisitCoverage({ ...args(a), today: todayIn(env.PCRM_TIME_ZONE, new Date()) }),
      a.query,
      l,
    ),
  "service-open-age": async (a, l) =>
    openAgeTable(await openRequestsByAge({ ...args(a), now: new Date() }), l),
  "service-sla-months": async (a, l) =>
    attainmentMonthsTable(
      await slaAttainment({ ...args(a), now: new Date() }),
      monthsOf(a.query),
      l,
    ),
  "service-sla-owners": async (a, l) =>
    attainmentOwnersTable(await slaAttainment({ ...args(a), now: new Date() }), l),
  "service-escalations": async (a, l) =>
    escalationsTable(await escalationsByLevel(args(a)), monthsOf(a.query), l),
  "survey-scores": async (a, l) => surveyScoresTable(await surveyScores(args(a)), l),
  ...FORECAST_DATASETS,
  ...VALUE_DATASETS,
} satisfies Record<string, Load>;

export type DatasetKey = keyof typeof DATASETS;

export const isDataset = (value: unknown): value is DatasetKey =>
  typeof value === "string" && Object.hasOwn(DATASETS, value);

/** Link to the CSV of one table under the same filters. */
export function csvHref(dataset: DatasetKey, query: DashboardQuery) {
  const search = dashboardSearch(query);
  search.set("dataset", dataset);
  return withSearch("/dashboards/csv", search);
}
