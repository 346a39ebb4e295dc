import { getTranslations } from "next-intl/server";
import { AdvanceButton } from "@/components/scope/advance-button";
import { Alert } from "@/components/ui/alert";
import { db } from "@/db";
import { loadGateFacts } from "@/db/queries/gate-facts";
import { checkGate } from "@/lib/stages/gates";
import { nextStage, type Stage } from "@/lib/stages/stages";

type InitiationStage = "evaluation" | "requirements";

const NEXT_HREF: Record<InitiationStage, (id: string) => string> = {
  evaluation: (id) => `/accounts/${id}/requirements`,
  requirements: (id) => `/accounts/${id}/scope`,
};

/**
 * While the account is in this workspace's stage: what its gate still misses,
 * or a button to move on. Reads the same facts the move itself checks.
 */
export async function InitiationGatePanel({
  account,
  stage,
  canMove,
}: {
  account: { id: string; ownerId: string | null; stage: Stage };
  stage: InitiationStage;
  canMove: boolean;
}) {
  const next = nextStage(stage);
  if (account.stage !== stage || !next) return null;
  const [reasons, t, tAll] = await Promise.all([
    db.transaction(async (tx) => checkGate(stage, await loadGateFacts(tx, account))),
    getTranslations("scorecard.workspace"),
    getTranslations(),
  ]);
  const nextName = tAll(`stages.stage.${next}`);
  if (reasons.length > 0) {
    return (
      <Alert tone="warning" className="no-print mb-6">
        <p className="font-medium">{t("gateMissing", { stage: nextName })}</p>
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
      <span>{t("gateReady", { stage: nextName })}</span>
      {canMove ? (
        <AdvanceButton
          accountId={account.id}
          from={stage}
          to={next}
          label={t("advance", { stage: nextName })}
          nextHref={NEXT_HREF[stage](account.id)}
        />
      ) : null}
    </Alert>
  );
}
