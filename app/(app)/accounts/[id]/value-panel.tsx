import { ChurnPanel } from "@/components/churn/churn-panel";
import { HealthSignals } from "@/components/health/health-signals";
import { accountChurnCases } from "@/db/queries/churn";
import { accountHealthFacts } from "@/db/queries/health";
import { todayIn } from "@/lib/dates";
import { env } from "@/lib/env";
import { healthOf } from "@/lib/health/signals";
import type { Actor } from "@/lib/policy";

/** The account page's Value tab: health with its reasons, then churn and win-back. */
export async function ValuePanel({
  accountId,
  accountStage,
  user,
  canManageChurn,
}: {
  accountId: string;
  accountStage: string;
  user: Actor;
  canManageChurn: boolean;
}) {
  const now = new Date();
  const [facts, cases] = await Promise.all([
    accountHealthFacts({ actor: user, accountId, now, today: todayIn(env.PCRM_TIME_ZONE, now) }),
    accountChurnCases({ actor: user, accountId }),
  ]);
  return (
    <div className="space-y-8">
      {facts ? <HealthSignals health={healthOf(facts, now)} /> : null}
      <ChurnPanel
        accountId={accountId}
        accountStage={accountStage}
        cases={cases}
        canManage={canManageChurn}
      />
    </div>
  );
}
