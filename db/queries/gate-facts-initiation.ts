import "server-only";
import type { Tx } from "@/db";
import type { GateFacts } from "@/lib/stages/gates";

/** Evaluation and requirements facts for the gates (filled by the initiation workspaces). */
export async function loadInitiationFacts(
  _tx: Tx,
  _accountId: string,
): Promise<Pick<GateFacts, "evaluation" | "requirements">> {
  return {};
}
