import { eq, sql } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import * as schema from "../schema";
import { DEFAULT_LADDER, DEFAULT_SLA_POLICY } from "@/lib/service/defaults";
import { seedScheduleTemplates } from "./schedule-templates";
import { seedDefaultScorecardTemplate } from "./scorecards";
import { DEFAULT_TRIGGER_SETTINGS } from "@/lib/tasks/triggers";
import { DEFAULT_SURVEY_TEMPLATE } from "@/lib/surveys/default-template";

/** The app's client, a transaction or the migrate/seed scripts' client. */
type AnyDb = PgDatabase<PgQueryResultHKT, typeof schema>;

/**
 * Runs `seed` once: when `present` says the records are missing, in one transaction
 * under a transaction-scoped advisory lock on `key`, checking again inside, so a
 * concurrent caller waits and then sees every record, never half of them.
 */
async function seedOnce(
  db: AnyDb,
  key: string,
  present: (db: AnyDb) => Promise<boolean>,
  seed: (db: AnyDb) => Promise<void>,
) {
  if (await present(db)) return;
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`pcrm.seed.${key}`}))`);
    if (!(await present(tx))) await seed(tx);
  });
}

const hasDefaultScorecard = async (db: AnyDb) =>
  (
    await db
      .select({ id: schema.scorecardTemplates.id })
      .from(schema.scorecardTemplates)
      .where(eq(schema.scorecardTemplates.isDefault, true))
      .limit(1)
  ).length > 0;

const hasActiveScheduleTemplate = async (db: AnyDb) =>
  (
    await db
      .select({ id: schema.scheduleTemplates.id })
      .from(schema.scheduleTemplates)
      .where(eq(schema.scheduleTemplates.active, true))
      .limit(1)
  ).length > 0;

/** The default scorecard template, for an action about to start an evaluation. */
export const ensureDefaultScorecardTemplate = (db: AnyDb) =>
  seedOnce(db, "scorecard-default", hasDefaultScorecard, seedDefaultScorecardTemplate);

/** The built-in schedule templates, for an action about to generate a schedule. */
export const ensureScheduleTemplates = (db: AnyDb) =>
  seedOnce(db, "schedule-templates", hasActiveScheduleTemplate, seedScheduleTemplates);

/**
 * Every known return-visit trigger as a row (7-day window, on), so the admin page
 * lists what is in force; keys added by later features are inserted, saved rows kept.
 */
export async function seedReturnVisitTriggers(db: AnyDb) {
  await db
    .insert(schema.returnVisitTriggers)
    .values(
      Object.values(DEFAULT_TRIGGER_SETTINGS).map(({ key, windowDays, enabled }) => ({
        key,
        windowDays,
        enabled,
      })),
    )
    .onConflictDoNothing();
}

/** The SLA policy per type × priority and the escalation ladder, when missing (saved rows kept). */
export async function seedServiceDefaults(db: AnyDb) {
  await db.insert(schema.slaPolicies).values(DEFAULT_SLA_POLICY).onConflictDoNothing();
  const [step] = await db
    .select({ id: schema.escalationSteps.id })
    .from(schema.escalationSteps)
    .limit(1);
  if (!step) {
    await db
      .insert(schema.escalationSteps)
      .values(DEFAULT_LADDER.map((s, position) => ({ ...s, position })))
      .onConflictDoNothing();
  }
}

/** The built-in survey template (version 1, current) and the campaign's settings, when missing. */
export async function seedSurveyDefaults(db: AnyDb) {
  await db
    .insert(schema.surveyTemplates)
    .values({ ...DEFAULT_SURVEY_TEMPLATE, version: 1, isCurrent: true })
    .onConflictDoNothing();
  await db.insert(schema.surveyCampaignSettings).values({ id: 1 }).onConflictDoNothing();
}

/**
 * The built-in templates every database needs, demo data or not: run after the
 * migrations (`migrateDatabase`), so no page has to write them while it renders.
 */
export async function seedBuiltIns(db: AnyDb): Promise<void> {
  await ensureDefaultScorecardTemplate(db);
  await ensureScheduleTemplates(db);
  await seedReturnVisitTriggers(db);
  await seedServiceDefaults(db);
  await seedSurveyDefaults(db);
}
