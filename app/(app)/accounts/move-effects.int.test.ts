import { beforeEach, describe, expect, test } from "vitest";
import { db } from "@/db";
import { accounts, stageTransitions, stakeholders } from "@/db/schema";
import { pipelineBoard } from "@/db/queries/accounts-board";
import { listAccounts } from "@/db/queries/accounts-search";
import { getAccount } from "@/db/queries/accounts";
import { drops, timeInStage } from "@/db/queries/dashboards";
import { accountHistory, accountTransitions } from "@/db/queries/history";
import { createUser, truncateAll } from "@/db/testing/fixtures";
import { signInAs } from "@/db/testing/session";
import { addDays, todayIn } from "@/lib/dates";
import { env } from "@/lib/env";
import { moveStageAction } from "./stage-actions";

/**
 * The move action answers with its result only (no page render, no path revalidation):
 * what a user sees next — the board, the account list, the account page and the
 * dashboards — is read fresh from the database, so each shows the move at once.
 */

type User = Awaited<ReturnType<typeof createUser>>;
let manager: User;
let colleague: User;
const DAY = 86_400_000;

async function readyAccount(name: string, owner: User, daysAgo: number) {
  const at = new Date(Date.now() - daysAgo * DAY);
  const [row] = await db
    .insert(accounts)
    .values({ code: `n0101${name.length}${daysAgo}`, name, ownerId: owner.id, stageEnteredAt: at })
    .returning({ id: accounts.id });
  await db
    .insert(stageTransitions)
    .values({ accountId: row!.id, toStage: "stakeholders", kind: "create", at });
  await db
    .insert(stakeholders)
    .values({ accountId: row!.id, side: "customer", name: "刘总", decisionRole: "decision_maker" });
  return row!.id;
}

const today = () => todayIn(env.PCRM_TIME_ZONE, new Date());
const lastWeek = () => ({ from: addDays(today(), -7), to: today() });

beforeEach(async () => {
  await truncateAll();
  manager = await createUser("manager");
  colleague = await createUser("manager");
  signInAs(manager.id);
});

describe("after a stage move", () => {
  test("the board, the list and the account page show the account in its new stage", async () => {
    const id = await readyAccount("华彩科技", manager, 12);
    await readyAccount("同事的客户", colleague, 3);
    const moved = await moveStageAction({ id, from: "stakeholders", to: "evaluation" });
    expect(moved).toMatchObject({ ok: true, data: { stage: "evaluation", kind: "forward" } });

    const board = await pipelineBoard({ actor: manager, filters: {} });
    expect(board.counts).toEqual([{ stage: "evaluation", count: 1, overdue: 0 }]);
    expect(board.cards.map((c) => [c.name, c.stage])).toEqual([["华彩科技", "evaluation"]]);

    const inEvaluation = await listAccounts({ actor: manager, filters: { stage: "evaluation" } });
    expect(inEvaluation.rows.map((r) => r.name)).toEqual(["华彩科技"]);
    const waiting = await listAccounts({ actor: manager, filters: { stage: "stakeholders" } });
    expect(waiting.rows).toEqual([]);
    const searched = await listAccounts({ actor: manager, filters: { q: "华彩" } });
    expect(searched.rows.map((r) => r.stage)).toEqual(["evaluation"]);

    const page = await getAccount({ actor: manager, id });
    expect(page?.account).toMatchObject({ stage: "evaluation", version: 2 });
    const stays = await accountTransitions({ actor: manager, accountId: id });
    expect(stays.map((s) => [s.toStage, s.exitedAt === null])).toEqual([
      ["stakeholders", false],
      ["evaluation", true],
    ]);
    expect(stays[0]!.durationDays).toBeCloseTo(12, 1);
    const history = await accountHistory({ actor: manager, accountId: id });
    expect(history[0]).toMatchObject({
      action: "move",
      before: { stage: "stakeholders" },
      after: { stage: "evaluation", kind: "forward" },
    });
  });

  test("the dashboards count the finished stay and a drop", async () => {
    const id = await readyAccount("远景物流", manager, 5);
    const before = await timeInStage({ actor: manager, filters: lastWeek() });
    expect(before.stages.find((s) => s.stage === "stakeholders")?.stays).toBe(0);

    await moveStageAction({ id, from: "stakeholders", to: "evaluation" });
    const after = await timeInStage({ actor: manager, filters: lastWeek() });
    const stakeholdersStay = after.stages.find((s) => s.stage === "stakeholders")!;
    expect(stakeholdersStay.stays).toBe(1);
    expect(stakeholdersStay.timing?.median).toBeCloseTo(5, 1);

    const dropped = await moveStageAction({
      id,
      from: "evaluation",
      to: "dropped",
      reason: "预算取消",
    });
    expect(dropped).toMatchObject({ ok: true, data: { stage: "dropped", kind: "drop" } });
    const report = await drops({ actor: manager, filters: lastWeek() });
    expect(report.total).toBe(1);
    expect(report.reasons).toEqual([{ reason: "预算取消", count: 1 }]);
    // A colleague's dashboards do not see the manager's account move at all.
    expect((await drops({ actor: colleague, filters: lastWeek() })).total).toBe(0);
  });
});
