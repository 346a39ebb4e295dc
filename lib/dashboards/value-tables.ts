import type {
  ClassMove,
  ContributionDimension,
  ContributionRow,
  Pareto,
  TopAccountRow,
} from "@/db/queries/dashboards-value";
import type {
  AtRiskOwnerRow,
  ChurnQuarterRow,
  CompositionDimension,
  CompositionRow,
  ServiceDimension,
  ServiceMixRow,
} from "@/db/queries/dashboards-composition";
import { DEFAULT_CURRENCY } from "@/lib/cost/money";
import { ABC_CLASSES } from "@/lib/value/abc";
import { share, type Cell, type Labels, type TableModel } from "./tables";

/**
 * The value views' wording: the dashboards' labels plus the names of account types,
 * service types and channels (their own catalogs' wording).
 */
export type ValueLabels = Labels & {
  accountType: (type: string) => string;
  serviceType: (type: string) => string;
  channel: (channel: string) => string;
};

const money = (minor: number | null): Cell => ({ money: minor, currency: DEFAULT_CURRENCY });

/** The total of the contribution rows (the `()` grouping set). */
export const contributionTotal = (rows: ContributionRow[]) =>
  rows.find((r) => r.dimension === "total") ?? {
    accounts: 0,
    orders: 0,
    revenueMinor: 0,
    marginMinor: 0,
  };

/** The name of a contribution or composition key: "none" when the accounts have no value. */
function keyName(
  dimension: ContributionDimension | CompositionDimension,
  row: { key: string | null; name?: string | null; nameEn?: string | null; nameZh: string | null },
  labels: ValueLabels,
) {
  const { t } = labels;
  if (row.key === null) return dimension === "owner" ? t("noOwner") : t(`value.none.${dimension}`);
  switch (dimension) {
    case "owner":
      return row.name ?? t("noOwner");
    case "class":
      return t("value.className", { abcClass: row.key });
    case "type":
      return labels.accountType(row.key);
    case "grade":
      return t(`grade.${row.key}`);
    default:
      return labels.reference({ en: row.name ?? row.nameEn ?? null, zh: row.nameZh }) ?? row.key;
  }
}

/**
 * One dimension of the contribution (owner, industry, area or class): accounts with
 * revenue, orders, revenue and its share of the total, margin and margin rate;
 * classes in A → C order, the others most revenue first.
 */
export function contributionTable(
  rows: ContributionRow[],
  dimension: ContributionDimension,
  labels: ValueLabels,
): TableModel {
  const { t } = labels;
  const total = contributionTotal(rows);
  const mine = rows.filter((r) => r.dimension === dimension);
  if (dimension === "class") {
    mine.sort(
      (a, b) =>
        (a.key === null ? 9 : ABC_CLASSES.indexOf(a.key as "A")) -
        (b.key === null ? 9 : ABC_CLASSES.indexOf(b.key as "A")),
    );
  }
  return {
    columns: [
      t(`value.dimension.${dimension}`),
      ...["accounts", "orders", "revenue", "revenueShare", "margin", "marginRate"].map((c) =>
        t(`value.contribution.${c}`),
      ),
    ],
    rows: mine.map((r) => [
      { text: keyName(dimension, r, labels) },
      { count: r.accounts },
      { count: r.orders },
      money(r.revenueMinor),
      share(r.revenueMinor, total.revenueMinor),
      money(r.marginMinor),
      share(r.marginMinor, r.revenueMinor),
    ]),
  };
}

/** The accounts with most revenue: account (opens it), owner, class, orders, revenue, margin. */
export function topAccountsTable(rows: TopAccountRow[], labels: ValueLabels): TableModel {
  const { t } = labels;
  return {
    columns: ["account", "owner", "class", "orders", "revenue", "margin"].map((c) =>
      t(`value.top.${c}`),
    ),
    rows: rows.map((r) => [
      { text: r.name, href: `/accounts/${r.accountId}` },
      { text: r.ownerName ?? t("noOwner") },
      { text: r.abcClass ?? t("value.none.class") },
      { count: r.orders },
      money(r.revenueMinor),
      money(r.marginMinor),
    ]),
  };
}

/**
 * The Pareto curve as a table: per class (the accounts' current class), accounts and
 * their share of the accounts with revenue, revenue, its share and the running
 * share through that class.
 */
export function paretoClassTable(
  pareto: Pareto,
  rows: ContributionRow[],
  labels: ValueLabels,
): TableModel {
  const { t } = labels;
  const classes = rows.filter((r) => r.dimension === "class");
  const ordered = [...ABC_CLASSES, null].flatMap((c) => classes.filter((r) => r.key === c));
  let running = 0;
  return {
    columns: ["class", "accounts", "accountShare", "revenue", "revenueShare", "cumulative"].map(
      (c) => t(`value.pareto.${c}`),
    ),
    rows: ordered.map((r) => {
      running += r.revenueMinor;
      return [
        { text: keyName("class", r, labels) },
        { count: r.accounts },
        share(r.accounts, pareto.accounts),
        money(r.revenueMinor),
        share(r.revenueMinor, pareto.totalMinor),
        share(running, pareto.totalMinor),
      ];
    }),
  };
}

