import {
  bigint,
  date,
  integer,
  numeric,
  pgTable,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { churnTypeEnum, gradeEnum, stageEnum } from "./accounts";
import { activityTypeEnum } from "./activities";
import { moveKindEnum } from "./stages";

/**
 * Pre-aggregated dashboard data, kept current by database triggers (migration 0027)
 * from `stage_transitions`, `accounts` and `tasks`, so no code path can leave it
 * stale. Days are local days in PCRM_TIME_ZONE (`pcrm_stats_zone()`); owner and
 * segment (industry, grade, source) are the account's current values, as the raw
 * dashboard queries use them. `db/queries/dashboards-stats.int.test.ts` checks them
 * against a recomputation from the rows.
 *
 * Each change is counted at three levels (`STATS_LEVELS` in lib/dashboards/stats-levels.ts):
 * 0 = per day without owner and segment, 1 = per month (`day` = its first day)
 * without them, 2 = per day with owner and segment. A view without filters reads
 * whole months at level 1 and the days at the period's ends at level 0, so its rows
 * are bounded by months × stages × distinct durations however many accounts there
 * are; a filtered view reads level 2.
 */

/**
 * Finished stays: per local day of exit × stage × owner × segment × whole days of
 * duration (`floor(duration_days)`), the number of stays and their exact total, so
 * each duration bucket has its mean (see lib/dashboards/histogram.ts).
 */
export const stageStayStats = pgTable(
  "stage_stay_stats",
  {
    level: smallint("level").notNull(),
    day: date("day", { mode: "string" }).notNull(),
    stage: stageEnum("stage").notNull(),
    ownerId: uuid("owner_id"),
    industryId: integer("industry_id"),
    grade: gradeEnum("grade"),
    sourceId: integer("source_id"),
    days: integer("days").notNull(),
    stays: integer("stays").notNull(),
    totalDays: numeric("total_days").notNull(),
  },
  (t) => [
    unique("stage_stay_stats_key")
      .on(t.level, t.stage, t.day, t.ownerId, t.industryId, t.grade, t.sourceId, t.days)
      .nullsNotDistinct(),
  ],
);

/**
 * Moves: per local day of the move × target stage × kind × source stage × churn
 * type × drop reason (trimmed note, drops only) × owner × segment, how many.
 */
export const stageMoveStats = pgTable(
  "stage_move_stats",
  {
    level: smallint("level").notNull(),
    day: date("day", { mode: "string" }).notNull(),
    toStage: stageEnum("to_stage").notNull(),
    kind: moveKindEnum("kind").notNull(),
    fromStage: stageEnum("from_stage"),
    churnType: churnTypeEnum("churn_type"),
    reason: text("reason").notNull(),
    ownerId: uuid("owner_id"),
    industryId: integer("industry_id"),
    grade: gradeEnum("grade"),
    sourceId: integer("source_id"),
    moves: integer("moves").notNull(),
  },
  (t) => [
    unique("stage_move_stats_key")
      .on(
        t.level,
        t.toStage,
        t.day,
        t.kind,
        t.fromStage,
        t.churnType,
        t.reason,
        t.ownerId,
        t.industryId,
        t.grade,
        t.sourceId,
      )
      .nullsNotDistinct(),
  ],
);

/**
 * Return visits: per local day (level 0) or month (level 1) the window started ×
 * assignee × state, how many. `covered` = done within the window, `open` = still
 * open (pending while its window lasts, so open ones keep the window's last day),
 * `other` = everything else.
 */
export const returnVisitStats = pgTable(
  "return_visit_stats",
  {
    level: smallint("level").notNull(),
    day: date("day", { mode: "string" }).notNull(),
    assigneeId: uuid("assignee_id"),
    windowEndsOn: date("window_ends_on", { mode: "string" }),
    state: text("state", { enum: ["covered", "open", "other"] }).notNull(),
    visits: integer("visits").notNull(),
  },
  (t) => [
    unique("return_visit_stats_key")
      .on(t.level, t.day, t.assigneeId, t.state, t.windowEndsOn)
      .nullsNotDistinct(),
  ],
);

/**
 * Activities (migration 0036, kept by triggers on `activities` and `accounts`): per
 * local day the activity happened × the account's current owner × type × whole
 * working hours it was filed late (`ceil(filing_delay_minutes / 60)`, 0 = on time),
 * how many and their summed filing delay in minutes. Levels as above (0 = day and
 * 1 = month without owner, 2 = day with owner) plus 3 = week (its Monday) with owner,
 * without the late hours (`late_hours` null): a weekly view per owner reads whole
 * weeks there and only the days at the period's ends at level 2.
 */
export const activityStats = pgTable(
  "activity_stats",
  {
    level: smallint("level").notNull(),
    day: date("day", { mode: "string" }).notNull(),
    ownerId: uuid("owner_id"),
    type: activityTypeEnum("type").notNull(),
    lateHours: integer("late_hours"),
    activities: integer("activities").notNull(),
    delayMinutes: bigint("delay_minutes", { mode: "number" }).notNull(),
  },
  (t) => [
    unique("activity_stats_key")
      .on(t.level, t.day, t.ownerId, t.type, t.lateHours)
      .nullsNotDistinct(),
  ],
);

/**
 * SLA outcomes of service requests per day received (migration 0039), for the
 * service dashboard's attainment table: kept by triggers on `service_requests` like
 * the stats above, counted as the raw query in db/queries/dashboards-service.ts
 * counts. Levels 0 and 1 as above but with the request's owner (the table is always
 * per owner): 0 = day × owner, 1 = month × owner. No segment level: a view filtered
 * by industry, grade or source (or one owner, or a manager's) reads the rows. An outcome that
 * depends on the clock keeps its deadline: `pending` first responses with `fr_due`,
 * `running` resolution clocks with `res_due` (a reader at `now` counts them missed
 * when the deadline is before `now`), so only open requests make cells of one.
 */
export const serviceSlaStats = pgTable(
  "service_sla_stats",
  {
    level: smallint("level").notNull(),
    day: date("day", { mode: "string" }).notNull(),
    ownerId: uuid("owner_id"),
    frState: text("fr_state", { enum: ["met", "missed", "pending", "other"] }).notNull(),
    frDue: timestamp("fr_due", { withTimezone: true }),
    resState: text("res_state", { enum: ["met", "missed", "running", "other"] }).notNull(),
    resDue: timestamp("res_due", { withTimezone: true }),
    requests: integer("requests").notNull(),
  },
  (t) => [
    unique("service_sla_stats_key")
      .on(t.level, t.day, t.ownerId, t.frState, t.frDue, t.resState, t.resDue)
      .nullsNotDistinct(),
  ],
);
