import { eq, sql } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
// The attribute lets plain Node ESM loaders (Playwright, tsx) import the catalog, as bundlers do.
import zh from "@/messages/scorecard/zh-CN.json" with { type: "json" };
import { materialiseDefaultTemplate } from "@/lib/scorecard/default-template";
import * as schema from "../schema";

/** The app's client, a transaction or the seed script's client. */
type AnyDb = PgDatabase<PgQueryResultHKT, typeof schema>;

/** Looks a dotted key up in the Chinese scorecard catalog; the default template is seeded in Chinese. */
function zhText(key: string): string {
  const value = key
    .split(".")
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], zh);
  return typeof value === "string" ? value : key;
}

/**
 * Creates the default scorecard template with its version 1 unless a default
 * already exists. Idempotent and safe to run concurrently (advisory lock), so
 * pages and actions may call it lazily on a fresh database.
 */
export async function seedDefaultScorecardTemplate(db: AnyDb): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('pcrm.scorecard.default'))`);
    const [existing] = await tx
      .select({ id: schema.scorecardTemplates.id })
      .from(schema.scorecardTemplates)
      .where(eq(schema.scorecardTemplates.isDefault, true))
      .limit(1);
    if (existing) return;
    const definition = materialiseDefaultTemplate(zhText);
    const [template] = await tx
      .insert(schema.scorecardTemplates)
      .values({ name: definition.name, isDefault: true, active: true })
      .returning({ id: schema.scorecardTemplates.id });
    const [version] = await tx
      .insert(schema.scorecardTemplateVersions)
      .values({ templateId: template!.id, number: 1, definition })
      .returning({ id: schema.scorecardTemplateVersions.id });
    await tx
      .update(schema.scorecardTemplates)
      .set({ currentVersionId: version!.id })
      .where(eq(schema.scorecardTemplates.id, template!.id));
  });
}
