import { bigint, index, integer, pgTable, uuid } from "drizzle-orm/pg-core";
import { abcClassEnum } from "./accounts";
import { users } from "./users";

const minor = (name: string) => bigint(name, { mode: "number" });

/**
 * The contribution dashboard's sums as of the latest ABC recompute (rewritten by it,
 * lib/value/value-stats.ts): the accounts with trailing revenue per owner × industry
 * × area × class as they were at the recompute, with their orders, revenue and
 * margin. A few thousand rows instead of every account's value, for the views that
 * see every account; a manager's, and a grade or source filter, read the values.
 */
export const valueSegmentStats = pgTable(
  "value_segment_stats",
  {
    ownerId: uuid("owner_id").references(() => users.id, { onDelete: "set null" }),
    industryId: integer("industry_id"),
    areaId: integer("area_id"),
    abcClass: abcClassEnum("abc_class"),
    accounts: integer("accounts").notNull(),
    orders: integer("orders").notNull(),
    revenueMinor: minor("revenue_minor").notNull(),
    marginMinor: minor("margin_minor").notNull(),
  },
  (t) => [index("value_segment_stats_owner_idx").on(t.ownerId)],
);

/**
 * The Pareto curve of every account's trailing revenue as of the latest recompute:
 * the top `rank` accounts hold `cumulative_minor`; about a hundred points.
 */
export const valueParetoPoints = pgTable("value_pareto_points", {
  rank: integer("rank").primaryKey(),
  cumulativeMinor: minor("cumulative_minor").notNull(),
  /** Accounts with revenue and their total, the same on every row. */
  accounts: integer("accounts").notNull(),
  totalMinor: minor("total_minor").notNull(),
});
