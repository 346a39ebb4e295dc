import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import {
  CAMPAIGN_AUDIENCES,
  INVITATION_SOURCES,
  SURVEY_LOCALES,
  type SurveyQuestion,
} from "@/lib/surveys/types";
import { accounts } from "./accounts";
import { serviceRequests } from "./service";
import { stakeholders } from "./stakeholders";
import { users } from "./users";

export const surveyLocaleEnum = pgEnum("survey_locale", SURVEY_LOCALES);
export const campaignAudienceEnum = pgEnum("survey_audience", CAMPAIGN_AUDIENCES);
export const invitationSourceEnum = pgEnum("survey_invitation_source", INVITATION_SOURCES);

const at = (name: string) => timestamp(name, { withTimezone: true });

/**
 * Survey template versions (顾客满意度调查表): an edit is a new version and becomes the
 * current one; invitations and answers keep pointing at the version they used.
 */
export const surveyTemplates = pgTable(
  "survey_templates",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    version: integer("version").notNull().unique(),
    isCurrent: boolean("is_current").notNull().default(false),
    titleEn: text("title_en").notNull(),
    titleZh: text("title_zh").notNull(),
    introEn: text("intro_en").notNull().default(""),
    introZh: text("intro_zh").notNull().default(""),
    csatEn: text("csat_en").notNull(),
    csatZh: text("csat_zh").notNull(),
    npsEn: text("nps_en").notNull(),
    npsZh: text("nps_zh").notNull(),
    commentEn: text("comment_en").notNull(),
    commentZh: text("comment_zh").notNull(),
    questions: jsonb("questions").$type<SurveyQuestion[]>().notNull().default([]),
    createdById: uuid("created_by_id").references(() => users.id),
    createdAt: at("created_at").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("survey_templates_current_idx")
      .on(t.isCurrent)
      .where(sql`${t.isCurrent}`),
  ],
);

/** The quarterly campaign's settings: one row (id 1), edited by directors and admins. */
export const surveyCampaignSettings = pgTable(
  "survey_campaign_settings",
  {
    id: integer("id").primaryKey().default(1),
    enabled: boolean("enabled").notNull().default(true),
    audience: campaignAudienceEnum("audience").notNull().default("primary"),
    version: integer("version").notNull().default(1),
    updatedAt: at("updated_at").notNull().defaultNow(),
  },
  (t) => [check("survey_campaign_settings_one_row", sql`${t.id} = 1`)],
);

/**
 * One personal survey link for one contact. Only the token's SHA-256 is kept
 * (lib/surveys/token.ts). The quiet period is the unique index on contact and quarter:
 * a contact gets at most one link a quarter, however often a campaign or a manager sends.
 */
export const surveyInvitations = pgTable(
  "survey_invitations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tokenHash: text("token_hash").notNull().unique(),
    accountId: uuid("account_id")
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    contactId: uuid("contact_id")
      .notNull()
      .references(() => stakeholders.id, { onDelete: "cascade" }),
    templateId: uuid("template_id")
      .notNull()
      .references(() => surveyTemplates.id),
    quarter: text("quarter").notNull(),
    locale: surveyLocaleEnum("locale").notNull(),
    source: invitationSourceEnum("source").notNull(),
    sentById: uuid("sent_by_id").references(() => users.id),
    sentAt: at("sent_at").notNull(),
    expiresAt: at("expires_at").notNull(),
    remindersSent: smallint("reminders_sent").notNull().default(0),
    lastRemindedAt: at("last_reminded_at"),
    answeredAt: at("answered_at"),
  },
  (t) => [
    uniqueIndex("survey_invitations_contact_quarter_idx").on(t.contactId, t.quarter),
    index("survey_invitations_account_idx").on(t.accountId, t.sentAt.desc()),
    index("survey_invitations_pending_idx")
      .on(t.sentAt)
      .where(sql`${t.answeredAt} is null and ${t.remindersSent} < 2`),
  ],
);

/**
 * An answer, at most one per link. `ownerId` is the account's manager when it was
 * answered (the dashboard's "per manager"); `serviceRequestId` the complaint a
 * detractor answer opened.
 */
export const surveyAnswers = pgTable(
  "survey_answers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    invitationId: uuid("invitation_id")
      .notNull()
      .unique()
      .references(() => surveyInvitations.id, { onDelete: "cascade" }),
    accountId: uuid("account_id")
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    contactId: uuid("contact_id").references(() => stakeholders.id, { onDelete: "set null" }),
    templateId: uuid("template_id")
      .notNull()
      .references(() => surveyTemplates.id),
    ownerId: uuid("owner_id").references(() => users.id),
    quarter: text("quarter").notNull(),
    csat: smallint("csat").notNull(),
    nps: smallint("nps").notNull(),
    extra: jsonb("extra").$type<Record<string, string | number>>().notNull().default({}),
    comment: text("comment").notNull().default(""),
    answeredAt: at("answered_at").notNull(),
    serviceRequestId: uuid("service_request_id").references(() => serviceRequests.id, {
      onDelete: "set null",
    }),
  },
  (t) => [
    index("survey_answers_account_idx").on(t.accountId, t.answeredAt.desc()),
    index("survey_answers_quarter_idx").on(t.quarter, t.ownerId),
    index("survey_answers_answered_idx").on(t.answeredAt),
    index("survey_answers_contact_idx")
      .on(t.contactId)
      .where(sql`${t.contactId} is not null`),
    index("survey_answers_request_idx")
      .on(t.serviceRequestId)
      .where(sql`${t.serviceRequestId} is not null`),
    check("survey_answers_scores", sql`${t.csat} between 1 and 5 and ${t.nps} between 0 and 10`),
  ],
);

export type SurveyTemplate = typeof surveyTemplates.$inferSelect;
export type SurveyInvitation = typeof surveyInvitations.$inferSelect;
export type SurveyAnswer = typeof surveyAnswers.$inferSelect;
