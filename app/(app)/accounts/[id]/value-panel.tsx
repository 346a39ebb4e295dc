import { ChurnPanel } from "@/components/churn/churn-panel";
import { HealthSignals } from "@/components/health/health-signals";
import { accountChurnCases } from "@/db/queries/churn";
import { accountHealthFacts } from "@/db/queries/health";
import { accountClassHistory, getAccountValue } from "@/db/queries/value";
import { AccountValueSection } from "@/components/value/account-value";
import { todayIn } from "@/lib/dates";
import { env } from "@/lib/env";
import { healthOf } from "@/lib/health/signals";
import type { Actor } from "@/lib/policy";

/** The account page's Value tab: value and class, health with its reasons, churn and win-back. */
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
  const [facts, cases, value, history] = await Promise.all([
    accountHealthFacts({ actor: user, accountId, now, today: todayIn(env.PCRM_TIME_ZONE, now) }),
    accountChurnCases({ actor: user, accountId }),
    getAccountValue({ actor: user, accountId }),
    accountClassHistory({ actor: user, accountId }),
  ]);
  return (
    <div className="space-y-8">
      <AccountValueSection
        value={value?.value ?? null}
        abcClass={value?.abcClass ?? null}
        history={history}
      />
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
