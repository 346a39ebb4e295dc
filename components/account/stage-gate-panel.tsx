import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { readGateFacts } from "@/db/queries/gate-facts";
import { checkGate } from "@/lib/stages/gates";
import { nextStage, type PipelineStage, type Stage } from "@/lib/stages/stages";
import { AdvanceButton } from "./advance-button";

type WorkspaceStage = Exclude<PipelineStage, "stakeholders" | "execution">;

/** Per workspace: where moving on leads, and the namespace of its wording. */
const WORKSPACE: Record<WorkspaceStage, { next: (id: string) => string; messages: string }> = {
  evaluation: { next: (id) => `/accounts/${id}/requirements`, messages: "scorecard.workspace" },
  requirements: { next: (id) => `/accounts/${id}/scope`, messages: "scorecard.workspace" },
  scope: { next: (id) => `/accounts/${id}/schedule`, messages: "scope.planning" },
  schedule: { next: (id) => `/accounts/${id}/cost`, messages: "scope.planning" },
  cost_plan: { next: (id) => `/accounts/${id}`, messages: "scope.planning" },
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
  stage: WorkspaceStage;
  canMove: boolean;
}) {
  const next = nextStage(stage);
  if (account.stage !== stage || !next) return null;
  const [reasons, t, tAll] = await Promise.all([
    readGateFacts(account).then((facts) => checkGate(stage, facts)),
    getTranslations(WORKSPACE[stage].messages),
    getTranslations(),
  ]);
  const nextName = tAll(`stages.stage.${next}`);
  // The two catalogs name the stage `stage` and `name`; both are given.
  const params = { stage: nextName, name: nextName };
  if (reasons.length > 0) {
    return (
      <Alert tone="warning" className="no-print mb-6">
        <p className="font-medium">{t("gateMissing", params)}</p>
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
      className="no-print mb-6 flex flex-wrap items-center justify-between gap-2"
    >
      <span>{t("gateReady", params)}</span>
      {canMove ? (
        <AdvanceButton
          accountId={account.id}
          from={stage}
          to={next}
          label={tAll("stages.moveTo", { stage: nextName })}
          nextHref={WORKSPACE[stage].next(account.id)}
        />
      ) : null}
    </Alert>
  );
}
