import { eq } from "drizzle-orm";
import { db } from "@/db";
import { evaluations } from "@/db/schema";
import { ensureDefaultScorecardTemplate } from "@/db/seed/built-ins";
import { DEFAULT_SCORECARD_TEMPLATE } from "@/lib/scorecard/default-template";
import type { CriterionAnswer } from "@/lib/scorecard/scoring";
import { startEvaluationAction } from "@/app/(app)/accounts/[id]/evaluation/actions";

/** Every default criterion at `score`, with evidence everywhere. */
export function answersAll(score: number): Record<string, CriterionAnswer> {
  return Object.fromEntries(
    DEFAULT_SCORECARD_TEMPLATE.criteria.map((c) => [
      c.key,
      { score, evidence: `${c.key}：客户已提供书面材料` },
    ]),
  );
}

export async function startEvaluation(accountId: string) {
  await ensureDefaultScorecardTemplate(db);
  const result = await startEvaluationAction({ accountId });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data.id;
}

export const evaluationRow = async (id: string) =>
  (await db.select().from(evaluations).where(eq(evaluations.id, id)))[0]!;
