import "server-only";
import { and, desc, eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db";
import { evaluations, requirementDocVersions } from "@/db/schema";
import type { RequirementDocContent } from "@/lib/requirements/model";
import type { GateFacts } from "@/lib/stages/gates";

type InitiationFacts = Pick<GateFacts, "evaluation" | "requirements">;

/** The latest evaluation decides the gate: a re-evaluation in progress blocks until it is approved. */
async function evaluationFacts(tx: Tx, accountId: string): Promise<InitiationFacts["evaluation"]> {
  const [latest] = await tx
    .select({
      status: evaluations.status,
      recommendation: evaluations.recommendation,
      complete: evaluations.complete,
    })
    .from(evaluations)
    .where(eq(evaluations.accountId, accountId))
    .orderBy(desc(evaluations.createdAt), desc(evaluations.id))
    .limit(1);
  if (!latest) return null;
  // An incomplete evaluation has no recommendation yet; "incomplete" already blocks the gate,
  // so it is not also reported as a no-go.
  return { ...latest, recommendation: latest.recommendation ?? "go" };
}

/** What the gate counts as a prioritized requirement: neither rejected nor deferred ("won't"). */
export function requirementFacts(content: RequirementDocContent, approved: boolean) {
  return {
    approved,
    hasObjectives: (content.sections.objectives ?? "").trim() !== "",
    hasScopeStatement: (content.sections.scopeStatement ?? "").trim() !== "",
    prioritizedRequirementCount: content.requirements.filter(
      (r) => r.status !== "rejected" && r.priority !== "wont",
    ).length,
  };
}

/**
 * The latest approved (or frozen) version; without one, the latest version as
 * "not approved" so the refusal names what is missing rather than "no document".
 */
async function requirementsFacts(
  tx: Tx,
  accountId: string,
): Promise<InitiationFacts["requirements"]> {
  const [approved] = await tx
    .select({ content: requirementDocVersions.content })
    .from(requirementDocVersions)
    .where(
      and(
        eq(requirementDocVersions.accountId, accountId),
        inArray(requirementDocVersions.status, ["approved", "frozen"]),
      ),
    )
    .orderBy(desc(requirementDocVersions.number))
    .limit(1);
  if (approved) return requirementFacts(approved.content, true);
  const [latest] = await tx
    .select({ content: requirementDocVersions.content })
    .from(requirementDocVersions)
    .where(eq(requirementDocVersions.accountId, accountId))
    .orderBy(desc(requirementDocVersions.number))
    .limit(1);
  return latest ? requirementFacts(latest.content, false) : null;
}

/** Evaluation and requirements facts for the gates, read inside the move's transaction. */
export async function loadInitiationFacts(tx: Tx, accountId: string): Promise<InitiationFacts> {
  const [evaluation, requirements] = await Promise.all([
    evaluationFacts(tx, accountId),
    requirementsFacts(tx, accountId),
  ]);
  return { evaluation, requirements };
}
