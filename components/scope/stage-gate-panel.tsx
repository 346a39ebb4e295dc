import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { db } from "@/db";
import { loadGateFacts } from "@/db/queries/gate-facts";
import { checkGate } from "@/lib/stages/gates";
import { nextStage, type Stage } from "@/lib/stages/stages";
import { AdvanceButton } from "./advance-button";

type PlanningStage = "scope" | "schedule" | "cost_plan";

const NEXT_HREF: Record<PlanningStage, (id: string) => string> = {
  scope: (id) => `/accounts/${id}/schedule`,
  schedule: (id) => `/accounts/${id}/cost`,
  cost_plan: (id) => `/accounts/${id}`,
};

/**
 * While the account is in this workspace's stage: what its gate still misses,
 * or a button to move on. Reads the same facts the move itself checks.
 */
export async function StageGatePanel({
  account,
  stage,
  canMove,
}: {
  account: { id: string; ownerId: string | null; stage: Stage };
  stage: PlanningStage;
  canMove: boolean;
}) {
  const next = nextStage(stage);
  if (account.stage !== stage || !next) return null;
  const [reasons, t, tAll] = await Promise.all([
    db.transaction(async (tx) => checkGate(stage, await loadGateFacts(tx, account))),
    getTranslations("scope.planning"),
    getTranslations(),
  ]);
  const nextName = tAll(`stages.stage.${next}`);
  if (reasons.length > 0) {
    return (
      <Alert tone="warning" className="mb-6 print:hidden">
        <p className="font-medium">{t("gateMissing", { name: nextName })}</p>
        <ul className="mt-1 list-disc pl-5">
          {reasons.map((r) => (
            <li key={r.code}>{tAll(`stages.${r.code}`, r.params)}</li>
          ))}
        </ul>
      </Alert>
    );
  }
  return (
    <Alert
      tone="success"
      className="mb-6 flex flex-wrap items-center justify-between gap-2 print:hidden"
    >
      <span>{t("gateReady", { name: nextName })}</span>
      {canMove ? (
        <AdvanceButton
          accountId={account.id}
          from={stage}
          to={next}
          label={t("advance", { name: nextName })}
          nextHref={NEXT_HREF[stage](account.id)}
        />
      ) : null}
    </Alert>
  );
}
