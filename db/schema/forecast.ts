import {
  date,
  doublePrecision,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  smallint,
  timestamp,
} from "drizzle-orm/pg-core";
import { gradeEnum, stageEnum } from "./accounts";

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
