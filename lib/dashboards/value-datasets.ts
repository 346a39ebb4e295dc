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
import type { DashboardQuery } from "./filters";
import { getValueLabels } from "./value-labels";
import {
  atRiskTable,
  churnQuartersTable,
  classMovesTable,
  compositionTable,
  contributionTable,
  paretoClassTable,
  serviceMixTable,
  topAccountsTable,
} from "./value-tables";

type Args = { actor: Actor; query: DashboardQuery };
/** The dashboards read each account's trailing value as of the latest recompute. */
const trailing = (a: Args) => ({ actor: a.actor, filters: a.query, basis: "trailing" as const });
const plain = (a: Args) => ({ actor: a.actor, filters: a.query });

const contribution = (dimension: "owner" | "industry" | "area" | "class") => async (a: Args) =>
  contributionTable(await contributionBy(trailing(a)), dimension, await getValueLabels());
const composition =
  (dimension: "type" | "grade" | "class" | "industry" | "area" | "source") => async (a: Args) =>
    compositionTable(await accountComposition(plain(a)), dimension, await getValueLabels());
const serviceMix = (dimension: "type" | "channel" | "product") => async (a: Args) =>
  serviceMixTable(await serviceComposition(plain(a)), dimension, await getValueLabels());

/** The value views' tables by CSV name (lib/dashboards/datasets.ts lists them). */
export const VALUE_DATASETS = {
  "contribution-owners": contribution("owner"),
  "contribution-industries": contribution("industry"),
  "contribution-areas": contribution("area"),
  "contribution-classes": contribution("class"),
  "contribution-top": async (a: Args) =>
    topAccountsTable(await topAccounts(trailing(a)), await getValueLabels()),
  "contribution-pareto": async (a: Args) => {
    const [pareto, rows, labels] = await Promise.all([
      paretoOfRevenue(trailing(a)),
      contributionBy(trailing(a)),
      getValueLabels(),
    ]);
    return paretoClassTable(pareto, rows, labels);
  },
  "composition-types": composition("type"),
  "composition-grades": composition("grade"),
  "composition-classes": composition("class"),
  "composition-industries": composition("industry"),
  "composition-areas": composition("area"),
  "composition-sources": composition("source"),
  "composition-class-moves": async (a: Args) =>
    classMovesTable(await classMoves(plain(a)), await getValueLabels()),
  "service-mix-types": serviceMix("type"),
  "service-mix-channels": serviceMix("channel"),
  "service-mix-products": serviceMix("product"),
  "churn-quarters": async (a: Args) =>
    churnQuartersTable(await churnByQuarter(plain(a)), await getValueLabels()),
  "at-risk-owners": async (a: Args) =>
    atRiskTable(await atRiskByOwner(plain(a)), await getValueLabels()),
};
