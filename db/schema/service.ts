import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import {
  ESCALATION_TARGETS,
  SERVICE_CHANNELS,
  SERVICE_PRIORITIES,
  SERVICE_STATUSES,
  SERVICE_TYPES,
  SLA_CLOCKS,
} from "@/lib/service/types";
import { accounts } from "./accounts";
import { stakeholders } from "./stakeholders";
import { users } from "./users";

export const serviceChannelEnum = pgEnum("service_channel", SERVICE_CHANNELS);
export const serviceTypeEnum = pgEnum("service_type", SERVICE_TYPES);
export const servicePriorityEnum = pgEnum("service_priority", SERVICE_PRIORITIES);
export const serviceStatusEnum = pgEnum("service_status", SERVICE_STATUSES);
export const escalationTargetEnum = pgEnum("escalation_target", ESCALATION_TARGETS);
export const slaClockEnum = pgEnum("sla_clock", SLA_CLOCKS);

const at = (name: string) => timestamp(name, { withTimezone: true });

/**
 * A service request (服务反馈单, seed 002): an enquiry, complaint, repair or
 * suggestion from a customer, with its SLA clocks (lib/service/sla.ts). The budgets
 * are copied from the SLA policy when the request is created or its type or
 * priority changes; `slaUsedSeconds` is the working time used before
 * `slaRunningSince` (null while paused or stopped). `nextEscalationAt` is when the
 * escalation sweep next has a step to fire (null: nothing left or clock not running).
 */
export const serviceRequests = pgTable(
  "service_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    accountId: uuid("account_id")
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    subject: text("subject").notNull(),
    receivedAt: at("received_at").notNull(),
    product: text("product").notNull().default(""),
    contactId: uuid("contact_id").references(() => stakeholders.id, { onDelete: "set null" }),
    channel: serviceChannelEnum("channel").notNull(),
    type: serviceTypeEnum("type").notNull(),
    priority: servicePriorityEnum("priority").notNull().default("normal"),
    description: text("description").notNull().default(""),
    resolution: text("resolution").notNull().default(""),
    status: serviceStatusEnum("status").notNull().default("new"),
    firstRespondedAt: at("first_responded_at"),
    resolvedAt: at("resolved_at"),
    closedAt: at("closed_at"),
    ownerId: uuid("owner_id").references(() => users.id),
    createdById: uuid("created_by_id").references(() => users.id),
    slaFirstResponseHours: integer("sla_first_response_hours").notNull(),
    slaResolutionHours: integer("sla_resolution_hours").notNull(),
    slaUsedSeconds: integer("sla_used_seconds").notNull().default(0),
    slaRunningSince: at("sla_running_since"),
    pausedSince: at("paused_since"),
    firstResponseDueAt: at("first_response_due_at").notNull(),
    resolutionDueAt: at("resolution_due_at"),
    nextEscalationAt: at("next_escalation_at"),
    version: integer("version").notNull().default(1),
    createdAt: at("created_at").notNull().defaultNow(),
    updatedAt: at("updated_at")
      .notNull()
      .defaultNow()
      .$onUpdate(() => sql`now()`),
  },
  (t) => [
    index("service_requests_account_idx").on(t.accountId, t.receivedAt.desc(), t.id),
    // Deleting a contact sets its requests' contact to null (one look-up, not a scan).
    index("service_requests_contact_idx")
      .on(t.contactId)
      .where(sql`${t.contactId} is not null`),
    index("service_requests_received_idx").on(t.receivedAt.desc(), t.id),
    index("service_requests_owner_idx").on(t.ownerId, t.status),
    index("service_requests_status_idx").on(t.status, t.receivedAt.desc()),
    index("service_requests_escalation_idx")
      .on(t.nextEscalationAt)
      .where(sql`${t.nextEscalationAt} is not null`),
    index("service_requests_subject_trgm_idx").using("gin", sql`${t.subject} gin_trgm_ops`),
    // Characters and character pairs of the subject (migration 0003's function), so a
    // Chinese search of two characters is an index lookup, as on the account list.
    index("service_requests_subject_grams_idx").using("gin", sql`account_name_grams(${t.subject})`),
  ],
);

/** SLA policy as data: working-hour budgets per type × priority (admins and directors edit). */
export const slaPolicies = pgTable(
  "sla_policies",
  {
    type: serviceTypeEnum("type").notNull(),
    priority: servicePriorityEnum("priority").notNull(),
    firstResponseHours: integer("first_response_hours").notNull(),
    resolutionHours: integer("resolution_hours").notNull(),
    version: integer("version").notNull().default(1),
    updatedAt: at("updated_at").notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.type, t.priority] }),
    check(
      "sla_policies_hours",
      sql`${t.firstResponseHours} between 1 and 2000
      and ${t.resolutionHours} between 1 and 2000`,
    ),
  ],
);

/** The escalation ladder as data (lib/service/escalation.ts). */
export const escalationSteps = pgTable(
  "escalation_steps",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    position: integer("position").notNull().unique(),
    clock: slaClockEnum("clock").notNull().default("resolution"),
    thresholdPercent: integer("threshold_percent").notNull(),
    extraHours: integer("extra_hours").notNull().default(0),
    target: escalationTargetEnum("target").notNull(),
    active: boolean("active").notNull().default(true),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    check(
      "escalation_steps_threshold",
      sql`${t.thresholdPercent} between 1 and 1000
      and ${t.extraHours} between 0 and 2000`,
    ),
  ],
);

/**
 * Append-only log of fired escalation steps: one row per (request, step), so a step
 * fires at most once however many sweeps run. Only the acknowledgement is filled in later.
 */
export const escalationLog = pgTable(
  "escalation_log",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    requestId: uuid("request_id")
      .notNull()
      .references(() => serviceRequests.id, { onDelete: "cascade" }),
    accountId: uuid("account_id")
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    stepId: uuid("step_id")
      .notNull()
      .references(() => escalationSteps.id),
    target: escalationTargetEnum("target").notNull(),
    /** The clock the step watched when it fired (kept if the step is edited later). */
    clock: slaClockEnum("clock").notNull().default("resolution"),
    firedAt: at("fired_at").notNull(),
    usedSeconds: integer("used_seconds").notNull(),
    notifiedUserIds: uuid("notified_user_ids")
      .array()
      .notNull()
      .default(sql`'{}'`),
    acknowledgedById: uuid("acknowledged_by_id").references(() => users.id),
    acknowledgedAt: at("acknowledged_at"),
  },
  (t) => [
    uniqueIndex("escalation_log_request_step_idx").on(t.requestId, t.stepId),
    // The account delete's cascade looks rows up by account (else a scan per account).
    index("escalation_log_account_idx").on(t.accountId),
  ],
);

export type ServiceRequest = typeof serviceRequests.$inferSelect;
export type EscalationLogRow = typeof escalationLog.$inferSelect;
