import "server-only";
import {
  accountComposition,
  atRiskByOwner,
  churnByQuarter,
  serviceComposition,
} from "@/db/queries/dashboards-composition";
import {
  classMoves,
  contributionBy,
  paretoOfRevenue,
  topAccounts,
} from "@/db/queries/dashboards-value";
import type { Actor } from "@/lib/policy";
import { quarterDays, type Quarter } from "@/lib/value/report-quarter";
import type { TableModel } from "./tables";
import { getValueLabels } from "./value-labels";
import {
  atRiskTable,
  churnQuartersTable,
  classMovesTable,
  compositionTable,
  contributionTable,
  contributionTotal,
  paretoClassTable,
  serviceMixTable,
  topAccountsTable,
} from "./value-tables";

export type ReportPart = { key: string; title: string; description: string; table: TableModel };

/**
 * What a quarter's report is computed from: the value views' rows for the quarter
 * (plain JSON). A finalised report keeps this as its snapshot, so its figures stay
 * as they were on the day it was finalised.
 */
export type RelationshipReportData = {
  contribution: Awaited<ReturnType<typeof contributionBy>>;
  pareto: Awaited<ReturnType<typeof paretoOfRevenue>>;
  top: Awaited<ReturnType<typeof topAccounts>>;
  composition: Awaited<ReturnType<typeof accountComposition>>;
  moves: Awaited<ReturnType<typeof classMoves>>;
  service: Awaited<ReturnType<typeof serviceComposition>>;
  churn: Awaited<ReturnType<typeof churnByQuarter>>;
  atRisk: Awaited<ReturnType<typeof atRiskByOwner>>;
};

/**
 * The quarter's figures as the data stands now (seed 001: contribution,
 * composition, service composition and churn). Contribution counts the orders
 * dated in the quarter; composition and at-risk are as they are now.
 */
export async function relationshipReportData(
  actor: Actor,
  quarter: Quarter,
): Promise<RelationshipReportData> {
  const filters = quarterDays(quarter);
  const args = { actor, filters };
  const period = { ...args, basis: "period" as const };
  const [contribution, pareto, top, composition, moves, service, churn, atRisk] = await Promise.all(
    [
      contributionBy(period),
      paretoOfRevenue(period),
      topAccounts(period, 10),
      accountComposition(args),
      classMoves(args),
      serviceComposition(args),
      churnByQuarter(args),
      atRiskByOwner(args),
    ],
  );
  return { contribution, pareto, top, composition, moves, service, churn, atRisk };
}

/** A report record's stored figures: a finalised report's snapshot, else null. */
export const reportSnapshot = (
  report: { status: string; snapshot: Record<string, unknown> | null } | null | undefined,
) =>
  report?.status === "final" && report.snapshot
    ? (report.snapshot as unknown as RelationshipReportData)
    : null;

/**
 * The report's numbers as titled tables: the page prints them and the CSV lists
 * them, so both say the same. `snapshot`: a finalised report's stored figures,
 * shown instead of today's (null/undefined: today's, for a draft).
 */
export async function relationshipReportParts(
  actor: Actor,
  quarter: Quarter,
  snapshot?: RelationshipReportData | null,
) {
  const filters = quarterDays(quarter);
  const [data, labels] = await Promise.all([
    snapshot ?? relationshipReportData(actor, quarter),
    getValueLabels(),
  ]);
  const { contribution, pareto, top, composition, moves, service, churn, atRisk } = data;
  const { t } = labels;
  // Composition and at-risk are states, not sums over the quarter: "today" for a draft,
  // the day it was finalised for a finalised report's stored figures.
  const asOf = snapshot ? t("report.part.asFinalised") : t("report.part.now");
  const part = (key: string, title: string, description: string, table: TableModel) => ({
    key,
    title,
    description,
    table,
  });
  const parts: ReportPart[] = [
    part(
      "classes",
      t("report.part.classes"),
      t("report.part.periodRevenue"),
      paretoClassTable(pareto, contribution, labels),
    ),
    part(
      "owners",
      t("value.contribution.by.owner"),
      t("report.part.periodRevenue"),
      contributionTable(contribution, "owner", labels),
    ),
    part(
      "industries",
      t("value.contribution.by.industry"),
      t("report.part.periodRevenue"),
      contributionTable(contribution, "industry", labels),
    ),
    part(
      "areas",
      t("value.contribution.by.area"),
      t("report.part.periodRevenue"),
      contributionTable(contribution, "area", labels),
    ),
    part(
      "top",
      t("report.part.top"),
      t("report.part.periodRevenue"),
      topAccountsTable(top, labels),
    ),
    part(
      "composition",
      t("value.composition.by.class"),
      asOf,
      compositionTable(composition, "class", labels),
    ),
    part(
      "compositionTypes",
      t("value.composition.by.type"),
      asOf,
      compositionTable(composition, "type", labels),
    ),
    part("moves", t("value.moves.title"), t("report.part.moves"), classMovesTable(moves, labels)),
    part(
      "serviceTypes",
      t("value.service.by.type"),
      t("value.service.description"),
      serviceMixTable(service, "type", labels),
    ),
    part(
      "serviceChannels",
      t("value.service.by.channel"),
      t("value.service.description"),
      serviceMixTable(service, "channel", labels),
    ),
    part(
      "churn",
      t("value.churn.title"),
      t("value.churn.description"),
      churnQuartersTable(churn, labels),
    ),
    part("atRisk", t("value.atRisk.title"), asOf, atRiskTable(atRisk, labels)),
  ];
  return { filters, parts, total: contributionTotal(contribution), labels };
}
