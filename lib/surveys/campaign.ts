import type { CampaignAudience } from "./types";

export type CampaignContact = {
  id: string;
  accountId: string;
  isPrimary: boolean;
  decisionRole: string;
  createdAt: Date;
};

/**
 * The contacts a campaign surveys among one batch of live accounts' customer-side
 * contacts: the primary contact (or, without one, the account's first contact), the
 * decision makers (or the primary contact when none), or all; minus those already
 * surveyed in the quarter (the quiet period).
 */
export function campaignTargets(
  contacts: readonly CampaignContact[],
  audience: CampaignAudience,
  surveyedThisQuarter: ReadonlySet<string>,
): CampaignContact[] {
  const byAccount = new Map<string, CampaignContact[]>();
  for (const c of contacts) {
    const list = byAccount.get(c.accountId) ?? [];
    list.push(c);
    byAccount.set(c.accountId, list);
  }
  const chosen: CampaignContact[] = [];
  for (const list of byAccount.values()) {
    const ordered = [...list].sort(
      (a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id),
    );
    const primary = ordered.find((c) => c.isPrimary) ?? ordered[0]!;
    let picked: CampaignContact[];
    if (audience === "all_contacts") picked = ordered;
    else if (audience === "decision_makers") {
      const makers = ordered.filter((c) => c.decisionRole === "decision_maker");
      picked = makers.length ? makers : [primary];
    } else picked = [primary];
    chosen.push(...picked.filter((c) => !surveyedThisQuarter.has(c.id)));
  }
  return chosen;
}
