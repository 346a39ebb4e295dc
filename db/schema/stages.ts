import { sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
  doublePrecision,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { MOVE_KINDS } from "@/lib/stages/machine";
import { PIPELINE_STAGES } from "@/lib/stages/stages";
import { accounts, churnTypeEnum, stageEnum } from "./accounts";
import { users } from "./users";

export const moveKindEnum = pgEnum("move_kind", ["create", ...MOVE_KINDS]);
export const pipelineStageEnum = pgEnum("pipeline_stage", PIPELINE_STAGES);

/**
 * Append-only stage moves. The row that enters a stage gets `exitedAt` and
 * `durationDays` when the account leaves it (same transaction as the next move),
 * so time-in-stage never needs a window over history.
 */
export const stageTransitions = pgTable(
  "stage_transitions",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    accountId: uuid("account_id")
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    fromStage: stageEnum("from_stage"),
    toStage: stageEnum("to_stage").notNull(),
    kind: moveKindEnum("kind").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    byId: uuid("by_id").references(() => users.id),
    note: text("note").notNull().default(""),
    override: boolean("override").notNull().default(false),
    churnType: churnTypeEnum("churn_type"),
    exitedAt: timestamp("exited_at", { withTimezone: true }),
    durationDays: doublePrecision("duration_days"),
    /**
     * The account's current owner, copied by database triggers (see migration
     * 0002): set on insert and rewritten on every row of the account when the
     * owner changes. Lets per-owner timing read transitions without a join.
     */
    ownerId: uuid("owner_id"),
  },
  (t) => [
    index("stage_transitions_account_idx").on(t.accountId, t.at),
    // Covering indexes: the dashboards read these columns by index-only scans.
    index("stage_transitions_to_stage_idx").on(t.toStage, t.at, t.kind, t.ownerId, t.accountId),
    index("stage_transitions_exited_idx").on(
      t.toStage,
      t.exitedAt,
      t.durationDays,
      t.ownerId,
      t.accountId,
    ),
    // Per-owner timing probes each owner × stage range (dashboards-aging.ts).
    index("stage_transitions_owner_exited_idx")
      .on(t.ownerId, t.toStage, t.exitedAt, t.durationDays)
      .where(sql`${t.exitedAt} is not null`),
  ],
);

/** Expected days per pipeline stage (admin-editable); `null` = no limit. */
export const stageSettings = pgTable("stage_settings", {
  stage: pipelineStageEnum("stage").primaryKey(),
  expectedDays: integer("expected_days"),
  version: integer("version").notNull().default(1),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export type StageTransition = typeof stageTransitions.$inferSelect;
