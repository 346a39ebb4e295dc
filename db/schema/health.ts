import { index, jsonb, pgEnum, pgTable, smallint, timestamp, uuid } from "drizzle-orm/pg-core";
import { HEALTH_LEVELS, type HealthSignal } from "@/lib/health/signals";
import { accounts } from "./accounts";

export const healthLevelEnum = pgEnum("health_level", HEALTH_LEVELS);

/**
 * Each open account's health as the `account-health` job last computed it
 * (lib/health/signals.ts over the facts of db/queries/health.ts), so the at-risk
 * lists read a row per account instead of aggregating activities and tasks. The
 * account page computes its own health live with the same rule.
 */
export const accountHealth = pgTable(
  "account_health",
  {
    accountId: uuid("account_id")
      .primaryKey()
      .references(() => accounts.id, { onDelete: "cascade" }),
    score: smallint("score").notNull(),
    level: healthLevelEnum("level").notNull(),
    signals: jsonb("signals").$type<HealthSignal[]>().notNull(),
    computedAt: timestamp("computed_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("account_health_level_idx").on(t.level, t.score, t.accountId)],
);
