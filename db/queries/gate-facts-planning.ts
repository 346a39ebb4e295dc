import "server-only";
import type { Tx } from "@/db";
import type { GateFacts } from "@/lib/stages/gates";

/** Scope, schedule and cost-plan facts for the gates (filled by the planning workspaces). */
export async function loadPlanningFacts(
  _tx: Tx,
  _accountId: string,
): Promise<Pick<GateFacts, "scope" | "schedule" | "costPlan">> {
  return {};
}
