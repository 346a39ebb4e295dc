import "server-only";
import { eq } from "drizzle-orm";
import { db, type Tx } from "@/db";
import { stakeholders } from "@/db/schema";
import type { GateFacts } from "@/lib/stages/gates";
import { loadInitiationFacts } from "./gate-facts-initiation";
import { loadPlanningFacts } from "./gate-facts-planning";

/**
 * What the gates need to know about an account, read inside the move's transaction.
 * Records of workspaces that do not exist yet stay `undefined`, so their gates
 * refuse with "not available yet" instead of passing.
 */
export async function loadGateFacts(
  tx: Tx,
  account: { id: string; ownerId: string | null },
): Promise<GateFacts> {
  const people = await tx
    .select({
      side: stakeholders.side,
      decisionRole: stakeholders.decisionRole,
      isPrimary: stakeholders.isPrimary,
    })
    .from(stakeholders)
    .where(eq(stakeholders.accountId, account.id));
  return {
    ownerId: account.ownerId,
    stakeholders: people,
    ...(await loadInitiationFacts(tx, account.id)),
    ...(await loadPlanningFacts(tx, account.id)),
  };
}

/** The gate facts of an account the caller has already read, for a workspace's gate panel. */
export function readGateFacts(account: { id: string; ownerId: string | null }) {
  return db.transaction((tx) => loadGateFacts(tx, account));
}
