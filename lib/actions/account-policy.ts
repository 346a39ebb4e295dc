import "server-only";
import { eq } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import { lockAccountForPolicy } from "@/db/queries/accounts";
import { tasks } from "@/db/schema";
import { can, type PolicyAction } from "@/lib/policy";
import type { Policy } from "./action";

/**
 * Policy for an action on one account (`input[key]` is its id): the row is locked for
 * the transaction; an account the caller may not see is "not found", one they see
 * but may not change is "forbidden".
 */
export const onAccount =
  <I extends Record<string, unknown>>(
    action: PolicyAction,
    key: keyof I & string = "id",
  ): Policy<I> =>
  async ({ user, input, tx }) => {
    const locked = await lockAccountForPolicy(tx, String(input[key]));
    if (!locked) return "not_found";
    const resource = { ownerId: locked.account.ownerId, teamMemberIds: locked.teamMemberIds };
    if (!can(user, "account.read", resource)) return "not_found";
    return can(user, action, resource);
  };

type AccountRecord = PgTable & { id: PgColumn; accountId: PgColumn };

/**
 * Policy for an action on a record of one account (a stakeholder, an activity):
 * the record's account is looked up, then `onAccount` applies. A record that does
 * not exist is "not found".
 */
export const onRecordAccount =
  <I extends { id: string }>(table: AccountRecord, action: PolicyAction): Policy<I> =>
  async (ctx) => {
    const t = table as AccountRecord;
    const [row] = (await ctx.tx
      .select({ accountId: t.accountId })
      .from(t as PgTable)
      .where(eq(t.id, ctx.input.id))) as { accountId: string }[];
    if (!row) return "not_found";
    return onAccount<{ accountId: string }>(
      action,
      "accountId",
    )({
      ...ctx,
      input: { accountId: row.accountId },
    });
  };

/**
 * Policy for an action on a task (`input.id`): its account is locked as in
 * `onAccount`, and the task's assignee counts as well (`task.read`, `task.complete`
 * in lib/policy.ts). A task the caller may not know of is "not found".
 */
export const onTask =
  <I extends { id: string }>(action: PolicyAction): Policy<I> =>
  async ({ user, input, tx }) => {
    const [task] = await tx
      .select({ accountId: tasks.accountId, assigneeId: tasks.assigneeId })
      .from(tasks)
      .where(eq(tasks.id, input.id));
    if (!task) return "not_found";
    const locked = await lockAccountForPolicy(tx, task.accountId);
    if (!locked) return "not_found";
    const resource = {
      ownerId: locked.account.ownerId,
      teamMemberIds: locked.teamMemberIds,
      assigneeId: task.assigneeId,
    };
    if (!can(user, "task.read", resource)) return "not_found";
    return can(user, action, resource);
  };
