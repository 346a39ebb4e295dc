import {
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  smallint,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import type { GroupLevel } from "@/lib/forecast/types";
import { accounts, gradeEnum, stageEnum } from "./accounts";

/**
 * How long stays in each stage lasted and where they led, per industry (0 = none)
 * × grade: one row per duration bucket (`lib/forecast/buckets.ts`, SQL
 * `forecast_bucket`). Kept by database triggers on stage_transitions and accounts
 * (migration 0025) in the transaction of every move, edit and delete, so the
 * forecast never reads the transition log; a cell that falls to 0 is deleted.
 */
export const forecastHistograms = pgTable(
  "forecast_histograms",
  {
    industryId: integer("industry_id").notNull(),
    grade: gradeEnum("grade").notNull(),
    stage: stageEnum("stage").notNull(),
    nextStage: stageEnum("next_stage").notNull(),
    bucket: smallint("bucket").notNull(),
    count: integer("count").notNull(),
  },
  (t) => [primaryKey({ columns: [t.industryId, t.grade, t.stage, t.nextStage, t.bucket] })],
);

/** One month of a backtest: accounts forecast to enter execution in it, and those that did. */
export type BacktestMonth = { month: string; expected: number; actual: number };

/**
 * The forecast made as of a past day, scored against what happened since (job
 * `forecast-backtest`); the dashboard shows the latest run.
 */
export const forecastBacktests = pgTable("forecast_backtests", {
  id: serial("id").primaryKey(),
  asOf: date("as_of", { mode: "string" }).notNull(),
  madeAt: timestamp("made_at", { withTimezone: true }).notNull().defaultNow(),
  /** Open accounts with a forecast (a sample when there are many), and those of them reaching execution. */
  accounts: integer("accounts").notNull(),
  reached: integer("reached").notNull(),
  /** Of those that reached execution, how many did by their P80 date. */
  reachedByP80: integer("reached_by_p80").notNull(),
  /** Σ of the accounts' chances of reaching execution within the horizon. */
  expectedReach: doublePrecision("expected_reach").notNull(),
  months: jsonb("months").$type<BacktestMonth[]>().notNull(),
  /** Mean absolute error of the monthly counts. */
  monthlyError: doublePrecision("monthly_error").notNull(),
});

/**
 * Each open account's own forecast as stored for the board and the account list (job
 * `account-forecasts`, nightly and on "Run now"; a move recomputes its account). Only
 * accounts with a forecast have a row. A row holds the stay and segment it was made
 * for: when the account has moved or changed industry or grade since, the row no
 * longer matches and is not shown (`freshForecast` in db/queries/account-forecasts.ts).
 */
export const accountForecasts = pgTable(
  "account_forecasts",
  {
    accountId: uuid("account_id")
      .primaryKey()
      .references(() => accounts.id, { onDelete: "cascade" }),
    /** The stay and segment the forecast was made for. */
    stage: stageEnum("stage").notNull(),
    stageEnteredAt: timestamp("stage_entered_at", { withTimezone: true }).notNull(),
    industryId: integer("industry_id").notNull(),
    grade: gradeEnum("grade").notNull(),
    p50: date("p50", { mode: "string" }).notNull(),
    p80: date("p80", { mode: "string" }).notNull(),
    /** Chance of reaching execution within two years. */
    reach: doublePrecision("reach").notNull(),
    /** The comparison group the current stage's stays came from, and how many. */
    level: text("level").$type<GroupLevel>().notNull(),
    samples: integer("samples").notNull(),
    computedAt: timestamp("computed_at", { withTimezone: true }).notNull(),
  },
  // The list's P50 sort reads this in order (then name and id, an incremental sort).
  (t) => [index("account_forecasts_p50_idx").on(t.p50)],
);
