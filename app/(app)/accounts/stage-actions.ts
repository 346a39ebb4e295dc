"use server";
import { and, eq, isNull, sql } from "drizzle-orm";
import { accounts, stageTransitions } from "@/db/schema";
import { loadGateFacts } from "@/db/queries/gate-facts";
import { onAccount } from "@/lib/actions/account-policy";
import { authedAction } from "@/lib/actions/action";
import { ActionError } from "@/lib/actions/errors";
import { applyMoveToChurnCase } from "@/lib/churn/record";
import { refreshAccountForecast } from "@/lib/jobs/account-forecasts";
import { planMove } from "@/lib/stages/machine";
import { createTriggeredTask } from "@/lib/tasks/triggered";
import { moveStageSchema } from "@/lib/validations/account";

/**
 * Moves an account to another stage. The account row is locked by the policy, so two
 * concurrent moves serialize; the second sees a stage different from the one its user
 * saw and is refused as a conflict. The open transition row gets its exit time and
 * duration in the same transaction as the new row. It answers with its result only.
 */
export const moveStageAction = authedAction({
  schema: moveStageSchema,
  policy: onAccount("stage.move"),
  run: async ({ tx, user, input, audit, afterCommit }) => {
    const [account] = await tx.select().from(accounts).where(eq(accounts.id, input.id));
    if (!account) throw new ActionError("not_found", "common.errors.notFound");
    if (account.stage !== input.from) {
      throw new ActionError("conflict", "accounts.errors.stageChanged", { stage: account.stage });
    }
    const plan = planMove({
      from: account.stage,
      to: input.to,
      facts: await loadGateFacts(tx, account),
      actor: user,
      reason: input.reason,
      override: input.override,
      churnType: input.churnType,
    });
    if (!plan.ok) {
      throw new ActionError(
        "refused",
        "accounts.errors.moveRefused",
        undefined,
        plan.reasons.map((r) => ({ key: `stages.${r.code}`, params: r.params })),
      );
    }
    const now = new Date();
    await tx
      .update(stageTransitions)
      .set({
        exitedAt: now,
        durationDays: sql`extract(epoch from (${now.toISOString()}::timestamptz - ${stageTransitions.at})) / 86400`,
      })
      .where(and(eq(stageTransitions.accountId, account.id), isNull(stageTransitions.exitedAt)));
    const [transition] = await tx
      .insert(stageTransitions)
      .values({
        accountId: account.id,
        fromStage: account.stage,
        toStage: input.to,
        kind: plan.kind,
        at: now,
        byId: user.id,
        note: input.reason,
        override: plan.override,
        churnType: plan.kind === "churn" ? input.churnType : null,
      })
      .returning({ id: stageTransitions.id });
    const outcome = plan.kind === "drop" || plan.kind === "churn";
    const [updated] = await tx
      .update(accounts)
      .set({
        stage: input.to,
        stageEnteredAt: now,
        churnType: plan.kind === "churn" ? input.churnType : null,
        outcomeReason: outcome ? input.reason : null,
        version: sql`${accounts.version} + 1`,
      })
      .where(eq(accounts.id, account.id))
      .returning({ version: accounts.version });
    await audit({
      entity: "account",
      entityId: account.id,
      accountId: account.id,
      action: "move",
      before: { stage: account.stage },
      after: { stage: input.to, kind: plan.kind, override: plan.override, note: input.reason },
    });
    await applyMoveToChurnCase(
      tx,
      {
        accountId: account.id,
        kind: plan.kind,
        from: account.stage,
        at: now,
        actorId: user.id,
        churnType: input.churnType,
        lostYearlyRevenueMinor: input.lostYearlyRevenue,
        evidence: input.evidence,
        note: input.reason,
      },
      audit,
    );
    // The board's and the list's stored forecast, for the new stay (kept out of the
    // move's transaction: it reads only the cached histograms and writes one row).
    afterCommit(() => refreshAccountForecast(account.id, now));
    if (input.to === "execution") {
      await createTriggeredTask(tx, "account_entered_execution", {
        accountId: account.id,
        sourceId: String(transition!.id),
        at: now,
        actorId: user.id,
      });
    }
    return {
      stage: input.to,
      kind: plan.kind,
      override: plan.override,
      version: updated!.version,
      transitionId: transition!.id,
    };
  },
  // No `revalidate`: revalidating a path makes Next.js render the page the move was
  // posted from into the action's response (63–69 KB, ~40 ms of CPU). Every page that
  // shows an account is dynamic (nothing is cached on the server), so lists and
  // dashboards are read fresh on the next navigation; the page that moved refreshes
  // itself (`router.refresh()`: the board, the account page), which also clears the
  // browser's back/forward copies of earlier pages. (Expiring a Next.js cache tag here,
  // `updateTag` or `revalidateTag` without a lasting profile, would bring the render back.)
});
