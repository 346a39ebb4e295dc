import { and, eq } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import zh from "@/messages/schedule/zh-CN.json" with { type: "json" };
import {
  COATINGS_SCHEDULE_TEMPLATE,
  DEFAULT_SCHEDULE_TEMPLATE,
  materialiseScheduleTemplate,
  type DefaultScheduleTemplate,
} from "@/lib/schedule/default-templates";
import * as schema from "../schema";

/** The app's client, a transaction or the seed script's client: anything that can select and insert. */
type AnyDb = PgDatabase<PgQueryResultHKT, typeof schema>;

/** Looks a dotted key up in the Chinese schedule catalog; templates are seeded in Chinese. */
function zhText(key: string): string {
  const value = key
    .split(".")
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], zh);
  return typeof value === "string" ? value : key;
}

function templateRow(template: DefaultScheduleTemplate, industryId: number | null) {
  const data = materialiseScheduleTemplate(template, zhText);
  return {
    name: data.name,
    industryId,
    targetDaysToOrder: data.targetDaysToOrder,
    steps: data.steps,
    isDefault: template.industry === null,
  };
}

/**
 * The seed's default template (any industry) and the coatings template (about
 * 90 days to an order). Idempotent: each is added only while missing, so
 * templates edited by a director are never overwritten.
 */
export async function seedScheduleTemplates(db: AnyDb): Promise<void> {
  const [anyDefault] = await db
    .select({ id: schema.scheduleTemplates.id })
    .from(schema.scheduleTemplates)
    .where(eq(schema.scheduleTemplates.isDefault, true))
    .limit(1);
  if (!anyDefault) {
    await db.insert(schema.scheduleTemplates).values(templateRow(DEFAULT_SCHEDULE_TEMPLATE, null));
  }
  const industryCode = COATINGS_SCHEDULE_TEMPLATE.industry;
  if (!industryCode) return;
  const [industry] = await db
    .select({ id: schema.referenceItems.id })
    .from(schema.referenceItems)
    .where(
      and(eq(schema.referenceItems.kind, "industry"), eq(schema.referenceItems.code, industryCode)),
    );
  // Without the industry in the reference data there is nothing to attach the template to.
  if (!industry) return;
  const [existing] = await db
    .select({ id: schema.scheduleTemplates.id })
    .from(schema.scheduleTemplates)
    .where(eq(schema.scheduleTemplates.industryId, industry.id))
    .limit(1);
  if (!existing) {
    await db
      .insert(schema.scheduleTemplates)
      .values(templateRow(COATINGS_SCHEDULE_TEMPLATE, industry.id));
  }
}