/** The Pareto points as shares (0–1) of accounts and of revenue, for the chart. */
export const paretoShares = (pareto: Pareto) =>
  pareto.points.map((p) => ({
    accounts: pareto.accounts > 0 ? p.rank / pareto.accounts : 0,
    revenue: pareto.totalMinor > 0 ? p.cumulativeMinor / pareto.totalMinor : 0,
  }));

/** One dimension of the composition: each value with its accounts and their share. */
export function compositionTable(
  rows: CompositionRow[],
  dimension: CompositionDimension,
  labels: ValueLabels,
): TableModel {
  const { t } = labels;
  const mine = rows.filter((r) => r.dimension === dimension);
  const total = mine.reduce((sum, r) => sum + r.accounts, 0);
  return {
    columns: [
      t(`value.dimension.${dimension}`),
      t("value.composition.accounts"),
      t("value.composition.share"),
    ],
    rows: mine.map((r) => [
      { text: keyName(dimension, r, labels) },
      { count: r.accounts },
      share(r.accounts, total),
    ]),
  };
}

/** Class changes between the period's ends: from, to, accounts (e.g. A → B: 12). */
export function classMovesTable(moves: ClassMove[], { t }: ValueLabels): TableModel {
  const name = (c: string | null) =>
    c === null ? t("value.none.class") : t("value.className", { abcClass: c });
  return {
    columns: ["from", "to", "accounts"].map((c) => t(`value.moves.${c}`)),
    rows: moves.map((m) => [
      { text: name(m.fromClass) },
      { text: name(m.toClass) },
      { count: m.accounts },
    ]),
  };
}

/**
 * One dimension of the service composition: each value with its requests and
 * share; products past the first `shown` are summed into one "other" row.
 */
export function serviceMixTable(
  rows: ServiceMixRow[],
  dimension: ServiceDimension,
  labels: ValueLabels,
  shown = 15,
): TableModel {
  const { t } = labels;
  const mine = rows.filter((r) => r.dimension === dimension);
  const total = mine.reduce((sum, r) => sum + r.requests, 0);
  const head = dimension === "product" ? mine.slice(0, shown) : mine;
  const rest = mine.slice(head.length).reduce((sum, r) => sum + r.requests, 0);
  const name = (key: string) =>
    dimension === "type"
      ? labels.serviceType(key)
      : dimension === "channel"
        ? labels.channel(key)
        : key || t("value.none.product");
  return {
    columns: [
      t(`value.dimension.${dimension}`),
      t("value.service.requests"),
      t("value.service.share"),
    ],
    rows: [
      ...head.map((r) => [{ text: name(r.key) }, { count: r.requests }, share(r.requests, total)]),
      ...(rest > 0
        ? [[{ text: t("value.service.other") }, { count: rest }, share(rest, total)]]
        : []),
    ],
  };
}

/** "2026 Q3" from the quarter's first day. */
export const quarterName = (firstDay: string, { t }: Labels) =>
  t("value.quarter", {
    year: firstDay.slice(0, 4),
    quarter: Math.floor((Number(firstDay.slice(5, 7)) - 1) / 3) + 1,
  });

/**
 * Churn per quarter churned and type: churned, to win-back, recovered, lost for
 * good, the recovery rate (recovered ÷ churned) and the yearly revenue lost.
 */
export function churnQuartersTable(rows: ChurnQuarterRow[], labels: ValueLabels): TableModel {
  const { t } = labels;
  return {
    columns: [
      "quarter",
      "type",
      "churned",
      "winBack",
      "recovered",
      "lost",
      "recoveryRate",
      "lostRevenue",
    ].map((c) => t(`value.churn.${c}`)),
    rows: rows.map((r) => [
      { text: quarterName(r.quarter, labels) },
      { text: r.churnType ? labels.churnType(r.churnType) : t("value.none.churnType") },
      { count: r.churned },
      { count: r.winBack },
      { count: r.recovered },
      { count: r.lost },
      share(r.recovered, r.churned),
      money(r.lostRevenueMinor),
    ]),
  };
}

/** Per owner: accounts at risk and on watch by health, and flagged at risk (each opens the at-risk list). */
export function atRiskTable(rows: AtRiskOwnerRow[], { t }: ValueLabels): TableModel {
  return {
    columns: ["owner", "atRisk", "watch", "flagged"].map((c) => t(`value.atRisk.${c}`)),
    rows: rows.map((r) => {
      const href = r.ownerId ? `/accounts/at-risk?owner=${r.ownerId}` : undefined;
      return [
        { text: r.ownerName ?? t("noOwner"), ...(href ? { href } : {}) },
        { count: r.atRisk },
        { count: r.watch },
        { count: r.flagged },
      ];
    }),
  };
}
