import "server-only";
import { cache } from "react";
import { db, type Tx } from "@/db";
import { stageSettings } from "@/db/schema";
import { DEFAULT_EXPECTED_DAYS, type PipelineStage } from "@/lib/stages/stages";

/** Saved stage limits with their versions (stages without a row use the defaults, version 0). */
export async function listStageSettings() {
  return db.select().from(stageSettings);
}

/** Expected days per pipeline stage, the admin's settings over the defaults. */
export async function getExpectedDays(
  tx: Tx | typeof db = db,
): Promise<Record<PipelineStage, number | null>> {
  const rows = await tx.select().from(stageSettings);
  const result = { ...DEFAULT_EXPECTED_DAYS };
  for (const row of rows) result[row.stage] = row.expectedDays;
  return result;
}

/**
 * getExpectedDays once per server render: the list, the board and the account page
 * read it, and a page can start it before it knows the user.
 */
export const expectedDaysForRequest = cache(() => getExpectedDays());
