import "server-only";
import { eq } from "drizzle-orm";
import { db, type Tx } from "@/db";
import { returnVisitTriggers } from "@/db/schema";
import { RETURN_VISIT_TRIGGERS } from "@/lib/tasks/types";
import { triggerSetting, type TriggerSetting } from "@/lib/tasks/triggers";

/** One trigger's window and on/off: the saved row or the default. */
export async function getTriggerSetting(tx: Tx | typeof db, key: string): Promise<TriggerSetting> {
  const rows = await tx.select().from(returnVisitTriggers).where(eq(returnVisitTriggers.key, key));
  return triggerSetting(key, rows);
}

/** Every known trigger with its setting, for the admin page. */
export async function listTriggerSettings(): Promise<TriggerSetting[]> {
  const rows = await db.select().from(returnVisitTriggers);
  return RETURN_VISIT_TRIGGERS.map((key) => triggerSetting(key, rows));
}
