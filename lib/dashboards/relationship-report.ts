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
 * The customer relationship report's numbers for a quarter (seed 001: contribution,
 * composition, service composition and churn), as titled tables: the page prints
 * them and the CSV lists them, so both say the same. Contribution counts the orders
 * dated in the quarter; composition and at-risk are as they are now.
 */
export async function relationshipReportParts(actor: Actor, quarter: Quarter) {
  const filters = quarterDays(quarter);
  const args = { actor, filters };
  const period = { ...args, basis: "period" as const };
  const [contribution, pareto, top, composition, moves, service, churn, atRisk, labels] =
    await Promise.all([
      contributionBy(period),
      paretoOfRevenue(period),
      topAccounts(period, 10),
      accountComposition(args),
      classMoves(args),
      serviceComposition(args),
      churnByQuarter(args),
      atRiskByOwner(args),
      getValueLabels(),
    ]);
  const { t } = labels;
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
      t("report.part.now"),
      compositionTable(composition, "class", labels),
    ),
    part(
      "compositionTypes",
      t("value.composition.by.type"),
      t("report.part.now"),
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
    part("atRisk", t("value.atRisk.title"), t("report.part.now"), atRiskTable(atRisk, labels)),
  ];
  return { filters, parts, total: contributionTotal(contribution), labels };
}
