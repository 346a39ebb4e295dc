import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { db, type Tx } from "@/db";
import { escalationLog, escalationSteps, slaPolicies } from "@/db/schema";
import { DEFAULT_SLA_POLICY } from "@/lib/service/defaults";
import type { LadderStep } from "@/lib/service/escalation";
import type { SlaBudget } from "@/lib/service/sla";
import type { ServicePriority, ServiceType } from "@/lib/service/types";

type Reader = Tx | typeof db;

/** The budget of the SLA policy for `type` × `priority` (the built-in default if the row is missing). */
export async function getSlaBudget(
  tx: Reader,
  type: ServiceType,
  priority: ServicePriority,
): Promise<SlaBudget> {
  const [row] = await tx
    .select({
      firstResponseHours: slaPolicies.firstResponseHours,
      resolutionHours: slaPolicies.resolutionHours,
    })
    .from(slaPolicies)
    .where(and(eq(slaPolicies.type, type), eq(slaPolicies.priority, priority)));
  if (row) return row;
  const fallback = DEFAULT_SLA_POLICY.find((p) => p.type === type && p.priority === priority)!;
  return {
    firstResponseHours: fallback.firstResponseHours,
    resolutionHours: fallback.resolutionHours,
  };
}

/** Every SLA policy row with its version, for the settings page (in type, priority order). */
export async function listSlaPolicies() {
  const rows = await db.select().from(slaPolicies);
  return DEFAULT_SLA_POLICY.map((d) => {
    const saved = rows.find((r) => r.type === d.type && r.priority === d.priority);
    return { ...d, ...saved, version: saved?.version ?? 0 };
  });
}

/** The active escalation ladder. */
export async function getLadder(tx: Reader = db): Promise<LadderStep[]> {
  return tx
    .select({
      id: escalationSteps.id,
      clock: escalationSteps.clock,
      thresholdPercent: escalationSteps.thresholdPercent,
      extraHours: escalationSteps.extraHours,
      target: escalationSteps.target,
    })
    .from(escalationSteps)
    .where(eq(escalationSteps.active, true))
    .orderBy(asc(escalationSteps.position));
}

/** Step ids already fired for one request (read inside an action on that request). */
export async function firedStepIds(tx: Reader, requestId: string): Promise<Set<string>> {
  const rows = await tx
    .select({ stepId: escalationLog.stepId })
    .from(escalationLog)
    .where(eq(escalationLog.requestId, requestId));
  return new Set(rows.map((r) => r.stepId));
}

/** Every step of the ladder, off ones too, in order with their versions (the ladder settings page). */
export async function listLadderSteps() {
  return db.select().from(escalationSteps).orderBy(asc(escalationSteps.position));
}
