import "server-only";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { db, type Tx } from "@/db";
import {
  accounts,
  referenceItems,
  scheduleBaselines,
  schedules,
  scheduleSteps,
  scheduleTemplates,
  users,
} from "@/db/schema";
import type { Actor } from "@/lib/policy";
import { visibleAccounts } from "./visibility";

/** An account's schedule with its steps in order and its saved baselines, or null. */
export async function getSchedule({ actor, accountId }: { actor: Actor; accountId: string }) {
  const [row] = await db
    .select({ schedule: schedules, templateName: scheduleTemplates.name })
    .from(schedules)
    .innerJoin(accounts, eq(accounts.id, schedules.accountId))
    .leftJoin(scheduleTemplates, eq(scheduleTemplates.id, schedules.templateId))
    .where(and(eq(schedules.accountId, accountId), visibleAccounts(actor)));
  if (!row) return null;
  const [steps, baselines] = await Promise.all([
    db
      .select()
      .from(scheduleSteps)
      .where(eq(scheduleSteps.scheduleId, row.schedule.id))
      .orderBy(asc(scheduleSteps.position)),
    db
      .select({
        id: scheduleBaselines.id,
        number: scheduleBaselines.number,
        name: scheduleBaselines.name,
        steps: scheduleBaselines.steps,
        savedAt: scheduleBaselines.savedAt,
        savedByName: users.name,
      })
      .from(scheduleBaselines)
      .leftJoin(users, eq(users.id, scheduleBaselines.savedById))
      .where(eq(scheduleBaselines.scheduleId, row.schedule.id))
      .orderBy(asc(scheduleBaselines.number)),
  ]);
  return { ...row, steps, baselines };
}
export type ScheduleDetail = NonNullable<Awaited<ReturnType<typeof getSchedule>>>;

const templateColumns = {
  id: scheduleTemplates.id,
  name: scheduleTemplates.name,
  industryId: scheduleTemplates.industryId,
  industryCode: referenceItems.code,
  industryEn: referenceItems.nameEn,
  industryZh: referenceItems.nameZh,
  targetDaysToOrder: scheduleTemplates.targetDaysToOrder,
  steps: scheduleTemplates.steps,
  isDefault: scheduleTemplates.isDefault,
  active: scheduleTemplates.active,
  version: scheduleTemplates.version,
  updatedAt: scheduleTemplates.updatedAt,
};

/** Schedule templates, the default first; templates are shared, so any signed-in user may read them. */
export async function listScheduleTemplates({ activeOnly = false }: { activeOnly?: boolean } = {}) {
  return db
    .select(templateColumns)
    .from(scheduleTemplates)
    .leftJoin(referenceItems, eq(referenceItems.id, scheduleTemplates.industryId))
    .where(activeOnly ? eq(scheduleTemplates.active, true) : undefined)
    .orderBy(
      desc(scheduleTemplates.active),
      desc(scheduleTemplates.isDefault),
      asc(scheduleTemplates.name),
    );
}
export type ScheduleTemplateRow = Awaited<ReturnType<typeof listScheduleTemplates>>[number];

export async function getScheduleTemplate(id: string) {
  const [row] = await db
    .select(templateColumns)
    .from(scheduleTemplates)
    .leftJoin(referenceItems, eq(referenceItems.id, scheduleTemplates.industryId))
    .where(eq(scheduleTemplates.id, id));
  return row ?? null;
}

/**
 * The template an account's schedule starts from: the one for its industry,
 * else the default, else any active one (the action ensures the built-ins first).
 */
export async function templateForIndustry(tx: Tx, industryId: number | null) {
  const [template] = await tx
    .select()
    .from(scheduleTemplates)
    .where(eq(scheduleTemplates.active, true))
    .orderBy(
      sql`(${scheduleTemplates.industryId} = ${industryId ?? -1}) is true desc`,
      desc(scheduleTemplates.isDefault),
      sql`${scheduleTemplates.industryId} is null desc`,
      asc(scheduleTemplates.createdAt),
    )
    .limit(1);
  return template ?? null;
}
