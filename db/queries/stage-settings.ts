import "server-only";
import { db } from "@/db";
import { stageSettings } from "@/db/schema";

/** Saved stage limits with their versions (stages without a row use the defaults, version 0). */
export async function listStageSettings() {
  return db.select().from(stageSettings);
}
